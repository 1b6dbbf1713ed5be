package dev.earshot.app.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error with rate and ETA; silent when disabled. */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final long perUnit;

    private Progress(ProgressBar bar, long perUnit) {
        this.bar = bar;
        this.perUnit = perUnit;
    }

    /** A bar counting seconds of audio rendered. */
    static Progress start(String task, long totalFrames, int sampleRateHz, boolean silent) {
        return silent ? new Progress(null, 1)
                : new Progress(bar(task, Math.max(1, totalFrames / sampleRateHz), " s audio"), sampleRateHz);
    }

    /** A bar counting items (clips, scenes, files). */
    static Progress items(String task, long total, String unit, boolean silent) {
        return silent ? new Progress(null, 1) : new Progress(bar(task, Math.max(1, total), " " + unit), 1);
    }

    private static ProgressBar bar(String task, long max, String unit) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setUnit(unit, 1)
                .setStyle(ProgressBarStyle.ASCII)
                .showSpeed()
                .build();
    }

    /** @param done units done so far (frames for an audio bar) @param total ignored (fixed at start) */
    synchronized void update(long done, long total) {
        if (bar != null) {
            bar.stepTo(done / perUnit);
        }
    }

    /** Advances by n items. */
    synchronized void step(long n) {
        if (bar != null) {
            bar.stepBy(n);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
