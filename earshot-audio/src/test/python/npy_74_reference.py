#!/usr/bin/env python3
"""Reference values of the released SpatialSoundQA binaural RIR 74.npy, read with numpy.

The .npy is a copy of /work/shared/data/spatialsoundqa/74.npy (float64 [2, 41983], 32 kHz). Writes
src/test/resources/npy/spatialsoundqa_74.reference.txt, one "key values..." line each: dtype, shape,
fortran order, format version, samples at fixed indices (exact float64 reprs), and per channel the
sum, min, max and argmax, so NpyReaderTest can check the Java reader without running python.

Usage: cd earshot-audio && cp /work/shared/data/spatialsoundqa/74.npy src/test/resources/npy/spatialsoundqa_74.npy
       && python3 src/test/python/npy_74_reference.py
"""
import os

import numpy as np

SRC = os.path.join("src", "test", "resources", "npy", "spatialsoundqa_74.npy")
OUT = os.path.join("src", "test", "resources", "npy", "spatialsoundqa_74.reference.txt")

a = np.load(SRC)
with open(SRC, "rb") as fh:
    header_version = np.lib.format.read_magic(fh)
indices = [0, 1, 100, 1000, 5000, 20000, a.shape[1] - 1]
lines = [
    "dtype " + a.dtype.str,
    "shape " + " ".join(str(d) for d in a.shape),
    "fortran_order " + str(bool(np.isfortran(a))).lower(),
    "header_version %d %d" % header_version,
]
for c in range(a.shape[0]):
    for i in indices:
        lines.append("sample %d %d %s" % (c, i, repr(float(a[c, i]))))
    ch = a[c]
    lines.append("sum %d %s" % (c, repr(float(np.sum(ch)))))
    lines.append("min %d %s" % (c, repr(float(np.min(ch)))))
    lines.append("max %d %s" % (c, repr(float(np.max(ch)))))
    lines.append("argmax %d %d" % (c, int(np.argmax(ch))))
with open(OUT, "w") as f:
    f.write("# numpy %s reference for spatialsoundqa_74.npy (made by npy_74_reference.py)\n" % np.__version__)
    f.write("\n".join(lines) + "\n")
