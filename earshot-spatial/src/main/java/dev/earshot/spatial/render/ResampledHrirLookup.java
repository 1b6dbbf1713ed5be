package dev.earshot.spatial.render;

import dev.earshot.audio.dsp.Resampler;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrirLookup;

/**
 * An {@link HrirLookup} at another sample rate than the one it wraps: every HRIR is resampled with
 * the dsp module's polyphase {@link Resampler} and scaled by fromHz / toHz, so the filter keeps its
 * frequency response (a sampled impulse response's sum grows with the rate). The last result is
 * cached, so a static source resamples once.
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
    public Hrir lookup(Direction direction) {
        if (direction.equals(lastDirection)) {
            return lastHrir;
        }
        Hrir h = inner.lookup(direction);
        lastDirection = direction;
        lastHrir = new Hrir(resample(h.left(), h.sampleRateHz()), resample(h.right(), h.sampleRateHz()), toHz);
        return lastHrir;
    }

    private float[] resample(float[] ir, int fromHz) {
        float[] y = Resampler.resample(ir, fromHz, toHz);
        float scale = (float) fromHz / toHz;
        for (int i = 0; i < y.length; i++) {
            y[i] *= scale;
        }
        return y;
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
