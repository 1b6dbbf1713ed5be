#!/usr/bin/env python3
"""Generates the codec test fixtures of earshot-audio (run once; outputs are committed).

Writes into src/test/resources/codecs/ (relative to the module root, the current directory):
  * WAV files in every encoding the reader supports, written with the stdlib ``wave`` module
    (8/16-bit PCM) or by hand with ``struct`` (24/32-bit PCM, IEEE float, WAVE_FORMAT_EXTENSIBLE,
    RF64, extra chunks with odd sizes and pad bytes);
  * FLAC files encoded by ffmpeg (16/24-bit) and sox (8-bit, 3 channels) from PCM WAVs (lossless, so the PCM reference applies exactly);
  * an Ogg Vorbis file encoded by ffmpeg/libvorbis from a float source signal, and an Ogg Opus file
    (unsupported codec in an Ogg container, for the error path);
  * for each file, ``<name>.expected.npy``: float64 [channels, frames] with the sample values a reader
    must return, i.e. integer / 2**(bits-1) (8-bit: (u - 128) / 128), float values as stored, and for
    Vorbis the (lossy) source signal.
and into src/test/resources/npy/ NumPy arrays written by numpy itself in several dtypes, byte orders,
memory orders and format versions; their values follow the closed form v[i, j] = 100*i + j + 0.25
(for the int dtypes: 100*i + j - 7) so Java tests need no second reference.

Usage: cd earshot-audio && python3 src/test/python/make_codec_fixtures.py
"""
import os
import struct
import subprocess
import tempfile
import wave

import numpy as np

OUT = os.path.join("src", "test", "resources", "codecs")
NPY_OUT = os.path.join("src", "test", "resources", "npy")
RNG = np.random.default_rng(20261121)

GUID_TAIL = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"


def int_signal(channels, frames, bits, rate):
    """Deterministic integer samples covering the extremes, a sine and noise."""
    lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    t = np.arange(frames) / rate
    x = np.empty((channels, frames), dtype=np.int64)
    for c in range(channels):
        s = 0.6 * np.sin(2 * np.pi * (440.0 * (c + 1)) * t) + 0.3 * RNG.uniform(-1, 1, frames)
        x[c] = np.round(s * hi).astype(np.int64)
        x[c, :4] = [lo, hi, 0, -1]   # full-scale extremes and the sign boundary
        x[c, 4] = c + 1              # distinguishes the channels at a known index
    return np.clip(x, lo, hi)


def float_signal(channels, frames, rate):
    t = np.arange(frames) / rate
    x = np.empty((channels, frames))
    for c in range(channels):
        x[c] = 0.5 * np.sin(2 * np.pi * 330.0 * (c + 1) * t) + 0.2 * RNG.uniform(-1, 1, frames)
        x[c, :3] = [-1.0, 1.0, 0.0]
        x[c, 3] = 1.5  # floats may exceed full scale; readers must not clip them
    return x


def pcm_bytes(x, bits):
    inter = x.T.reshape(-1)
    if bits == 8:
        return (inter + 128).astype(np.uint8).tobytes()
    if bits == 16:
        return inter.astype("<i2").tobytes()
    if bits == 32:
        return inter.astype("<i4").tobytes()
    if bits == 24:
        v = inter.astype("<i4").view(np.uint8).reshape(-1, 4)[:, :3]
        return v.tobytes()
    raise ValueError(bits)


def chunk(cid, payload):
    data = cid + struct.pack("<I", len(payload)) + payload
    if len(payload) % 2:
        data += b"\x00"  # RIFF pad byte, not counted in the chunk size
    return data


def fmt_plain(tag, channels, rate, bits, extra=None):
    block = channels * bits // 8
    body = struct.pack("<HHIIHH", tag, channels, rate, rate * block, block, bits)
    if extra is not None:
        body += struct.pack("<H", len(extra)) + extra
    return body


def fmt_extensible(subtag, channels, rate, bits, valid_bits, mask):
    extra = struct.pack("<HI", valid_bits, mask) + struct.pack("<H", subtag) + GUID_TAIL
    return fmt_plain(0xFFFE, channels, rate, bits, extra)


def riff(chunks):
    body = b"WAVE" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def save(name, data, expected):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    np.save(os.path.join(OUT, name + ".expected.npy"), np.asarray(expected, dtype=np.float64))


def write_stdlib_wave(name, x, bits, rate):
    path = os.path.join(OUT, name)
    with wave.open(path, "wb") as w:
        w.setnchannels(x.shape[0])
        w.setsampwidth(bits // 8)
        w.setframerate(rate)
        w.writeframes(pcm_bytes(x, bits))
    exp = (x / 128.0) if bits == 8 else x / float(1 << (bits - 1))
    np.save(path + ".expected.npy", exp.astype(np.float64))


def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(NPY_OUT, exist_ok=True)

    # 8-bit unsigned and 16-bit PCM with the stdlib writer
    write_stdlib_wave("pcm8_mono.wav", int_signal(1, 300, 8, 8000), 8, 8000)
    x16 = int_signal(2, 500, 16, 44100)
    write_stdlib_wave("pcm16_stereo.wav", x16, 16, 44100)

    # 24-bit PCM, plain format tag, with a LIST chunk before fmt, an odd-sized chunk (pad byte)
    # between fmt and data, and a trailing chunk after data
    x24 = int_signal(2, 400, 24, 48000)
    info = chunk(b"LIST", b"INFOISFT" + struct.pack("<I", 5) + b"earsh\x00")
    odd = chunk(b"odd ", b"abc")
    save("pcm24_stereo_chunks.wav",
         riff([info, chunk(b"fmt ", fmt_plain(1, 2, 48000, 24)), odd,
               chunk(b"data", pcm_bytes(x24, 24)), chunk(b"cue ", b"\x00" * 4)]),
         x24 / float(1 << 23))

    # 32-bit integer PCM
    x32 = int_signal(1, 300, 32, 32000)
    save("pcm32_mono.wav", riff([chunk(b"fmt ", fmt_plain(1, 1, 32000, 32)),
                                 chunk(b"data", pcm_bytes(x32, 32))]), x32 / float(1 << 31))

    # IEEE float 32 (fmt with cbSize = 0, fact chunk) and float 64
    f32 = float_signal(2, 300, 44100).astype(np.float32)
    save("float32_stereo.wav",
         riff([chunk(b"fmt ", fmt_plain(3, 2, 44100, 32, b"")),
               chunk(b"fact", struct.pack("<I", 300)),
               chunk(b"data", f32.T.reshape(-1).astype("<f4").tobytes())]), f32.astype(np.float64))
    f64 = float_signal(1, 250, 22050)
    save("float64_mono.wav",
         riff([chunk(b"fmt ", fmt_plain(3, 1, 22050, 64)),
               chunk(b"data", f64.T.reshape(-1).astype("<f8").tobytes())]), f64)

    # WAVE_FORMAT_EXTENSIBLE: 4-channel 24-bit PCM (ambisonic-style mask 0) and 3-channel float
    xe = int_signal(4, 200, 24, 48000)
    save("ext_pcm24_4ch.wav",
         riff([chunk(b"fmt ", fmt_extensible(1, 4, 48000, 24, 24, 0)),
               chunk(b"data", pcm_bytes(xe, 24))]), xe / float(1 << 23))
    fe = float_signal(3, 200, 48000).astype(np.float32)
    save("ext_float32_3ch.wav",
         riff([chunk(b"fmt ", fmt_extensible(3, 3, 48000, 32, 32, 0x7)),
               chunk(b"fact", struct.pack("<I", 200)),
               chunk(b"data", fe.T.reshape(-1).astype("<f4").tobytes())]), fe.astype(np.float64))

    # RF64: sizes in the ds64 chunk, 0xFFFFFFFF in the RIFF and data size fields
    xr = int_signal(2, 256, 16, 48000)
    payload = pcm_bytes(xr, 16)
    fmtc = chunk(b"fmt ", fmt_plain(1, 2, 48000, 16))
    riff_size = 4 + (8 + 28) + len(fmtc) + 8 + len(payload)
    ds64 = chunk(b"ds64", struct.pack("<QQQI", riff_size, len(payload), 256, 0))
    rf = (b"RF64" + struct.pack("<I", 0xFFFFFFFF) + b"WAVE" + ds64 + fmtc
          + b"data" + struct.pack("<I", 0xFFFFFFFF) + payload)
    save("rf64_pcm16_stereo.wav", rf, xr / 32768.0)

    # FLAC (lossless): 16-bit stereo from pcm16_stereo.wav and 24-bit mono
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", os.path.join(OUT, "pcm16_stereo.wav"),
                    "-c:a", "flac", os.path.join(OUT, "flac16_stereo.flac")], check=True)
    np.save(os.path.join(OUT, "flac16_stereo.flac.expected.npy"), x16 / 32768.0)
    xf = int_signal(1, 5000, 24, 48000)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src24.wav")
        with open(src, "wb") as f:
            f.write(riff([chunk(b"fmt ", fmt_plain(1, 1, 48000, 24)), chunk(b"data", pcm_bytes(xf, 24))]))
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", src, "-c:a", "flac", "-sample_fmt", "s32",
                        "-bits_per_raw_sample", "24", os.path.join(OUT, "flac24_mono.flac")], check=True)
    np.save(os.path.join(OUT, "flac24_mono.flac.expected.npy"), xf / float(1 << 23))

    # FLAC by sox: 8-bit, 3 channels (other encoder, other bit depth and channel count)
    x8 = int_signal(3, 3000, 8, 16000)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src8.wav")
        with wave.open(src, "wb") as w:
            w.setnchannels(3)
            w.setsampwidth(1)
            w.setframerate(16000)
            w.writeframes(pcm_bytes(x8, 8))
        subprocess.run(["sox", src, "-b", "8", os.path.join(OUT, "flac8_3ch_sox.flac")], check=True)
    np.save(os.path.join(OUT, "flac8_3ch_sox.flac.expected.npy"), x8 / 128.0)

    # Ogg Vorbis (lossy): 16384 frames of stereo tones; the expected file holds the source signal
    rate, n = 44100, 16384
    t = np.arange(n) / rate
    src_sig = np.stack([0.5 * np.sin(2 * np.pi * 440 * t), 0.4 * np.sin(2 * np.pi * 660 * t + 0.3)])
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src.wav")
        with open(src, "wb") as f:
            f.write(riff([chunk(b"fmt ", fmt_plain(3, 2, rate, 32)),
                          chunk(b"data", src_sig.T.reshape(-1).astype("<f4").tobytes())]))
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", src, "-c:a", "libvorbis", "-q:a", "4",
                        "-map_metadata", "-1", "-fflags", "+bitexact",
                        os.path.join(OUT, "vorbis_stereo.ogg")], check=True)
    np.save(os.path.join(OUT, "vorbis_stereo.ogg.expected.npy"), src_sig.astype("<f4"))

    # Ogg Opus (a codec the reader must refuse with a clear error, not misdecode): 0.1 s mono
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src.wav")
        with open(src, "wb") as f:
            f.write(riff([chunk(b"fmt ", fmt_plain(3, 1, 48000, 32)),
                          chunk(b"data", src_sig[0, :4800].astype("<f4").tobytes())]))
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", src, "-c:a", "libopus", "-b:a", "24k",
                        "-map_metadata", "-1", "-fflags", "+bitexact", os.path.join(OUT, "opus_mono.ogg")],
                       check=True)

    # NumPy arrays in every supported layout, values by closed form
    i, j = np.meshgrid(np.arange(3), np.arange(5), indexing="ij")
    fval = 100.0 * i + j + 0.25
    ival = 100 * i + j - 7
    np.save(os.path.join(NPY_OUT, "f8_c_le_v1.npy"), fval.astype("<f8"))
    np.save(os.path.join(NPY_OUT, "f4_c_le_v1.npy"), fval.astype("<f4"))
    np.save(os.path.join(NPY_OUT, "f8_c_be_v1.npy"), fval.astype(">f8"))
    np.save(os.path.join(NPY_OUT, "f4_fortran_be_v1.npy"), np.asfortranarray(fval.astype(">f4")))
    np.save(os.path.join(NPY_OUT, "f8_fortran_le_v1.npy"), np.asfortranarray(fval))
    np.save(os.path.join(NPY_OUT, "i2_c_le_v1.npy"), ival.astype("<i2"))
    np.save(os.path.join(NPY_OUT, "i4_c_be_v1.npy"), ival.astype(">i4"))
    for ver in [(2, 0), (3, 0)]:
        with open(os.path.join(NPY_OUT, "f8_c_le_v%d.npy" % ver[0]), "wb") as f:
            np.lib.format.write_array(f, fval, version=ver)
    np.save(os.path.join(NPY_OUT, "f4_1d.npy"), np.arange(7, dtype="<f4") + 0.25)
    np.save(os.path.join(NPY_OUT, "f8_3d.npy"), np.arange(24, dtype="<f8").reshape(2, 3, 4) + 0.25)
    np.save(os.path.join(NPY_OUT, "f8_scalar.npy"), np.float64(3.25))


if __name__ == "__main__":
    main()
