package dev.earshot.audio.io;

/** Sample encodings Earshot writes to WAV files. */
public enum WavEncoding {
    /** 16-bit signed integer PCM (TPDF-free plain rounding, clipped to [-1, 1]). */
    PCM16,
    /** 24-bit signed integer PCM. */
    PCM24,
    /** 32-bit IEEE float. */
    FLOAT32
}
