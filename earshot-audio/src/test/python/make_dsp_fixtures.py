#!/usr/bin/env python3
"""Generates the reference fixtures for dev.earshot.audio.dsp tests (run once; outputs are committed).

Every array is written as raw little-endian samples: ``<name>.f32`` (float32) or ``<name>.f64``
(float64); the length follows from the file size. Inputs are stored as float32 (what the Java code
consumes) and the references are computed by numpy/scipy in float64 from exactly those float32 values.

Usage: python3 make_dsp_fixtures.py [output_dir]
(default: ../resources/dev/earshot/audio/dsp/fixtures relative to this script)
"""
import os
import sys

import numpy as np
from scipy import signal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "resources", "dev", "earshot", "audio", "dsp", "fixtures")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(20261121)


def save(name, arr, dtype):
    a = np.ascontiguousarray(np.asarray(arr, dtype=dtype))
    ext = "f32" if dtype == np.float32 else "f64"
    a.astype("<" + ("f4" if ext == "f32" else "f8")).tofile(os.path.join(OUT, f"{name}.{ext}"))


def sweep_plus_noise(rate_hz):
    """0.5 s log sweep 20 Hz -> Nyquist at amplitude 0.5, then 0.1 s of white noise (sd 0.2)."""
    n = rate_hz // 2
    t = np.arange(n) / rate_hz
    sweep = 0.5 * signal.chirp(t, f0=20.0, t1=t[-1], f1=rate_hz / 2.0, method="logarithmic", phi=-90)
    noise = 0.2 * rng.standard_normal(rate_hz // 10)
    return np.concatenate([sweep, noise]).astype(np.float32)


# --- resample_poly (default window ('kaiser', 5.0), padtype 'constant') ---
for src, dst in [(44100, 48000), (48000, 32000), (32000, 48000)]:
    x = sweep_plus_noise(src)
    y = signal.resample_poly(x.astype(np.float64), dst, src)
    save(f"resample_{src}_{dst}_in", x, np.float32)
    save(f"resample_{src}_{dst}_out", y, np.float32)

# --- fftconvolve (mode 'full') ---
x = (0.5 * rng.standard_normal(48000)).astype(np.float32)
h = (rng.standard_normal(512) * np.exp(-np.arange(512) / 80.0)).astype(np.float32)
save("conv_noise_x", x, np.float32)
save("conv_noise_h", h, np.float32)
save("conv_noise_y", signal.fftconvolve(x.astype(np.float64), h.astype(np.float64)), np.float64)

# edge cases: length-1 filter, x shorter than h, both tiny, prime lengths
cases = {
    "conv_len1": (rng.standard_normal(1000), np.array([-0.75])),
    "conv_short_x": (rng.standard_normal(37), rng.standard_normal(3001) * np.exp(-np.arange(3001) / 400.0)),
    "conv_tiny": (rng.standard_normal(5), rng.standard_normal(3)),
    "conv_prime": (rng.standard_normal(4099), rng.standard_normal(1021)),
}
for name, (a, b) in cases.items():
    a = a.astype(np.float32)
    b = b.astype(np.float32)
    save(name + "_x", a, np.float32)
    save(name + "_h", b, np.float32)
    save(name + "_y", signal.fftconvolve(a.astype(np.float64), b.astype(np.float64)), np.float64)

# --- loudness (SPEC 1.4: gain = 10^((-14 - 20 log10(rms)) / 20)) ---
# two channels of decaying noise, channel 1 quieter; RMS over all samples of both channels
env = np.exp(-np.arange(8000) / 3000.0)
stereo = np.stack([0.05 * rng.standard_normal(8000) * env, 0.02 * rng.standard_normal(8000) * env]).astype(np.float32)
s64 = stereo.astype(np.float64)
rms_all = np.sqrt(np.mean(s64 ** 2))
rms_db = 20 * np.log10(rms_all)
gain = 10 ** ((-14.0 - rms_db) / 20)
save("loud_x", stereo.reshape(-1), np.float32)  # channel-major: ch0 then ch1
save("loud_normalized", (s64 * gain).reshape(-1), np.float32)
save("loud_scalars", [rms_db, 20 * np.log10(np.max(np.abs(s64))), 20 * np.log10(np.sqrt(np.mean(s64[0] ** 2))), gain], np.float64)

print("fixtures written to", os.path.normpath(OUT))
