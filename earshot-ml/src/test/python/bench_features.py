#!/usr/bin/env python3
"""Times the numpy implementation of the Spatial-AST features (the one the Java fixtures are made with,
make_feature_fixtures.spatial_ast_features: periodic Hann STFT 1024/320 centred with reflect padding, Slaney mel
on the magnitude, 10 log10, IPD cos/sin through the same mel matrix) on binaural 32 kHz WAV clips, each cut to
10 s. Per clip: median process CPU time over 3 passes after one warm-up pass. Run single-threaded
(OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1) for a fair comparison with the one-thread Java figure.

Usage: python3 bench_features.py CLIP.wav [CLIP.wav ...]   (PerceiveBench --numpy runs it)
"""
import os
import sys
import time

import numpy as np
from scipy.io import wavfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_feature_fixtures import spatial_ast_features  # noqa: E402

RATE = 32000
SAMPLES = 10 * RATE


def load(path):
    sr, x = wavfile.read(path)
    if sr != RATE or x.ndim != 2 or x.shape[1] != 2 or x.shape[0] < SAMPLES:
        raise SystemExit(f"{path}: expected binaural 32 kHz audio of at least 10 s, got {x.shape} at {sr} Hz")
    if x.dtype == np.int16:
        x = x.astype(np.float32) / 32768.0
    return np.ascontiguousarray(x[:SAMPLES].T.astype(np.float32))


def main():
    clips = [load(p) for p in sys.argv[1:]]
    if not clips:
        raise SystemExit(__doc__)
    for c in clips:  # warm-up
        spatial_ast_features(c)
    per_clip = []
    t_wall = time.perf_counter()
    for c in clips:
        reps = []
        for _ in range(3):
            t0 = time.process_time()
            _, feats = spatial_ast_features(c)
            reps.append((time.process_time() - t0) * 1000)
        per_clip.append(float(np.median(reps)))
    wall = (time.perf_counter() - t_wall) * 1000 / (3 * len(clips))
    print(f"features numpy: median {np.median(per_clip):.1f} ms CPU per 10-s clip (mean {np.mean(per_clip):.1f}, "
          f"min {min(per_clip):.1f}, max {max(per_clip):.1f}; wall {wall:.1f} ms/clip; numpy {np.__version__}, "
          f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}; float64 as in the fixture script; "
          f"output shape {feats.shape})")
    print(f"NUMPY_MEDIAN_MS {np.median(per_clip):.3f}")


if __name__ == "__main__":
    main()
