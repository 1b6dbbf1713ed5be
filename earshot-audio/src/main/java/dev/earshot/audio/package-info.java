/**
 * Audio values shared by every Earshot module: {@link dev.earshot.audio.AudioBuffer} (float,
 * channel-major, explicit sample rate). Codecs live in {@code dev.earshot.audio.io} and
 * {@code dev.earshot.audio.npy}; signal processing in {@code dev.earshot.audio.dsp}.
 */
package dev.earshot.audio;
