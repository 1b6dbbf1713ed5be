"""Model fixtures under src/test/resources/model/ (run once, outputs committed).

For a tiny configuration (embed 32, depth 2, heads 4, mlp x4, 64 frames x 64 mels, patch 16 -> 4 x 4 grid,
5 classes, DSpAST task width 16) this writes a random state_dict with the exact Spatial-AST / DSpAST key
names (SPEC 1.6 / 2.2) in torch.save's layout (torchlike.py), a fixed input batch, and the outputs of an
independent float64 numpy implementation of the forward passes (SPEC 1.1-1.2, 2.1):

  spatial_ast_tiny.pth, spatial_ast_in.npy [2,4,64,64] f4, spatial_ast_out.npy [2, 5+21+360+180] f8
  dspast_tiny.pth,      dspast_in.npy      [2,6,64,64] f4, dspast_out.npy      [2, 5+21+360+180] f8
"""
from pathlib import Path

import numpy as np
from scipy.special import erf

import torchlike as tl

OUT = Path(__file__).resolve().parents[1] / "resources" / "model"
OUT.mkdir(parents=True, exist_ok=True)
rng = np.random.default_rng(424242)

D, DEPTH, HEADS, MLP, FRAMES, MELS, P, NCLS, TASK = 32, 2, 4, 4, 64, 64, 16, 5, 16
NPATCH = (FRAMES // P) * (MELS // P)


def f4(a):
    return np.asarray(a, dtype="<f4")


def normal(shape, std, mean=0.0):
    return f4(rng.normal(mean, std, shape))


def positive(shape, lo, hi):
    return f4(rng.uniform(lo, hi, shape))


def vit_params(sd, cls_names):
    for c in cls_names:
        sd[c] = normal((1, 3, D), 0.5)
    sd["pos_embed"] = normal((1, NPATCH + 1, D), 0.5)
    sd["patch_embed.proj.weight"] = normal((D, 1, P, P), 0.06)
    sd["patch_embed.proj.bias"] = normal((D,), 0.1)
    for b in range(DEPTH):
        pre = f"blocks.{b}."
        sd[pre + "norm1.weight"] = normal((D,), 0.1, 1.0)
        sd[pre + "norm1.bias"] = normal((D,), 0.1)
        sd[pre + "attn.qkv.weight"] = normal((3 * D, D), 0.25)
        sd[pre + "attn.qkv.bias"] = normal((3 * D,), 0.1)
        sd[pre + "attn.proj.weight"] = normal((D, D), 0.15)
        sd[pre + "attn.proj.bias"] = normal((D,), 0.1)
        sd[pre + "norm2.weight"] = normal((D,), 0.1, 1.0)
        sd[pre + "norm2.bias"] = normal((D,), 0.1)
        sd[pre + "mlp.fc1.weight"] = normal((MLP * D, D), 0.15)
        sd[pre + "mlp.fc1.bias"] = normal((MLP * D,), 0.1)
        sd[pre + "mlp.fc2.weight"] = normal((D, MLP * D), 0.08)
        sd[pre + "mlp.fc2.bias"] = normal((D,), 0.1)


def bn_affine(sd, name, ch):
    sd[name + ".weight"] = normal((ch,), 0.1, 1.0)
    sd[name + ".bias"] = normal((ch,), 0.1)
    sd[name + ".running_mean"] = normal((ch,), 0.3)
    sd[name + ".running_var"] = positive((ch,), 0.5, 2.0)
    sd[name + ".num_batches_tracked"] = np.array(1234, dtype="<i8")


def linear(sd, name, out, inp, std):
    sd[name + ".weight"] = normal((out, inp), std)
    sd[name + ".bias"] = normal((out,), 0.1)


# ---------------- float64 numpy reference ----------------
def gelu(x):
    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


def layernorm(x, w, b, eps=1e-6):
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * w + b


def lin(sd, x, name):
    return x @ sd[name + ".weight"].astype(np.float64).T + sd[name + ".bias"]


def conv3x3(x, w):
    """Conv2d 3x3, stride 1, zero padding 1, no bias: x [B,C,H,W], w [O,C,3,3]."""
    b, c, h, wd = x.shape
    xp = np.zeros((b, c, h + 2, wd + 2))
    xp[:, :, 1:-1, 1:-1] = x
    out = np.zeros((b, w.shape[0], h, wd))
    for di in range(3):
        for dj in range(3):
            out += np.einsum("bchw,oc->bohw", xp[:, :, di:di + h, dj:dj + wd], w[:, :, di, dj])
    return out


def bn_eval(x, sd, name, affine, axis_shape):
    m = sd[name + ".running_mean"].astype(np.float64).reshape(axis_shape)
    v = sd[name + ".running_var"].astype(np.float64).reshape(axis_shape)
    y = (x - m) / np.sqrt(v + 1e-5)
    if affine:
        y = y * sd[name + ".weight"].reshape(axis_shape) + sd[name + ".bias"].reshape(axis_shape)
    return y


def front(sd, x, conv, bn):
    return gelu(bn_eval(conv3x3(x, sd[conv].astype(np.float64)), sd, bn, True, (1, 1, 1, 1)))


def tokens(sd, x, cls):
    """x [B,1,T,F] -> patches (time-major) + pos_embed[1:], CLS prepended: [B, 3+N, D]."""
    b = x.shape[0]
    tp, fp = FRAMES // P, MELS // P
    patches = x[:, 0].reshape(b, tp, P, fp, P).transpose(0, 1, 3, 2, 4).reshape(b, tp * fp, P * P)
    w = sd["patch_embed.proj.weight"].astype(np.float64).reshape(D, P * P)
    t = patches @ w.T + sd["patch_embed.proj.bias"]
    t = t + sd["pos_embed"][:, 1:, :]
    c = np.broadcast_to(sd[cls].astype(np.float64), (b, 3, D))
    return np.concatenate([c, t], axis=1)


def softmax(a):
    a = a - a.max(-1, keepdims=True)
    e = np.exp(a)
    return e / e.sum(-1, keepdims=True)


def transformer(sd, x):
    b, n, _ = x.shape
    hd = D // HEADS
    for i in range(DEPTH):
        pre = f"blocks.{i}."
        h = layernorm(x, sd[pre + "norm1.weight"], sd[pre + "norm1.bias"])
        qkv = lin(sd, h, pre + "attn.qkv").reshape(b, n, 3, HEADS, hd)
        q, k, v = (qkv[:, :, j].transpose(0, 2, 1, 3) for j in range(3))  # [B,H,N,hd]
        att = softmax(q @ k.transpose(0, 1, 3, 2) / np.sqrt(hd))
        o = (att @ v).transpose(0, 2, 1, 3).reshape(b, n, D)
        x = x + lin(sd, o, pre + "attn.proj")
        h = layernorm(x, sd[pre + "norm2.weight"], sd[pre + "norm2.bias"])
        x = x + lin(sd, gelu(lin(sd, h, pre + "mlp.fc1")), pre + "mlp.fc2")
    return x


def spatial_ast_forward(sd, inp):
    x = inp.astype(np.float64).copy()
    x[:, 0:2] = bn_eval(x[:, 0:2], sd, "bn", False, (1, 2, 1, 1))
    x = front(sd, x, "conv_downsample.0.weight", "conv_downsample.1")
    t = transformer(sd, tokens(sd, x, "cls_tokens"))
    dist = layernorm(t[:, 0], sd["dis_norm.weight"], sd["dis_norm.bias"])
    doa = layernorm(t[:, 1], sd["doa_norm.weight"], sd["doa_norm.bias"])
    cls = layernorm(t[:, 2], sd["fc_norm.weight"], sd["fc_norm.bias"])
    return np.concatenate([lin(sd, cls, "head"), lin(sd, dist, "distance_head"), lin(sd, doa, "azimuth_head"),
                           lin(sd, doa, "elevation_head")], axis=1)


def normalize(a):
    return a / np.maximum(np.linalg.norm(a, axis=-1, keepdims=True), 1e-12)


def dspast_forward(sd, inp):
    x = inp.astype(np.float64).copy()
    x[:, 0:2] = bn_eval(x[:, 0:2], sd, "bn", False, (1, 2, 1, 1))
    x[:, 3:4] = bn_eval(x[:, 3:4], sd, "bn_ild", False, (1, 1, 1, 1))
    reps = []
    for k in (1, 2, 3):
        pre = f"conv_downsample{k}."
        pooled = x.mean(axis=(2, 3))
        z = bn_eval(pooled, sd, pre + "0.bn", False, (1, 6))
        z = np.maximum(lin(sd, z, pre + "0.fc.0"), 0.0)
        w = 1.0 / (1.0 + np.exp(-lin(sd, z, pre + "0.fc.2")))
        y = front(sd, x * w[:, :, None, None], pre + "1.weight", pre + "2")
        t = transformer(sd, tokens(sd, y, f"cls_tokens{k}"))
        reps.append(lin(sd, t[:, 0:3], f"pre_head{k}").mean(axis=1))
    cls = lin(sd, layernorm(reps[2], sd["fc_norm.weight"], sd["fc_norm.bias"]), "head")

    def cos(r, name):
        return normalize(r) @ normalize(sd[name].astype(np.float64)).T

    return np.concatenate([cls, cos(reps[0], "distance_head.W"), cos(reps[1], "azimuth_head.W"),
                           cos(reps[1], "elevation_head.W")], axis=1)


def save_state_dict(sd, path):
    items = []
    for k, v in sd.items():
        items.append((k, tl.Tensor.of(v)))
    tl.save({"model": tl.state_dict(items), "epoch": 49}, path)


def features(b, channels):
    x = np.empty((b, channels, FRAMES, MELS), dtype="<f4")
    x[:, 0:2] = rng.normal(-5.0, 6.0, (b, 2, FRAMES, MELS))
    if channels == 4:
        x[:, 2:4] = rng.normal(0.0, 0.4, (b, 2, FRAMES, MELS))
    else:
        x[:, 2] = rng.normal(0.0, 0.1, (b, FRAMES, MELS))
        x[:, 3] = rng.lognormal(0.0, 1.0, (b, FRAMES, MELS))
        x[:, 4:6] = rng.normal(0.0, 0.4, (b, 2, FRAMES, MELS))
    return x


# ---------------- Spatial-AST ----------------
sd = {}
# optional buffer: the librosa-equivalent Slaney mel written by make_feature_fixtures.py, [513, 128] float32
sd["logmel_extractor.melW"] = f4(np.load(OUT.parent / "features" / "mel_32k_1024_128_50_14000.npy"))
sd["bn.running_mean"] = f4([-4.5, -4.0])
sd["bn.running_var"] = f4([30.0, 25.0])
sd["bn.num_batches_tracked"] = np.array(99, dtype="<i8")
vit_params(sd, ["cls_tokens"])
sd["conv_downsample.0.weight"] = normal((1, 4, 3, 3), 0.3)
bn_affine(sd, "conv_downsample.1", 1)
for n in ("dis_norm", "doa_norm", "fc_norm"):
    sd[n + ".weight"] = normal((D,), 0.1, 1.0)
    sd[n + ".bias"] = normal((D,), 0.1)
linear(sd, "head", NCLS, D, 0.3)
linear(sd, "distance_head", 21, D, 0.3)
linear(sd, "azimuth_head", 360, D, 0.3)
linear(sd, "elevation_head", 180, D, 0.3)
x = features(2, 4)
save_state_dict(sd, OUT / "spatial_ast_tiny.pth")
np.save(OUT / "spatial_ast_in.npy", x)
np.save(OUT / "spatial_ast_out.npy", spatial_ast_forward(sd, x))

# ---------------- DSpAST ----------------
sd = {}
sd["bn.running_mean"] = f4([-4.5, -4.0])
sd["bn.running_var"] = f4([30.0, 25.0])
sd["bn_ild.running_mean"] = f4([1.5])
sd["bn_ild.running_var"] = f4([4.0])
sd["bn_ild.num_batches_tracked"] = np.array(7, dtype="<i8")
vit_params(sd, ["cls_tokens1", "cls_tokens2", "cls_tokens3"])
for k in (1, 2, 3):
    pre = f"conv_downsample{k}."
    sd[pre + "0.bn.running_mean"] = normal((6,), 1.0)
    sd[pre + "0.bn.running_var"] = positive((6,), 0.5, 5.0)
    sd[pre + "0.bn2.running_mean"] = normal((6,), 1.0)  # unused by the forward pass
    sd[pre + "0.bn2.running_var"] = positive((6,), 0.5, 5.0)
    linear(sd, pre + "0.fc.0", 6, 6, 0.5)
    linear(sd, pre + "0.fc.2", 6, 6, 0.5)
    sd[pre + "1.weight"] = normal((1, 6, 3, 3), 0.3)
    bn_affine(sd, pre + "2", 1)
for k in (1, 2, 3):
    linear(sd, f"pre_head{k}", TASK, D, 0.2)
sd["fc_norm.weight"] = normal((TASK,), 0.1, 1.0)
sd["fc_norm.bias"] = normal((TASK,), 0.1)
linear(sd, "head", NCLS, TASK, 0.3)
for name, c in (("distance_head", 21), ("azimuth_head", 360), ("elevation_head", 180)):
    sd[name + ".W"] = normal((c, TASK), 0.3)
    sd[name + ".s"] = f4([max(np.sqrt(2) * np.log(c - 1), 0.5)])
    sd[name + ".pi"] = f4([np.pi])
x = features(2, 6)
save_state_dict(sd, OUT / "dspast_tiny.pth")
np.save(OUT / "dspast_in.npy", x)
np.save(OUT / "dspast_out.npy", dspast_forward(sd, x))

for p in sorted(OUT.iterdir()):
    print(p.name, p.stat().st_size)
out = np.load(OUT / "spatial_ast_out.npy")
print("spatial-ast output range", out.min(), out.max(), "argmax az", out[:, 26:386].argmax(1))
out = np.load(OUT / "dspast_out.npy")
print("dspast output range", out.min(), out.max(), "argmax az", out[:, 26:386].argmax(1))
