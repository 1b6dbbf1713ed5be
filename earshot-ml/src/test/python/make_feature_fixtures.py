#!/usr/bin/env python3
"""Reference fixtures for dev.earshot.ml.features and dev.earshot.ml.metrics (run once; outputs committed
under src/test/resources/features and src/test/resources/metrics). Java tests never run python.

Independent numpy re-implementations (librosa, torch and sklearn are not installed here), written from
their definitions (SPEC sections 1.1, 1.3, 1.6, 2.1, 4.1):
  * librosa.filters.get_window('hann', N, fftbins=True)  -> periodic Hann 0.5 - 0.5 cos(2 pi n / N)
  * librosa.filters.mel (htk=False Slaney scale, norm='slaney', dtype float32 as librosa stores it)
  * torchlibrosa / torch.stft: center=True, reflect padding (numpy 'reflect' == torch 'reflect':
    edge sample not repeated), frames of n_fft every hop, rfft with e^{-i} sign
  * Spatial-AST features [L, R, cos IPD, sin IPD], DSpAST features [L, R, GCC-PHAT, ILD, cos, sin]
  * torch upsample_bicubic2d, align_corners=True, A = -0.75, float32 index/lambda arithmetic
  * DISSE intensity vectors (W, Y, Z, X input; outputs in Y, Z, X order)
  * sklearn average_precision_score (_binary_clf_curve + precision_recall_curve + step sum)
  * Spatial-AST fetch_spatial_targets and distance_between_spherical_coordinates_rad
"""
import json, math, os
import numpy as np
from scipy.io import wavfile

HERE = os.path.dirname(os.path.abspath(__file__))
FEAT = os.path.join(HERE, '..', 'resources', 'features')
METR = os.path.join(HERE, '..', 'resources', 'metrics')
# The Spatial-AST target fixtures belong to the shared adapter in earshot-spatial.
CONV = os.path.join(HERE, '..', '..', '..', '..', 'earshot-spatial', 'src', 'test', 'resources', 'convention')
DATA = '/work/shared/data/spatialsoundqa'
os.makedirs(FEAT, exist_ok=True)
os.makedirs(METR, exist_ok=True)


# ---------------------------------------------------------------- librosa-equivalent helpers
def hann_periodic(n):
    k = np.arange(n)
    return 0.5 - 0.5 * np.cos(2.0 * np.pi * k / n)


def hz_to_mel(f):
    f = np.asanyarray(f, dtype=np.float64)
    f_sp = 200.0 / 3
    mels = f / f_sp
    min_log_hz = 1000.0
    min_log_mel = min_log_hz / f_sp
    logstep = np.log(6.4) / 27.0
    return np.where(f >= min_log_hz, min_log_mel + np.log(np.maximum(f, 1e-300) / min_log_hz) / logstep, mels)


def mel_to_hz(m):
    m = np.asanyarray(m, dtype=np.float64)
    f_sp = 200.0 / 3
    freqs = f_sp * m
    min_log_hz = 1000.0
    min_log_mel = min_log_hz / f_sp
    logstep = np.log(6.4) / 27.0
    return np.where(m >= min_log_mel, min_log_hz * np.exp(logstep * (m - min_log_mel)), freqs)


def slaney_mel(sr, n_fft, n_mels, fmin, fmax):
    weights = np.zeros((n_mels, 1 + n_fft // 2), dtype=np.float32)
    fftfreqs = np.fft.rfftfreq(n=n_fft, d=1.0 / sr)
    mel_f = mel_to_hz(np.linspace(hz_to_mel(fmin), hz_to_mel(fmax), n_mels + 2))
    fdiff = np.diff(mel_f)
    ramps = np.subtract.outer(mel_f, fftfreqs)
    for i in range(n_mels):
        lower = -ramps[i] / fdiff[i]
        upper = ramps[i + 2] / fdiff[i + 1]
        weights[i] = np.maximum(0, np.minimum(lower, upper))
    enorm = 2.0 / (mel_f[2:n_mels + 2] - mel_f[:n_mels])
    weights *= enorm[:, np.newaxis]
    return weights  # [n_mels, bins] float32, as librosa returns it


def stft(x, n_fft, hop, window):
    x = np.asarray(x, dtype=np.float64)
    pad = n_fft // 2
    xp = np.pad(x, (pad, pad), mode='reflect')
    frames = 1 + (len(xp) - n_fft) // hop
    idx = np.arange(n_fft)[None, :] + hop * np.arange(frames)[:, None]
    return np.fft.rfft(xp[idx] * window[None, :], axis=1)  # [frames, bins] complex128


MELW = slaney_mel(32000, 1024, 128, 50, 14000).T.astype(np.float64)  # [513, 128] as melW
WIN1024 = hann_periodic(1024)


def phase(z):
    # angle of each bin; an exactly zero bin gets phase 0 whatever the signs of its zeros (Earshot's rule;
    # torch's conv STFT yields +0 for silent frames, where atan2(+0, +0) = 0 as well)
    return np.where(z == 0, 0.0, np.angle(z))


def spatial_ast_features(lr):
    spec = [stft(ch, 1024, 320, WIN1024) for ch in lr]
    logmel = [10 * np.log10(np.maximum(np.abs(s) @ MELW, 1e-10)) for s in spec]
    ipd = phase(spec[1]) - phase(spec[0])
    return spec, np.stack([logmel[0], logmel[1], np.cos(ipd) @ MELW, np.sin(ipd) @ MELW])


def dspast_features(lr):
    spec, sa = spatial_ast_features(lr)
    g = spec[0] * np.conj(spec[1])
    cc = np.fft.irfft(np.exp(1j * phase(g)), axis=1)  # n = 2 * (513 - 1) = 1024 lags
    gcc = np.concatenate([cc[:, -64:], cc[:, :64]], axis=1)
    # ILD exactly as DSpAST writes it (exp of a dB value), in float32 as torch evaluates it
    l32 = sa[0].astype(np.float32)
    r32 = sa[1].astype(np.float32)
    with np.errstate(over='ignore'):
        ild = np.exp(l32) / (np.exp(r32) + np.float32(1e-16))
    return np.stack([sa[0], sa[1], gcc, ild.astype(np.float64), sa[2], sa[3]])


# ---------------------------------------------------------------- torch bicubic (align_corners=True)
def cubic1(x, a):
    return ((a + np.float32(2)) * x - (a + np.float32(3))) * x * x + np.float32(1)


def cubic2(x, a):
    return ((a * x - np.float32(5) * a) * x + np.float32(8) * a) * x - np.float32(4) * a


def axis_weights(n_in, n_out):
    a = np.float32(-0.75)
    scale = np.float32(n_in - 1) / np.float32(n_out - 1) if n_out > 1 else np.float32(0)
    idx = np.zeros((n_out, 4), dtype=np.int64)
    w = np.zeros((n_out, 4), dtype=np.float32)
    for o in range(n_out):
        real = np.float32(scale * np.float32(o))
        i0 = min(int(np.floor(real)), n_in - 1)
        t = np.float32(min(max(real - np.float32(i0), np.float32(0)), np.float32(1)))
        w[o] = [cubic2(t + np.float32(1), a), cubic1(t, a), cubic1(np.float32(1) - t, a),
                cubic2(np.float32(2) - t, a)]
        idx[o] = [min(max(i0 + k - 1, 0), n_in - 1) for k in range(4)]
    return idx, w


def bicubic_align_corners(img, out_h, out_w):
    img = img.astype(np.float32)
    hi, hw = axis_weights(img.shape[0], out_h)
    wi, ww = axis_weights(img.shape[1], out_w)
    out = np.zeros((out_h, out_w), dtype=np.float32)
    for y in range(out_h):
        acc = np.zeros(out_w, dtype=np.float32)
        for j in range(4):
            row = img[hi[y, j]]
            inner = np.zeros(out_w, dtype=np.float32)
            for k in range(4):
                inner = inner + row[wi[:, k]] * ww[:, k]
            acc = acc + inner * hw[y, j]
        out[y] = acc
    return out


# ---------------------------------------------------------------- DISSE intensity vectors
def intensity(foa):
    win = hann_periodic(400)
    s = np.stack([stft(ch, 400, 100, win).T for ch in foa])  # [4, 201, frames]
    cw = np.conj(s[0])
    prod = cw[None] * s[1:4]  # Y, Z, X
    act, rea = prod.real, prod.imag
    norm = np.sqrt(np.sum(act ** 2, axis=0, keepdims=True))
    act = np.where(norm > 1e-6, act / np.where(norm > 1e-6, norm, 1), act)
    rea = np.where(norm > 1e-6, rea / np.where(norm > 1e-6, norm, 1), rea)
    return act, rea


# ---------------------------------------------------------------- sklearn average precision
def binary_clf_curve(y_true, y_score):
    order = np.argsort(y_score, kind='mergesort')[::-1]
    y_score = y_score[order]
    y_true = y_true[order]
    distinct = np.where(np.diff(y_score))[0]
    thr = np.r_[distinct, y_true.size - 1]
    tps = np.cumsum(y_true)[thr]
    fps = 1 + thr - tps
    return fps, tps


def average_precision(y_true, y_score):
    """sklearn < 1.1 behaviour for no positives: nan (recall = 0/0)."""
    fps, tps = binary_clf_curve(y_true.astype(np.float64), y_score.astype(np.float64))
    if tps[-1] == 0:
        return float('nan')
    precision = tps / (tps + fps)
    recall = tps / tps[-1]
    last = tps.searchsorted(tps[-1])
    sl = slice(last, None, -1)
    precision = np.r_[precision[sl], 1]
    recall = np.r_[recall[sl], 0]
    return float(-np.sum(np.diff(recall) * np.array(precision)[:-1]))


# ---------------------------------------------------------------- Spatial-AST targets and DOA error
def fetch_spatial_targets(sensor, source):
    sensor = np.array(sensor, dtype=np.float64)
    source = np.array(source, dtype=np.float64)
    distance = round(float(np.linalg.norm(sensor - source)) * 2)
    dx, dy, dz = source - sensor
    az = math.degrees(math.atan2(-dz, dx))
    az = (round(az) + 360) % 360
    with np.errstate(divide='ignore'):
        el = math.degrees(math.atan(dy / math.sqrt(dx ** 2 + dz ** 2)))
    el = (round(el) + 90) % 180
    return distance, az, el


def doa_error(az1, ele1, az2, ele2):
    az1 = az1.astype(np.float64).copy(); az2 = az2.astype(np.float64).copy()
    az1[az1 > 180] -= 360
    az2[az2 > 180] -= 360
    az1 = az1 * np.pi / 180.
    az2 = az2 * np.pi / 180.
    ele1 = (ele1 - 90) * np.pi / 180.
    ele2 = (ele2 - 90) * np.pi / 180.
    d = np.sin(ele1) * np.sin(ele2) + np.cos(ele1) * np.cos(ele2) * np.cos(np.abs(az1 - az2))
    return np.arccos(np.clip(d, -1, 1)) * 180 / np.pi


def main():
    rng = np.random.default_rng(20261121)
    f32 = lambda a: np.ascontiguousarray(a, dtype=np.float32)

    # --- mel matrix and windows
    np.save(os.path.join(FEAT, 'mel_32k_1024_128_50_14000.npy'), f32(MELW))
    np.save(os.path.join(FEAT, 'mel_16k_400_40_0_8000.npy'), f32(slaney_mel(16000, 400, 40, 0, 8000).T))
    np.save(os.path.join(FEAT, 'hann_periodic_1024.npy'), WIN1024)

    # --- binaural input: AudioSet clip convolved with the released RIR 74.npy, 0.25 s from 2.0 s
    sr, src = wavfile.read(os.path.join(DATA, 'YCqvbWnTBfTk.wav'))
    assert sr == 32000
    src = src.astype(np.float64) / 32768.0
    rir = np.load(os.path.join(DATA, '74.npy'))
    n = 96000
    wet = np.stack([np.convolve(src[:n], rir[c])[:n] for c in range(2)])
    lr = f32(wet[:, 64000:72000])
    np.save(os.path.join(FEAT, 'binaural_in.npy'), lr)
    spec, sa = spatial_ast_features(lr.astype(np.float64))
    np.save(os.path.join(FEAT, 'spatial_ast_out.npy'), f32(sa))                 # [4, 26, 128]
    np.save(os.path.join(FEAT, 'stft_left_re_im.npy'), f32(np.stack([spec[0].real, spec[0].imag])))  # [2, 26, 513]
    ds = dspast_features(lr.astype(np.float64))
    np.save(os.path.join(FEAT, 'dspast_out.npy'), f32(ds))                      # [6, 26, 128]

    # --- DISSE STFT parameters on a short synthetic FOA scene at 16 kHz
    t = np.arange(2000)
    w = rng.standard_normal(2000)
    foa = np.stack([w,
                    0.6 * np.roll(w, 1) + 0.05 * rng.standard_normal(2000),
                    -0.2 * w + 0.05 * rng.standard_normal(2000),
                    0.7 * w + 0.1 * np.sin(2 * np.pi * 440 * t / 16000)])
    foa = f32(foa)
    foa[:, 1000:1200] = 0  # digital silence: intensity norm below 1e-6, left unscaled
    np.save(os.path.join(FEAT, 'foa_in.npy'), foa)
    act, rea = intensity(foa.astype(np.float64))
    np.save(os.path.join(FEAT, 'foa_active.npy'), f32(act))
    np.save(os.path.join(FEAT, 'foa_reactive.npy'), f32(rea))
    win400 = hann_periodic(400)
    np.save(os.path.join(FEAT, 'stft_disse_w_re_im.npy'),
            f32(np.stack([stft(foa[0].astype(np.float64), 400, 100, win400).real,
                          stft(foa[0].astype(np.float64), 400, 100, win400).imag])))

    # --- bicubic: 1001 -> 1024 frames (the real case) on 8 columns, and a 2-D 7x5 -> 12x9 case
    img = f32(rng.standard_normal((1001, 8)) * 10)
    np.save(os.path.join(FEAT, 'bicubic_in_1001x8.npy'), img)
    np.save(os.path.join(FEAT, 'bicubic_out_1024x8.npy'), bicubic_align_corners(img, 1024, 8))
    small = f32(rng.standard_normal((7, 5)))
    np.save(os.path.join(FEAT, 'bicubic_in_7x5.npy'), small)
    np.save(os.path.join(FEAT, 'bicubic_out_12x9.npy'), bicubic_align_corners(small, 12, 9))

    # --- average precision: 300 clips x 10 classes, scores rounded to 0.05 (many ties); class 3 without positives
    nclip, ncls = 300, 10
    labels = (rng.random((nclip, ncls)) < rng.uniform(0.02, 0.4, ncls)[None, :]).astype(np.float64)
    labels[:, 3] = 0
    scores = np.round((labels * rng.uniform(0.1, 0.6, ncls)[None, :] + rng.random((nclip, ncls))) * 20) / 20
    ap = np.array([average_precision(labels[:, k], scores[:, k]) for k in range(ncls)])
    np.save(os.path.join(METR, 'ap_scores.npy'), scores)
    np.save(os.path.join(METR, 'ap_labels.npy'), labels)
    np.save(os.path.join(METR, 'ap_expected.npy'), ap)

    # --- DOA error and spatial metrics on random class predictions
    m = 400
    azg = rng.integers(0, 360, m); elg = rng.integers(0, 180, m); dg = rng.integers(0, 21, m)
    azp = (azg + rng.integers(-40, 41, m)) % 360
    elp = np.clip(elg + rng.integers(-15, 16, m), 0, 179)
    dp = np.clip(dg + rng.integers(-3, 4, m), 0, 20)
    err = doa_error(azg, elg, azp, elp)
    np.save(os.path.join(METR, 'doa_classes.npy'), np.stack([azg, elg, azp, elp, dg, dp]).astype(np.float64))
    np.save(os.path.join(METR, 'doa_error_deg.npy'), err)
    summary = dict(er20_pct=float(100 * np.mean(err > 20)), mae_deg=float(np.mean(err)),
                   distance_accuracy_pct=float(100 * np.mean(np.abs(dg - dp) <= 1)),
                   der_pct=float(100 - 100 * np.mean(np.abs(dg - dp) <= 1)),
                   map_excluding_undefined=float(np.nanmean(ap)),
                   map_undefined_as_zero=float(np.mean(np.nan_to_num(ap, nan=0.0))),
                   undefined_classes=[int(k) for k in np.where(np.isnan(ap))[0]])

    # --- Spatial-AST target encoding on random positions (y up) incl. exact .5 cases
    pos = []
    for _ in range(300):
        sensor = rng.uniform(-5, 5, 3)
        d = rng.standard_normal(3)
        d = d / np.linalg.norm(d) * rng.uniform(0.3, 10.0)
        pos.append(np.r_[sensor, sensor + d])
    # exact half-way cases: distance 0.25 m (class round(0.5)=0), 1.25 m (round(2.5)=2), 0.75 (round(1.5)=2)
    for r in (0.25, 1.25, 0.75, 3.25):
        pos.append(np.array([0, 0, 0, r, 0, 0]))
    pos = np.array(pos)
    tg = np.array([fetch_spatial_targets(p[:3], p[3:]) for p in pos], dtype=np.float64)
    np.save(os.path.join(CONV, 'targets_positions.npy'), pos)
    np.save(os.path.join(CONV, 'targets_classes.npy'), tg)
    with open(os.path.join(METR, 'summary.json'), 'w') as fh:
        json.dump(summary, fh, indent=1)
    print(json.dumps(summary))


if __name__ == '__main__':
    main()
