package dev.earshot.spatial.render;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.Resampler;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrirLookup;

/**
 * An {@link HrirLookup} at another sample rate than the one it wraps: every HRIR is resampled with
 * the dsp module's polyphase {@link Resampler} and scaled by fromHz / toHz, so the filter keeps its
 * frequency response (the same rule as {@link dev.earshot.spatial.hrtf.HrtfSet#resampled}). The last
 * result is cached, so a static source resamples once; prefer resampling a whole set up front for
 * moving sources.
 */
final class ResampledHrirLookup implements HrirLookup {
    private final HrirLookup inner;
    private final int toHz;
    private final int length;
    private Direction lastDirection;
    private Hrir lastHrir;

    ResampledHrirLookup(HrirLookup inner, int toHz) {
        this.inner = inner;
        this.toHz = toHz;
        this.length = Resampler.outputLength(inner.length(), inner.sampleRateHz(), toHz);
    }

    @Override
    public synchronized Hrir lookup(Direction direction) {
        if (direction.equals(lastDirection)) {
            return lastHrir;
        }
        Hrir h = inner.lookup(direction);
        lastDirection = direction;
        // Both ears in one buffer: one polyphase filter design per lookup.
        float[][] y = Resampler.resample(new AudioBuffer(new float[][] {h.left(), h.right()}, h.sampleRateHz()), toHz)
                .samples();
        float scale = (float) h.sampleRateHz() / toHz;
        for (float[] ear : y) {
            for (int i = 0; i < ear.length; i++) {
                ear[i] *= scale;
            }
        }
        lastHrir = new Hrir(y[0], y[1], toHz);
        return lastHrir;
    }

    @Override
    public int sampleRateHz() {
        return toHz;
    }

    @Override
    public int length() {
        return length;
    }
}
