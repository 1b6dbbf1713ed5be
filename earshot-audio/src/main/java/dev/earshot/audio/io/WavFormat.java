package dev.earshot.audio.io;

/**
 * The parsed header of a WAV file (package-private).
 *
 * @param sampleFormat  sample storage
 * @param channels      channel count
 * @param sampleRateHz  sample rate in Hz
 * @param blockAlign    bytes per frame
 * @param extensible    whether the fmt chunk was WAVE_FORMAT_EXTENSIBLE
 * @param rf64          whether the file is RF64/BW64
 * @param dataOffset    byte offset of the first sample
 * @param dataBytes     byte length of the sample data
 */
record WavFormat(WavSampleFormat sampleFormat, int channels, int sampleRateHz, int blockAlign,
                 boolean extensible, boolean rf64, long dataOffset, long dataBytes) {
    long frames() {
        return dataBytes / blockAlign;
    }

    AudioFileInfo info() {
        return new AudioFileInfo(AudioCodec.WAV, sampleFormat.label, channels, sampleRateHz, frames(), sampleFormat.bits);
    }
}
