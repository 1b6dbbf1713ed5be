package dev.earshot.data.spatialize;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.data.scene.Scene;

import java.util.List;

/**
 * A rendered scene.
 *
 * @param scene   the scene
 * @param options how it was rendered
 * @param dry     per source: the mono dry clip at the output rate, tiled/cropped to the clip length and
 *                RMS-normalised
 * @param rirs    per source: the room impulse response as the receiver records it (binaural: left, right;
 *                FOA: AmbiX W, Y, Z, X; DISSE_FOA: the A-format capsules m0..m3, which the wet renders
 *                see through DISSE's A-to-B matrix)
 * @param wet     per source: dry convolved with its RIR, cut to the clip length (DISSE_FOA: W, Y, Z, X)
 * @param mix     the mean of the wet renders (SPEC.md 3.2: {@code (w1 + w2) / 2} for two sources)
 * @param labels  the labels
 */
public record SpatialClip(Scene scene, SpatializerOptions options, List<AudioBuffer> dry, List<AudioBuffer> rirs,
                          List<AudioBuffer> wet, AudioBuffer mix, SceneLabels labels) {
    /** Copies the lists. */
    public SpatialClip {
        dry = List.copyOf(dry);
        rirs = List.copyOf(rirs);
        wet = List.copyOf(wet);
    }
}
