#!/usr/bin/env python3
"""Generates the numpy.fft reference fixtures for dev.earshot.audio.dsp.fft tests (run once; outputs
are committed).

For each size N: ``fft_<N>_re.f32`` / ``fft_<N>_im.f32`` hold a complex float32 input (standard normal
real and imaginary parts), ``fft_<N>_spec_re.f64`` / ``fft_<N>_spec_im.f64`` its spectrum
``numpy.fft.fft`` computed in float64 from exactly those float32 values, in natural bin order,
decimated to every ``stride``-th bin for the largest sizes to keep files small (``fft_<N>_stride.txt``
holds the stride). Files are raw little-endian.

Usage: python3 make_fft_fixtures.py [output_dir]
(default: ../resources/dev/earshot/audio/dsp/fft/fixtures relative to this script)
"""
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "resources", "dev", "earshot", "audio", "dsp",
                                                         "fft", "fixtures")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(20261122)

# size -> output stride (input files: 8 bytes per point; outputs 16 bytes per kept bin)
SIZES = {16: 1, 64: 1, 256: 1, 1024: 1, 4096: 1, 16384: 8, 65536: 32}

for n, stride in SIZES.items():
    re = rng.standard_normal(n).astype(np.float32)
    im = rng.standard_normal(n).astype(np.float32)
    spec = np.fft.fft(re.astype(np.float64) + 1j * im.astype(np.float64))[::stride]
    re.astype("<f4").tofile(os.path.join(OUT, f"fft_{n}_re.f32"))
    im.astype("<f4").tofile(os.path.join(OUT, f"fft_{n}_im.f32"))
    spec.real.astype("<f8").tofile(os.path.join(OUT, f"fft_{n}_spec_re.f64"))
    spec.imag.astype("<f8").tofile(os.path.join(OUT, f"fft_{n}_spec_im.f64"))
    with open(os.path.join(OUT, f"fft_{n}_stride.txt"), "w") as f:
        f.write(f"{stride}\n")
