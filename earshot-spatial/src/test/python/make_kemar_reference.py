#!/usr/bin/python3
"""Independent reference for SofaReaderTest: reads the built-in MIT KEMAR SOFA file with h5py and
writes, for a few measurements, the source position and the first 64 taps of both ears.

Run once with Debian's python (python3-h5py):  /usr/bin/python3 make_kemar_reference.py
Output: ../resources/dev/earshot/spatial/hrtf/kemar_reference.txt. Java tests never run this.
"""
import os

import h5py
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SOFA = os.path.join(HERE, "..", "..", "main", "resources", "dev", "earshot", "spatial", "hrtf",
                    "MIT_KEMAR_normal_pinna.sofa")
OUT = os.path.join(HERE, "..", "resources", "dev", "earshot", "spatial", "hrtf", "kemar_reference.txt")

with h5py.File(SOFA, "r") as f:
    ir = f["Data.IR"][()]
    pos = f["SourcePosition"][()]
    with open(OUT, "w") as out:
        out.write("# measurement azimuth_deg elevation_deg distance_m | left[0:64] | right[0:64]\n")
        for m in (0, 123, 300, 355, 500, 709):
            out.write("%d %.17g %.17g %.17g | %s | %s\n" % (
                m, pos[m, 0], pos[m, 1], pos[m, 2],
                " ".join("%.9g" % v for v in ir[m, 0, :64]),
                " ".join("%.9g" % v for v in ir[m, 1, :64])))
