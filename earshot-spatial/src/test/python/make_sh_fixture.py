"""Reference real spherical harmonics (ACN, SN3D, no Condon-Shortley phase) from scipy.

Independent of the Java code and of the closed-form AmbiX table in SphericalHarmonicsTest: starts from
scipy.special.sph_harm_y (complex, orthonormal, with the Condon-Shortley phase) and converts:
  real_lm = sqrt(2) (-1)^m Re Y_l^m     (m > 0)
  real_l0 = Y_l^0
  real_l,-m = sqrt(2) (-1)^m Im Y_l^m  (m > 0)
  N3D = sqrt(4 pi) real,  SN3D = N3D / sqrt(2l + 1).
Directions in Earshot's convention: azimuth counter-clockwise (+left), elevation up; polar angle
theta = 90 deg - elevation, scipy's phi = azimuth.

Writes ../resources/dev/earshot/spatial/ambisonics/sh_sn3d_scipy.csv with columns
az_deg, el_deg, acn0 .. acn15. Run once: python3 make_sh_fixture.py
"""
import os

import numpy as np
from scipy.special import sph_harm_y

rng = np.random.default_rng(20261121)
n = 64
az = rng.uniform(-180.0, 180.0, n)
el = np.degrees(np.arcsin(rng.uniform(-1.0, 1.0, n)))
az = np.concatenate([az, [0.0, 90.0, -90.0, 180.0, 30.0, -150.0]])
el = np.concatenate([el, [0.0, 0.0, 0.0, 0.0, 89.0, -89.0]])

theta = np.radians(90.0 - el)
phi = np.radians(az)
rows = []
for a, e, t, p in zip(az, el, theta, phi):
    vals = np.zeros(16)
    for l in range(4):
        for m in range(-l, l + 1):
            acn = l * l + l + m
            if m == 0:
                real = sph_harm_y(l, 0, t, p).real
            elif m > 0:
                real = np.sqrt(2.0) * (-1) ** m * sph_harm_y(l, m, t, p).real
            else:
                real = np.sqrt(2.0) * (-1) ** m * sph_harm_y(l, -m, t, p).imag
            vals[acn] = np.sqrt(4 * np.pi) * real / np.sqrt(2 * l + 1)
    rows.append([a, e, *vals])

out = os.path.join(os.path.dirname(__file__), "..", "resources", "dev", "earshot", "spatial", "ambisonics",
                   "sh_sn3d_scipy.csv")
header = "az_deg,el_deg," + ",".join(f"acn{i}" for i in range(16))
np.savetxt(out, np.array(rows), delimiter=",", header=header, comments="", fmt="%.17g")
print("wrote", out, len(rows), "rows")
