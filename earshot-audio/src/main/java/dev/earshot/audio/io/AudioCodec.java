package dev.earshot.audio.io;

/** The container/codec of an audio file, as recognised from its first bytes. */
public enum AudioCodec {
    /** RIFF/RF64 WAVE with uncompressed PCM or IEEE float samples. */
    WAV,
    /** Native FLAC stream ({@code fLaC}). */
    FLAC,
    /** Vorbis in an Ogg container ({@code OggS}). */
    OGG_VORBIS
}
