#!/usr/bin/env python3
"""Makes the ffmpeg sofalizer reference used by BinauralSofalizerCrossCheckTest (run once; outputs committed).

Input: a 1 s seeded white-noise burst at 44.1 kHz, mono PCM16, with 10 ms raised-cosine fades.
Output: ffmpeg's sofalizer render of that burst with the MIT KEMAR set from libmysofa1, for a few
directions, stereo PCM16.

How sofalizer places a mono input: a mono stream is one virtual loudspeaker, FC, at azimuth 0 and
elevation 0; the `rotation` and `elevation` options add to that position (degrees; SOFA convention,
azimuth counter-clockwise, i.e. +left like Earshot; elevation +up). ffmpeg 5.1's `speakers=FC az el`
override is not applied to a mono input (it lands on another slot), so `rotation` is used. Checked:
rotation=90 makes the left ear louder. normalize=0 keeps the measured HRIR levels, interpolate=0 picks
the nearest measured HRIR, radius=1.4 matches the KEMAR measurement distance.

Usage: python3 make_sofalizer_fixture.py  (writes into ../resources/render/sofalizer/)
"""
import json
import os
import subprocess

import numpy as np
import scipy.io.wavfile as wavfile

SOFA = "/usr/share/libmysofa/MIT_KEMAR_normal_pinna.sofa"
RATE = 44100
DIRECTIONS = [(60, 20), (-110, 0)]  # (azimuth deg +left, elevation deg +up), both measured in KEMAR
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "render", "sofalizer")


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(20261121)
    x = rng.uniform(-0.5, 0.5, RATE)
    fade = int(0.01 * RATE)
    ramp = 0.5 - 0.5 * np.cos(np.pi * np.arange(fade) / fade)
    x[:fade] *= ramp
    x[-fade:] *= ramp[::-1]
    pcm = np.round(x * 32767).astype(np.int16)
    src = os.path.join(OUT, "noise_44100.wav")
    wavfile.write(src, RATE, pcm)
    version = subprocess.run(["ffmpeg", "-version"], capture_output=True, text=True).stdout.splitlines()[0]
    manifest = {"ffmpeg": version, "sofa": os.path.basename(SOFA), "input": "noise_44100.wav", "renders": []}
    for az, el in DIRECTIONS:
        name = f"sofalizer_az{az}_el{el}.wav"
        af = (f"sofalizer=sofa={SOFA}:type=freq:gain=0:rotation={az}:elevation={el}:radius=1.4"
              f":normalize=0:interpolate=0")
        subprocess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", src, "-af", af,
                        "-c:a", "pcm_s16le", os.path.join(OUT, name)], check=True)
        manifest["renders"].append({"file": name, "azimuthDeg": az, "elevationDeg": el, "filter": af})
    with open(os.path.join(OUT, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)


if __name__ == "__main__":
    main()
