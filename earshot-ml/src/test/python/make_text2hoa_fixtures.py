#!/usr/bin/env python3
"""Reference fixtures for the text2hoa tests (run once; outputs committed under src/test/resources/text2hoa).

Independent numpy implementation from SPEC 5.1/5.3: v4 decoding, the text2hoa 3-D angular error,
the two rule baselines with their own scoring. Writes:
  reference_metrics.json      baseline metrics on train and valid, decoded valid targets, AE on random pairs
  flat_from_v4_valid.jsonl    first 20 valid rows re-encoded in the flat format (az_sc = [sin, cos], +right)
"""
import json, math, os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, '..', 'resources', 'text2hoa')
stats = json.load(open(os.path.join(RES, 'text2spatial_v4_stats.json')))
nm = stats['normalization']
MU, SD = nm['log_dist']['mean'], nm['log_dist']['std']
GMIN, GMAX = nm['gain_lin']['min'], nm['gain_lin']['max']
WS = nm['width_scale_deg']


def load(split):
    return [json.loads(l) for l in open(os.path.join(RES, f'text2spatial_v4_{split}.jsonl'), encoding='utf-8') if l.strip()]


def decode(r):
    y = r['y']
    s = np.arctan2(y['az_sin_start'], y['az_cos_start']) / np.pi
    c = np.arctan2(y['az_sin_end'], y['az_cos_end']) / np.pi
    return dict(s=float(s), c=float(c), az_t2h=float(np.degrees(np.arctan2(s, c))),
                el=float(np.arctan2(y['el_sin_start'], y['el_cos_start'])),
                dist=float(np.exp(y['dist_z'] * SD + MU)), spread=y['width_start'] * WS, wet=y['wet_norm'],
                gain=float(20 * np.log10(GMIN + y['gain_norm'] * (GMAX - GMIN))))


def has(t, keys):
    return any(k in t for k in keys)


def rulelex(text):
    t = text.lower()
    if has(t, ["왼앞", "좌전", "front-left", "front left"]): az = -45.0
    elif has(t, ["오른앞", "우전", "front-right", "front right"]): az = 45.0
    elif has(t, ["왼뒤", "좌후", "back-left", "back left"]): az = -135.0
    elif has(t, ["오른뒤", "우후", "back-right", "back right"]): az = 135.0
    else:
        az = 0.0
        if has(t, ["왼", "좌", "left", "port"]): az -= 90
        if has(t, ["오른", "우", "right", "starboard"]): az += 90
        if has(t, ["뒤", "후", "back", "behind", "rear"]) and az == 0: az = 180.0
    el = (np.radians(30) if has(t, ["위", "상", "천장", "overhead", "above", "ceiling", "up"]) else 0) \
        - (np.radians(20) if has(t, ["아래", "하", "바닥", "below", "down", "floor", "ground"]) else 0)
    d = 0.9 if has(t, ["가까", "근접", "near", "close", "close-in", "nearby"]) else (4.0 if has(t, ["멀", "원거리", "far", "distant"]) else 2.0)
    if has(t, ["중간", "중거리", "mid", "medium", "moderate"]): d = 2.0
    sp = 90.0 if has(t, ["넓", "퍼져", "둘러싸", "감싸", "surround", "wide", "broad", "diffuse"]) else (
        15.0 if has(t, ["좁", "또렷", "집중", "타이트", "narrow", "focused", "tight"]) else 45.0)
    wet = 0.15
    if has(t, ["잔향", "울리", "리버브", "reverb", "wet", "echo", "hall"]): wet = 0.45
    if has(t, ["건조", "드라이", "dry", "dead", "anechoic"]): wet = 0.05
    if has(t, ["먹먹", "차폐", "muffled", "occluded", "behind a door", "leaks"]): wet = max(wet, 0.3)
    g = 1.0
    if has(t, ["크게", "시끄럽", "충만", "loud", "strong", "powerful"]): g = 2.0
    if has(t, ["작게", "조용", "부드럽", "soft", "quiet", "gentle"]): g = 0.5
    return az, el, d, sp, wet, g


def rulelex_metrics(rows):
    ae, dl, sp, we, ga = [], [], [], [], []
    for r in rows:
        v = decode(r)
        az, el, d, s, w, g = rulelex(r['text'])
        gt = np.arctan2(v['c'], v['s'])  # label az_sc read as [cos, sin]
        pr = np.arctan2(np.sin(np.radians(az)), np.cos(np.radians(az)))
        diff = (gt - pr + np.pi) % (2 * np.pi) - np.pi
        ae.append(abs(np.degrees(diff)))
        dl.append(abs(np.log(v['dist'] + 1e-8) - np.log(d + 1e-8)))
        sp.append(abs(v['spread'] - s)); we.append(abs(v['wet'] - w)); ga.append(abs(v['gain'] - g))
    return dict(n=len(rows), ae=float(np.mean(ae)), dlog=float(np.mean(dl)), spread=float(np.mean(sp)),
                wet=float(np.mean(we)), gain=float(np.mean(ga)))


EN = [("front", 0), ("ahead", 0), ("in front", 0), ("back", 180), ("behind", 180), ("left", 270), ("right", 90),
      ("front-right", 45), ("front right", 45), ("front-left", 315), ("front left", 315), ("back-right", 135),
      ("back right", 135), ("back-left", 225), ("back left", 225)]
KO = [("앞", 0), ("정면", 0), ("앞쪽", 0), ("전면", 0), ("앞에서", 0), ("뒤", 180), ("뒷", 180), ("후방", 180), ("뒤쪽", 180),
      ("뒤에서", 180), ("왼", 270), ("좌", 270), ("왼쪽", 270), ("오른", 90), ("우", 90), ("오른쪽", 90)]


def guess(text):
    tl = text.lower()
    az = next((d for k, d in EN if k in tl), None)
    if az is None: az = next((d for k, d in KO if k in text), 0.0)
    el = 0.0
    if has(tl, ["overhead", "above", "over", "위", "머리 위"]): el = 0.35
    if has(tl, ["below", "floor", "바닥", "아래"]): el = -0.35
    d = 2.5
    if has(tl, ["near", "close", "가까", "근처"]): d = 1.2
    if has(tl, ["far", "distant", "멀", "먼"]): d = 4.0
    sp = 45.0
    if has(tl, ["wide", "broad", "넓", "퍼져"]): sp = 90.0
    if has(tl, ["narrow", "tight", "좁", "점"]): sp = 15.0
    w = 0.35
    if has(tl, ["reverb", "wet", "잔향", "울림", "홀리"]): w = 0.7
    if has(tl, ["dry", "무향", "드라이", "건조"]): w = 0.1
    g = 0.0
    if has(tl, ["loud", "크게", "강하게"]): g = 2.0
    if has(tl, ["soft", "quiet", "작게", "은은"]): g = -1.0
    return np.sin(np.radians(az)), np.cos(np.radians(az)), el, d, sp, w, g


def ae3d(s1, c1, e1, s2, c2, e2):
    u1 = np.array([np.cos(e1) * c1, np.cos(e1) * s1, np.sin(e1)])
    u2 = np.array([np.cos(e2) * c2, np.cos(e2) * s2, np.sin(e2)])
    return float(np.degrees(np.arccos(np.clip(u1 @ u2, -1 + 1e-7, 1 - 1e-7))))


def guess_metrics(rows):
    ae, dl, sp, we, ga = [], [], [], [], []
    for r in rows:
        v = decode(r)
        s, c, el, d, spr, w, g = guess(r['text'])
        ae.append(ae3d(s, c, el, v['s'], v['c'], v['el']))
        dl.append(abs(np.log1p(d) - np.log1p(v['dist'])))
        sp.append(abs(spr - v['spread'])); we.append(abs(w - v['wet'])); ga.append(abs(g - v['gain']))
    return dict(n=len(rows), ae=float(np.mean(ae)), dlog=float(np.mean(dl)), spread=float(np.mean(sp)),
                wet=float(np.mean(we)), gain=float(np.mean(ga)))


train, valid = load('train'), load('valid')
rng = np.random.default_rng(20261121)
pairs = []
for i in range(40):
    a1, a2 = rng.uniform(-180, 180, 2)
    e1, e2 = rng.uniform(-90, 90, 2)
    if i == 0: a2, e2 = a1, e1            # identical -> clamp floor
    if i == 1: a2, e2 = a1 + 180, -e1     # antipodal -> clamp ceiling
    r1, r2 = np.radians([a1, a2]), np.radians([e1, e2])
    pairs.append(dict(az1=a1, el1=e1, az2=a2, el2=e2,
                      ae=ae3d(np.sin(r1[0]), np.cos(r1[0]), r2[0], np.sin(r1[1]), np.cos(r1[1]), r2[1])))
out = dict(
    rulelex=dict(train=rulelex_metrics(train), valid=rulelex_metrics(valid)),
    rule_guess=dict(train=guess_metrics(train), valid=guess_metrics(valid)),
    valid_targets=[dict(az_earshot=-decode(r)['az_t2h'] if abs(decode(r)['az_t2h']) < 179.999 else 180.0,
                        **{k: decode(r)[k] for k in ['s', 'c', 'el', 'dist', 'spread', 'wet', 'gain']}) for r in valid],
    angular_error_pairs=pairs)
json.dump(out, open(os.path.join(RES, 'reference_metrics.json'), 'w'), indent=1)
with open(os.path.join(RES, 'flat_from_v4_valid.jsonl'), 'w', encoding='utf-8') as f:
    for i, r in enumerate(valid[:20]):
        v = decode(r)
        room = {"drr_db": 3.0} if i % 2 == 0 else {"rt60_s": 0.8}
        f.write(json.dumps(dict(text=r['text'], lang=r['lang'], az_sc=[v['s'], v['c']], el_rad=v['el'], dist_m=v['dist'],
                                spread_deg=v['spread'], wet_mix=v['wet'], room_depth=room, gain_db=v['gain']),
                           ensure_ascii=False) + '\n')
print(json.dumps(dict(rulelex=out['rulelex'], rule_guess=out['rule_guess']), indent=1))
