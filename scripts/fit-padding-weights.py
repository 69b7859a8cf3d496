#!/usr/bin/env python3
"""Fits the padding check's logistic weights (src/summarize/padding_model.cc) and checks them.

Input: the feature dump of bench/padding_bench (`build/padding_bench --dump FILE`): one line
per sentence of DUC 2004's 50 clusters, each padded from the other 49 (seed 2004), with the
features of src/summarize/padding_features.h. The model reads a sentence's own features and
three of each neighbour's (log_ratio, article, far; 0 and an absent flag at an article's
edge). It is fit on clusters 0-24 (half A) and checked on 25-49 (half B), and the other way
round; the threshold is the score above which 2% of the training half's genuine sentences lie.
Plain Python (no numpy): batch gradient descent on standardized features, classes weighted
equally, L2 1e-3, 400 steps. Prints the figures and the weights of the A fit as C++.

Usage: scripts/fit-padding-weights.py DUMP
"""
import math
import sys

OWN = ["log_ratio", "supported", "max_similar", "centroid", "previous", "next", "bridge",
       "far", "terms", "run_ratio", "run_edges", "run_outside", "article", "rare_alone"]
NEIGHBOUR = ["log_ratio", "article", "far"]
REMOVED = 0.02


def load(path):
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        col = {name: k for k, name in enumerate(header)}
        rows = [line.rstrip("\n").split("\t") for line in f]
    at = {}
    for r in rows:
        at[(r[0], r[col["doc"]], int(r[col["position"]]))] = r
    data = []
    for r in rows:
        x = [float(r[col[n]]) for n in OWN]
        for step in (-1, 1):
            o = at.get((r[0], r[col["doc"]], int(r[col["position"]]) + step))
            x += [float(o[col[n]]) if o else 0.0 for n in NEIGHBOUR] + [0.0 if o else 1.0]
        data.append((int(r[0]), int(r[1]), int(r[2]), x))
    return data


def fit(train):
    m = len(train[0][3])
    xs = [d[3] for d in train]
    ys = [d[1] for d in train]
    mu = [sum(x[j] for x in xs) / len(xs) for j in range(m)]
    sd = [math.sqrt(sum((x[j] - mu[j]) ** 2 for x in xs) / len(xs)) or 1.0 for j in range(m)]
    zs = [[(x[j] - mu[j]) / sd[j] for j in range(m)] for x in xs]
    share = sum(ys) / len(ys)
    cw = {1: 0.5 / share, 0: 0.5 / (1 - share)}
    w, b = [0.0] * m, 0.0
    for _ in range(400):
        gw, gb = [0.0] * m, 0.0
        for z, t in zip(zs, ys):
            s = max(-30.0, min(30.0, b + sum(wj * zj for wj, zj in zip(w, z))))
            g = (1 / (1 + math.exp(-s)) - t) * cw[t]
            gb += g
            for j in range(m):
                gw[j] += g * z[j]
        b -= 0.5 * gb / len(zs)
        for j in range(m):
            w[j] -= 0.5 * (gw[j] / len(zs) + 1e-3 * w[j])
    raw = [w[j] / sd[j] for j in range(m)]
    return raw, b - sum(w[j] * mu[j] / sd[j] for j in range(m))


def score(model, x):
    return model[1] + sum(a * c for a, c in zip(model[0], x))


def threshold(model, train):
    genuine = sorted((score(model, d[3]) for d in train if not d[1]), reverse=True)
    return genuine[int(REMOVED * len(genuine))]


def report(model, t, data, name):
    pasted = [d for d in data if d[1]]
    named = [d for d in pasted if d[2]]
    genuine = [d for d in data if not d[1]]
    flag = lambda d: score(model, d[3]) > t
    c, cn, r = (sum(map(flag, s)) for s in (pasted, named, genuine))
    print("%s: caught %d/%d = %.1f%%, name-sharing %d/%d = %.1f%%, removed %d/%d = %.2f%%" % (
        name, c, len(pasted), 100 * c / len(pasted), cn, len(named), 100 * cn / len(named),
        r, len(genuine), 100 * r / len(genuine)))


def main():
    data = load(sys.argv[1])
    half_a = [d for d in data if d[0] < 25]
    half_b = [d for d in data if d[0] >= 25]
    for train, test, name in ((half_a, half_b, "A"), (half_b, half_a, "B")):
        model = fit(train)
        t = threshold(model, train)
        report(model, t, train, "fit on %s, its own half" % name)
        report(model, t, test, "fit on %s, the other half" % name)
        report(model, t, data, "fit on %s, all 50 clusters" % name)
        if name == "A":
            kept = model, t
    model, t = kept
    names = OWN + ["previous_" + n for n in NEIGHBOUR] + ["no_previous"] + \
        ["next_" + n for n in NEIGHBOUR] + ["no_next"]
    print("// Fit on half A by scripts/fit-padding-weights.py; threshold (2%% removed on A): "
          "score %.4f, support %.4f" % (t, 1 / (1 + math.exp(t))))
    print("constexpr double kBias = %.6f;" % model[1])
    print("constexpr double kWeights[] = {")
    for n, w in zip(names, model[0]):
        print("    %.6f,  // %s" % (w, n))
    print("};")


if __name__ == "__main__":
    main()
