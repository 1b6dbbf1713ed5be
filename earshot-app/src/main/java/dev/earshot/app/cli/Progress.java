package dev.earshot.app.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error with rate and ETA, in seconds of audio; silent when disabled.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final int framesPerUnit;

    private Progress(ProgressBar bar, int framesPerUnit) {
        this.bar = bar;
        this.framesPerUnit = framesPerUnit;
    }

    static Progress start(String task, long totalFrames, int sampleRateHz, boolean silent) {
        if (silent) {
            return new Progress(null, 1);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(Math.max(1, totalFrames / sampleRateHz))
                .setUnit(" s audio", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .showSpeed()
                .build();
        return new Progress(bar, sampleRateHz);
    }

    void update(long framesDone, long totalFrames) {
        if (bar != null) {
            bar.stepTo(framesDone / framesPerUnit);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
