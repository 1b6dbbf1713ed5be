package dev.earshot.audio.io;

/** How the samples of a WAV data chunk are stored (package-private). */
enum WavSampleFormat {
    PCM_U8(8, false, "PCM_U8"),
    PCM_S16(16, false, "PCM_S16"),
    PCM_S24(24, false, "PCM_S24"),
    PCM_S32(32, false, "PCM_S32"),
    FLOAT32(32, true, "FLOAT32"),
    FLOAT64(64, true, "FLOAT64");

    final int bits;
    final boolean isFloat;
    final String label;

    WavSampleFormat(int bits, boolean isFloat, String label) {
        this.bits = bits;
        this.isFloat = isFloat;
        this.label = label;
    }

    int bytes() {
        return bits / 8;
    }

    static WavSampleFormat of(WavEncoding encoding) {
        return switch (encoding) {
            case PCM16 -> PCM_S16;
            case PCM24 -> PCM_S24;
            case FLOAT32 -> FLOAT32;
        };
    }
}
