"""Writes the checkpoint-reader fixtures under src/test/resources/checkpoint/ (run once, outputs committed).

Files (all in torch.save's zip + pickle layout, see torchlike.py):
  basic.pth            {'model': state_dict, 'optimizer': {...}, 'epoch': 3, 'args': argparse.Namespace(...)}
                       float32 contiguous, a transposed (non-contiguous) view, two views of one shared storage,
                       float16, bfloat16, float64, an int64 scalar (num_batches_tracked)
  basic_protocol4.pth  the same saved with pickle_protocol=4 (FRAME, SHORT_BINUNICODE, MEMOIZE, STACK_GLOBAL)
  basic_expected.json  key -> {shape, bits (row-major float32 bit patterns, exact)} for the state_dict of basic.pth
  plain.pth            a bare state_dict at top level, archive prefix = file stem 'plain'
  malicious.pth        pickle calls os.system('echo pwned') (GLOBAL)
  malicious_protocol4.pth  the same through STACK_GLOBAL
  truncated.pth        basic.pth cut in half
  not_a_zip.pth        text
  short_storage.pth    persistent id claims 12 floats, entry holds 8
  view_out_of_range.pth tensor view reaching past its storage
  big_endian.pth       byteorder record says 'big'
  truncated_pickle.pth zip fine, data.pkl cut before STOP
"""
import argparse
import collections
import json
import os
import pickle
from pathlib import Path

import numpy as np

import torchlike as tl

OUT = Path(__file__).resolve().parents[1] / "resources" / "checkpoint"
OUT.mkdir(parents=True, exist_ok=True)
rng = np.random.default_rng(20261121)

expected = collections.OrderedDict()


def add(name, tensor, values):
    expected[name] = {"shape": list(np.shape(values)),
                      "bits": [int(v) for v in np.asarray(values, dtype="<f4").reshape(-1).view("<u4")]}
    return name, tensor


# float32 [3,4] contiguous
w = rng.standard_normal((3, 4)).astype("<f4")
# a transposed view of another [3,4] storage: size (4,3), stride (1,4)
base = rng.standard_normal((3, 4)).astype("<f4")
t_view = tl.Tensor(tl.Storage(base), 0, (4, 3), (1, 4))
# one shared storage of 12 floats, two views: [2,3] at offset 0 and a strided [3] at offset 6 (stride 2)
shared = tl.Storage(rng.standard_normal(12).astype("<f4"))
v1 = tl.Tensor(shared, 0, (2, 3), (3, 1))
v2 = tl.Tensor(shared, 6, (3,), (2,))
flat = shared.data
# float16 with a subnormal, an infinity and a negative zero
h = np.array([1.5, -2.25, 6.1e-5, 3.0e-7, np.inf, -0.0], dtype="<f2")
# bfloat16 stored as bit patterns (upper half of float32)
bf_vals = np.array([[1.0, -3.5], [0.15625, 1e30]], dtype="<f4")
bf_bits = (bf_vals.view("<u4") >> 16).astype("<u2")
bf = tl.Tensor(tl.Storage(bf_bits, tl.BFloat16Storage), 0, (2, 2), (2, 1))
bf_expected = (bf_bits.astype("<u4") << 16).view("<f4")
d = np.array([0.1, -1e-3, 12345.678], dtype="<f8")
count = np.array(7, dtype="<i8")

model = tl.state_dict([
    add("a.weight", tl.Tensor.of(w), w),
    add("a.transposed", t_view, base.T),
    add("shared.first", v1, flat[0:6].reshape(2, 3)),
    add("shared.second", v2, flat[6:12:2]),
    add("half", tl.Tensor.of(h), h.astype(np.float32)),
    add("bf16", bf, bf_expected),
    add("double", tl.Tensor.of(d), d.astype(np.float32)),
    add("bn.num_batches_tracked", tl.Tensor(tl.Storage(count.reshape(1)), 0, (), ()), count),
])
optimizer = {"state": {0: {"step": tl.Tensor.of(np.array(5.0, dtype="<f4")),
                           "exp_avg": tl.Tensor.of(rng.standard_normal((3, 4)).astype("<f4"))}},
             "param_groups": [{"lr": 1e-3, "weight_decay": 5e-4, "params": [0]}]}
args = argparse.Namespace(model="build_AST", blr=1e-3, mask_t_prob=np.float64(0.25), dist_eval=True, seed=None)
checkpoint = {"model": model, "optimizer": optimizer, "epoch": 3, "scaler": {"scale": 65536.0}, "args": args}
tl.save(checkpoint, OUT / "basic.pth")
tl.save(checkpoint, OUT / "basic_protocol4.pth", protocol=4)
(OUT / "basic_expected.json").write_text(json.dumps(expected, indent=1))

plain = tl.state_dict([("x", tl.Tensor.of(np.arange(6, dtype="<f4").reshape(2, 3)))])
tl.save(plain, OUT / "plain.pth", archive="plain")


class Evil:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


tl.save({"model": Evil()}, OUT / "malicious.pth")
tl.save({"model": Evil()}, OUT / "malicious_protocol4.pth", protocol=4)

raw = (OUT / "basic.pth").read_bytes()
(OUT / "truncated.pth").write_bytes(raw[: len(raw) // 2])
(OUT / "not_a_zip.pth").write_bytes(b"this is not a checkpoint\n" * 4)

short = tl.Storage(np.arange(8, dtype="<f4"))
short.numel = 12
tl.save({"model": tl.state_dict([("w", tl.Tensor(short, 0, (3, 4), (4, 1)))])}, OUT / "short_storage.pth")

s6 = tl.Storage(np.arange(6, dtype="<f4"))
tl.save({"model": tl.state_dict([("w", tl.Tensor(s6, 2, (2, 3), (3, 1)))])}, OUT / "view_out_of_range.pth")

tl.save({"model": tl.state_dict([("w", tl.Tensor.of(np.ones(2, dtype="<f4")))])}, OUT / "big_endian.pth",
        byteorder="big")

good_pkl, _ = tl.pickle_with_storages({"model": tl.state_dict([("w", tl.Tensor.of(np.ones(2, dtype="<f4")))])})
tl.save({"model": tl.state_dict([("w", tl.Tensor.of(np.ones(2, dtype="<f4")))])}, OUT / "truncated_pickle.pth",
        pickle_bytes=good_pkl[: len(good_pkl) - 20])

for p in sorted(OUT.iterdir()):
    print(p.name, p.stat().st_size)
