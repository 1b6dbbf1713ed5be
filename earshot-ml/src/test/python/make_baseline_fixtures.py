"""Reference solutions for the classical baseline's solvers (run once; output committed).

Writes src/test/resources/baseline/solvers.json with a small standardised data set and
  * the minimiser of the multinomial logistic loss (mean cross-entropy + l2/2 |W|^2, bias unpenalised),
  * the minimiser of the one-vs-rest logistic loss (mean summed binary cross-entropy + l2/2 |W|^2),
  * the ridge solution of sum (y - b - w.x)^2 + lam |w|^2,
found independently with scipy.optimize (L-BFGS-B, tight tolerances) and numpy.linalg.solve.
Usage: python3 src/test/python/make_baseline_fixtures.py
"""
import json, os
import numpy as np
from scipy.optimize import minimize
from scipy.special import logsumexp, expit

rng = np.random.default_rng(20261121)
n, d, c = 40, 3, 3
x = rng.normal(size=(n, d))
x = (x - x.mean(0)) / x.std(0)
true_w = rng.normal(size=(c, d)) * 1.5
labels = np.argmax(x @ true_w.T + rng.normal(scale=0.8, size=(n, c)), axis=1)
y = np.zeros((n, c)); y[np.arange(n), labels] = 1
l2 = 0.05

def unpack(p):
    p = p.reshape(c, d + 1)
    return p[:, :d], p[:, d]

def multinomial(p):
    w, b = unpack(p)
    z = x @ w.T + b
    lse = logsumexp(z, axis=1, keepdims=True)
    loss = -(y * (z - lse)).sum() / n + 0.5 * l2 * (w ** 2).sum()
    pr = np.exp(z - lse)
    r = (pr - y) / n
    gw = r.T @ x + l2 * w
    gb = r.sum(0)
    return loss, np.concatenate([gw, gb[:, None]], axis=1).ravel()

def ovr(p):
    w, b = unpack(p)
    z = x @ w.T + b
    loss = (np.logaddexp(0, z) - y * z).sum() / n + 0.5 * l2 * (w ** 2).sum()
    r = (expit(z) - y) / n
    gw = r.T @ x + l2 * w
    gb = r.sum(0)
    return loss, np.concatenate([gw, gb[:, None]], axis=1).ravel()

out = {"x": x.tolist(), "y": y.tolist(), "l2": l2}
for name, f in (("multinomial", multinomial), ("ovr", ovr)):
    res = minimize(f, np.zeros(c * (d + 1)), jac=True, method="L-BFGS-B",
                   options={"gtol": 1e-12, "ftol": 1e-15, "maxiter": 10000})
    out[name + "_weights"] = res.x.reshape(c, d + 1).tolist()
    out[name + "_loss"] = float(res.fun)

ty = x @ np.array([0.7, -1.2, 0.3]) + 2.0 + rng.normal(scale=0.1, size=n)
lam = 0.5
xc = x - x.mean(0)
w = np.linalg.solve(xc.T @ xc + lam * np.eye(d), xc.T @ (ty - ty.mean()))
b = ty.mean() - w @ x.mean(0)
out.update({"ridge_y": ty.tolist(), "ridge_lambda": lam, "ridge_coef": list(w) + [float(b)]})

path = os.path.join(os.path.dirname(__file__), "..", "resources", "baseline", "solvers.json")
with open(path, "w") as fh:
    json.dump(out, fh, indent=1)
print("wrote", os.path.normpath(path))
