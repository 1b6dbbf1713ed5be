"""Makes src/test/resources/disse/captions.json: DISSE spatial captions drawn with Python's own
random.Random(seed), written from the rules in SPEC.md 4.4 (descriptor lists, gaps, inclusive back rule,
draw order distance, direction, elevation, room size, reverberation, template). The Java Captioner with
PythonRandom must reproduce every caption. Also records the first getrandbits(32) outputs of a few seeds.

Run once from earshot-data/: python3 src/test/python/disse_captions.py
"""
import json
import random

TEMPLATES = [
    "The sound: {orig} is coming from the {loc} of a {room}.",
    "You can hear {orig} from the {loc}, inside a {room}.",
    "The sound: {orig} originates in the {loc} of a {room}.",
]


def descriptors(meta, rng):
    d = meta["distance"]
    dist = rng.choice(["near", "close", "nearby"]) if d < 1 else (rng.choice(["far", "distant"]) if d > 2 else "")
    a = meta["azimuth"]
    if -35 <= a <= 35:
        direc = rng.choice(["front", "in front"])
    elif 55 <= a <= 125:
        direc = rng.choice(["right", "to the right"])
    elif -125 <= a <= -55:
        direc = rng.choice(["left", "to the left"])
    elif a >= 145 or a <= -145:
        direc = rng.choice(["back", "behind"])
    else:
        direc = ""
    e = meta["elevation"]
    elev = rng.choice(["up", "above"]) if e > 40 else (rng.choice(["down", "below"]) if e < -40 else "")
    ar = meta["area"]
    size = rng.choice(["small", "tiny"]) if ar < 50 else (
        rng.choice(["large", "spacious"]) if ar > 100 else rng.choice(["mid-sized", "medium"]))
    t = meta["t30"]
    rev = rng.choice(["acoustically dampened", "dry-sounding"]) if t < 200 else (
        rng.choice(["highly reverberant", "echoey"]) if t > 1000 else "")
    loc = " ".join(p for p in (dist, elev, direc) if p)
    room = size + (" " + rev if rev else "") + " room"
    tpl = rng.choice(TEMPLATES)
    return tpl.format(orig=meta["orig"], loc=loc, room=room)


def main():
    gen = random.Random(2024)
    metas = []
    edge = [(0.99, 0, 0, 49.9, 199.9), (1.0, 35, 40, 50, 200), (2.0, -35, -40, 100, 1000),
            (2.01, 145, 40.1, 100.1, 1000.1), (1.5, -145, -40.1, 75, 500), (0.5, 144.9, 0, 20, 150),
            (3.0, 55, 10, 200, 2500), (3.0, -55, 10, 200, 2500), (3.0, 125, 10, 200, 2500),
            (3.0, -125, 10, 200, 2500), (3.0, 45, 10, 200, 2500), (3.0, 180, 60, 10, 100)]
    for d, a, e, ar, t in edge:
        metas.append({"distance": d, "azimuth": a, "elevation": e, "area": ar, "t30": t})
    for _ in range(150):
        metas.append({"distance": round(gen.uniform(0.3, 4.5), 2), "azimuth": gen.randint(-180, 180),
                      "elevation": gen.randint(-60, 60), "area": round(gen.uniform(10, 280), 2),
                      "t30": round(gen.uniform(100, 2700), 1)})
    cases = []
    for i, m in enumerate(metas):
        m["orig"] = "a dog barks %d" % i
        seed = i * 7 + 1
        cases.append({"seed": seed, "meta": m, "caption": descriptors(m, random.Random(seed))})
    bits = {}
    for seed in (0, 1, 42, 123456789, 2**32 + 5):
        r = random.Random(seed)
        bits[str(seed)] = [r.getrandbits(32) for _ in range(5)]
    with open("src/test/resources/disse/captions.json", "w") as f:
        json.dump({"cases": cases, "getrandbits32": bits}, f, indent=1)


if __name__ == "__main__":
    main()
