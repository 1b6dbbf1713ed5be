#!/usr/bin/env python3
"""Independent reference for the Java image-source model: brute-force shoebox image sources with numpy
(vectorised over the full index grid, energy only, nearest-sample placement), Schroeder integration and a
least-squares T30 (-5..-35 dB) with numpy.polyfit. Writes
../resources/room/ism_energy_reference.csv (one row per room). Run once: python3 room_ism_energy_reference.py
"""
import csv
import math
import os

import numpy as np

C = 343.0
FS = 8000
ROOMS = [
    # dims, src, rcv, alpha
    ((4.5, 4.0, 3.0), (1.2, 1.1, 1.3), (3.1, 2.7, 1.7), 0.25),
    ((4.5, 4.0, 3.0), (1.2, 1.1, 1.3), (3.1, 2.7, 1.7), 0.35),
    ((7.0, 3.0, 2.5), (1.0, 1.0, 1.2), (5.5, 2.0, 1.4), 0.25),
]


def eyring(dims, alpha):
    v = dims[0] * dims[1] * dims[2]
    s = 2 * (dims[0] * dims[1] + dims[0] * dims[2] + dims[1] * dims[2])
    return 0.161 * v / (-s * math.log(1 - alpha))


def ism_t30(dims, src, rcv, alpha, length_s):
    max_d = length_s * C
    coords, orders = [], []
    for a in range(3):
        n_max = int(math.ceil(max_d / (2 * dims[a]))) + 1
        n = np.arange(-n_max, n_max + 1)
        nn = np.concatenate([n, n])
        q = np.concatenate([np.zeros_like(n), np.ones_like(n)])
        coords.append((1 - 2 * q) * src[a] + 2 * nn * dims[a] - rcv[a])
        orders.append(np.abs(nn - q) + np.abs(nn))
    dx, dy, dz = np.meshgrid(*coords, indexing="ij", sparse=True)
    ox, oy, oz = np.meshgrid(*orders, indexing="ij", sparse=True)
    d = np.sqrt(dx ** 2 + dy ** 2 + dz ** 2)
    order = ox + oy + oz
    keep = d <= max_d
    d = d[keep]
    order = order[keep]
    energy = (1 - alpha) ** order / (4 * np.pi * d) ** 2
    idx = np.round(d / C * FS).astype(int)
    h2 = np.bincount(idx, weights=energy, minlength=int(round(length_s * FS)) + 1)
    peak = int(np.argmax(h2))
    h2 = h2[peak:]
    edc = np.cumsum(h2[::-1])[::-1]
    edc_db = 10 * np.log10(edc / edc[0])
    first = int(np.argmax(edc_db <= -5))
    last = int(np.argmax(edc_db < -35)) - 1
    t = np.arange(len(edc_db)) / FS
    slope, _ = np.polyfit(t[first:last + 1], edc_db[first:last + 1], 1)
    return -60.0 / slope, int(keep.sum())


def main():
    out = os.path.join(os.path.dirname(__file__), "..", "resources", "room", "ism_energy_reference.csv")
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["lx", "ly", "lz", "sx", "sy", "sz", "rx", "ry", "rz", "alpha", "length_s", "fs",
                    "images", "t30_s", "eyring_s"])
        for dims, src, rcv, alpha in ROOMS:
            length = 1.1 * eyring(dims, alpha)
            t30, count = ism_t30(dims, src, rcv, alpha, length)
            w.writerow([*dims, *src, *rcv, alpha, f"{length:.6f}", FS, count, f"{t30:.6f}",
                        f"{eyring(dims, alpha):.6f}"])
            print(dims, alpha, "images", count, "T30", round(t30, 4), "Eyring", round(eyring(dims, alpha), 4))


if __name__ == "__main__":
    main()
