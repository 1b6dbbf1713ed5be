/**
 * Seeded scene sampling: {@link dev.earshot.data.scene.SceneSampler} draws scene {@code i} of a dataset
 * from a random stream seeded by {@code (seed, i)} only ({@link dev.earshot.data.scene.SceneRandom}), so
 * any subset of scenes can be generated in any order (or on any machine) with identical results. A
 * {@link dev.earshot.data.scene.Scene} holds everything needed to regenerate the audio.
 */
package dev.earshot.data.scene;
