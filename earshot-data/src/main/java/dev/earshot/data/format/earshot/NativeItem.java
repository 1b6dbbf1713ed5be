package dev.earshot.data.format.earshot;

import dev.earshot.data.scene.Scene;
import dev.earshot.data.spatialize.SceneLabels;

import java.nio.file.Path;

/**
 * One scene of a native dataset as read back.
 *
 * @param audio        absolute path of the mixture WAV
 * @param receiver     receiver kind name
 * @param sampleRateHz sample rate in Hz
 * @param channels     channel count
 * @param scene        the scene, enough to regenerate it
 * @param labels       its labels
 */
public record NativeItem(Path audio, String receiver, int sampleRateHz, int channels, Scene scene,
                         SceneLabels labels) {
}
