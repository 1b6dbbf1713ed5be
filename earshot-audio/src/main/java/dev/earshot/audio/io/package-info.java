/**
 * Audio file codecs. {@link dev.earshot.audio.io.AudioFiles} reads WAV (PCM 8/16/24/32-bit, IEEE
 * float 32/64, WAVE_FORMAT_EXTENSIBLE, RF64), FLAC and Ogg Vorbis into
 * {@link dev.earshot.audio.AudioBuffer}, choosing the codec from the file's first bytes, and writes
 * WAV atomically; {@link dev.earshot.audio.io.WavWriter} streams long WAV renders block by block,
 * {@link dev.earshot.audio.io.WavFileReader} reads a WAV file as mono from any frame (one cursor per
 * thread) and {@link dev.earshot.audio.io.WavRegionWriter} writes a WAV file of known length from
 * several threads at once (one region each), for parallel renders.
 *
 * <p>Samples are floats in [-1, 1]: integer PCM is divided by 2^(bits-1) (8-bit unsigned PCM is
 * centred on 128 first), float PCM is passed through unchanged (and may exceed full scale). Bad input
 * raises {@link dev.earshot.audio.io.AudioFileException}, naming the file, the field and what was
 * expected. Files are always written through {@link dev.earshot.audio.io.AtomicFiles}: a reader never
 * sees a half-written file.
 */
package dev.earshot.audio.io;
