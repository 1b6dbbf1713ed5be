#!/usr/bin/env python3
"""DOA error breakdown of an `earshot eval --json` report joined with the dataset's labels.jsonl.

Usage: doa_breakdown.py EVAL.json DATA_DIR
For every perceiver in the report: MAE, lateral-angle error (the angle to the median plane, asin(y) of the unit
vector, which ITD/ILD determine), the error left after resolving front-back (min over the truth and its mirror
across the interaural y-z plane), front-back flips (prediction nearer the mirror than the truth, counted on
clips more than 20 deg from the interaural plane), mean |elevation error|, MAE and lateral error by true distance,
T30, DRR and elevation; and the four direction/distance metrics on the subset of clips inside the DISSE test
ranges (SPEC 4.3 spatial_ranges.yml: distance 0.9-4.0 m, elevation -29.8..42.4 deg, T30 167.8-1254.8 ms).
Python 3 + numpy; reads the per_clip entries of `earshot eval --json` and the dataset's labels.jsonl.
"""
import json, math, sys
import numpy as np

def vec(az, el):
    a, e = math.radians(az), math.radians(el)
    return np.array([math.cos(e) * math.cos(a), math.cos(e) * math.sin(a), math.sin(e)])

def gc(u, v):
    return math.degrees(math.acos(max(-1.0, min(1.0, float(u @ v)))))

def main(evp, data):
    rep = json.load(open(evp))
    labels = {}
    for line in open(data + '/labels.jsonl'):
        j = json.loads(line)
        labels[j['audio'].split('/')[-1]] = j
    for r in rep['reports']:
        rows = []
        for c in r['per_clip']:
            l = labels[c['id']]
            s = l['sources'][0]
            t = vec(c['true_azimuth_deg'], c['true_elevation_deg'])
            p = vec(c['azimuth_deg'], c['elevation_deg'])
            mirror = t * np.array([-1, 1, 1])
            lat_t = math.degrees(math.asin(t[1])); lat_p = math.degrees(math.asin(p[1]))
            # error after resolving the front-back ambiguity (min over truth and its mirror)
            fb_free = min(gc(p, t), gc(p, mirror))
            flip = gc(p, mirror) < gc(p, t) and abs(t[0]) > math.sin(math.radians(20))
            rows.append(dict(err=c['doa_error_deg'], lat=abs(lat_t - lat_p), fbfree=fb_free, flip=flip,
                             el=abs(c['true_elevation_deg'] - c['elevation_deg']),
                             d=s['distanceM'], t30=s['t30Ms'], drr=s['drrDb'], tel=c['true_elevation_deg'],
                             far=abs(t[0]) > math.sin(math.radians(20)), dce=c['distance_class_error'],
                             disse=0.9 <= s['distanceM'] <= 4.0 and -29.8 <= c['true_elevation_deg'] <= 42.4
                             and 167.8 <= s['t30Ms'] <= 1254.8))
        n = len(rows)
        A = lambda k, rs=rows: np.mean([x[k] for x in rs]) if rs else float('nan')
        print(f"== {r['perceiver']} ({n} clips): MAE {A('err'):.1f}  lateral-angle err {A('lat'):.1f}  "
              f"front-back-free err {A('fbfree'):.1f}  elevation err {A('el'):.1f}  "
              f"front-back flips {100*sum(x['flip'] for x in rows)/max(1,sum(x['far'] for x in rows)):.1f}% "
              f"(of {sum(x['far'] for x in rows)} clips >20 deg off the interaural plane)")
        for key, edges, unit in (('d', [0, 1, 2, 3, 4, 6, 10.5], 'm'), ('t30', [0, 300, 600, 1000, 1500, 3000], 'ms'),
                                 ('drr', [-30, -5, 0, 5, 10, 40], 'dB'), ('tel', [-90, -30, -10, 10, 30, 90], 'deg')):
            parts = []
            for lo, hi in zip(edges[:-1], edges[1:]):
                rs = [x for x in rows if lo <= x[key] < hi]
                if rs:
                    parts.append(f"[{lo},{hi}) n={len(rs)} MAE {A('err', rs):.0f} lat {A('lat', rs):.0f}")
            print(f"  by {key} ({unit}): " + "; ".join(parts))
        sub = [x for x in rows if x['disse']]
        if sub:
            print(f"  inside the DISSE test ranges: {len(sub)} clips, MAE {A('err', sub):.1f}, "
                  f"ER20 {100 * np.mean([x['err'] > 20 for x in sub]):.1f} %, "
                  f"DER {100 * np.mean([x['dce'] > 1 for x in sub]):.1f} %, lateral err {A('lat', sub):.1f}, "
                  f"elevation err {A('el', sub):.1f}")

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
