#!/usr/bin/env python3
"""Fits supervised concept weights for the ILP (Li, Qian and Liu 2013) and writes a weights file.

Input: feature dumps of bench/concept_dump (`build/concept_dump --data clusters.jsonl`): one
line per concept of each cluster with its features (kConceptFeatures in
include/precis/weights.h) and its target, the share of the cluster's reference summaries that
hold it. A ridge regression per concept kind (bigrams, content words) predicts the target from
the features; the features are standardized for the fit (the bias is not penalized) and the
coefficients are written back on the raw features, so precis computes max(0, c . f).

  scripts/fit-concept-model.py --fit d04.tsv --check d06.tsv --base data/weights.json \\
      --out concepts_04.json [--ridge 10] [--drop query] [--unigram-scale 1]

--check dumps are only reported (mean squared error and correlation of the fitted and of the
`base` feature, today's weight), never used to fit. Plain Python: no package needed.
"""
import argparse
import json
import math
import sys


def read_dump(path):
    rows = {"b": [], "u": []}
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        features = header[2:-1]
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != len(header):
                sys.exit(f"{path}: a line has {len(cols)} columns, not {len(header)}")
            rows[cols[1]].append(([float(x) for x in cols[2:-1]], float(cols[-1])))
    return features, rows


def solve(a, b):
    """Solves a x = b (a small dense system) by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c and m[r][c] != 0:
                k = m[r][c] / m[c][c]
                for j in range(c, n + 1):
                    m[r][j] -= k * m[c][j]
    return [m[i][n] / m[i][i] if abs(m[i][i]) >= 1e-12 else 0.0 for i in range(n)]


def fit(rows, features, ridge, drop):
    """Ridge regression on standardized features; returns coefficients on the raw features."""
    d = len(features)
    used = [j for j in range(d) if features[j] != "bias" and features[j] not in drop]
    n = len(rows)
    mean = [sum(x[j] for x, _ in rows) / n for j in range(d)]
    std = [math.sqrt(sum((x[j] - mean[j]) ** 2 for x, _ in rows) / n) for j in range(d)]
    used = [j for j in used if std[j] > 1e-12]
    ymean = sum(y for _, y in rows) / n
    k = len(used)
    xtx = [[0.0] * k for _ in range(k)]
    xty = [0.0] * k
    for x, y in rows:
        z = [(x[j] - mean[j]) / std[j] for j in used]
        for p in range(k):
            xty[p] += z[p] * (y - ymean)
            for q in range(p, k):
                xtx[p][q] += z[p] * z[q]
    for p in range(k):
        for q in range(p):
            xtx[p][q] = xtx[q][p]
        xtx[p][p] += ridge
    beta = solve(xtx, xty)
    coef = [0.0] * d
    bias = ymean
    for p, j in enumerate(used):
        coef[j] = beta[p] / std[j]
        bias -= beta[p] * mean[j] / std[j]
    coef[features.index("bias")] = bias
    return coef


def report(name, rows, coef, features):
    base = features.index("base")
    pred = [max(0.0, sum(c * v for c, v in zip(coef, x))) for x, _ in rows]
    ys = [y for _, y in rows]

    def corr(a, b):
        ma, mb = sum(a) / len(a), sum(b) / len(b)
        sa = math.sqrt(sum((v - ma) ** 2 for v in a))
        sb = math.sqrt(sum((v - mb) ** 2 for v in b))
        return sum((u - ma) * (v - mb) for u, v in zip(a, b)) / (sa * sb) if sa and sb else 0.0

    mse = sum((p - y) ** 2 for p, y in zip(pred, ys)) / len(ys)
    print(f"  {name}: {len(rows)} concepts, mse {mse:.4f}, corr(model, target) "
          f"{corr(pred, ys):.3f}, corr(base, target) {corr([x[base] for x, _ in rows], ys):.3f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fit", nargs="+", required=True, help="concept_dump files to fit on")
    ap.add_argument("--check", nargs="*", default=[], help="concept_dump files only reported")
    ap.add_argument("--base", required=True, help="weights file whose other fields are kept")
    ap.add_argument("--out", required=True, help="the weights file to write (version 2)")
    ap.add_argument("--ridge", type=float, default=10.0, help="L2 penalty (standardized)")
    ap.add_argument("--drop", nargs="*", default=[], help="features left out of the model")
    ap.add_argument("--power", type=float, default=1.0,
                    help="the weight is the prediction to this power (as df^2 over df)")
    ap.add_argument("--unigram-scale", type=float, default=1.0,
                    help="multiplies the content-word model (its share of the objective)")
    ap.add_argument("--use", choices=["always", "with_query"], default="always",
                    help="when precis applies the model: always, or only with a query "
                         "(data/weights.json ships a with_query model)")
    args = ap.parse_args()

    features, rows = None, {"b": [], "u": []}
    for path in args.fit:
        f, r = read_dump(path)
        if features is not None and f != features:
            sys.exit(f"{path}: features differ from {args.fit[0]}")
        features = f
        for k in rows:
            rows[k] += r[k]
    model = {"power": args.power}
    if args.use != "always":
        model["use"] = args.use
    for kind, name in (("b", "bigram"), ("u", "unigram")):
        coef = fit(rows[kind], features, args.ridge, set(args.drop))
        if kind == "u":
            coef = [c * args.unigram_scale for c in coef]
        model[name] = dict(zip(features, (round(c, 8) for c in coef)))
        print(f"{name}: " + ", ".join(f"{k} {v:.4g}" for k, v in model[name].items()))
        report("fit", rows[kind], coef, features)
        for path in args.check:
            _, r = read_dump(path)
            report(f"check {path}", r[kind], coef, features)

    with open(args.base) as f:
        weights = json.load(f)
    weights["version"] = 2
    weights["provenance"] = (
        "concept_model: scripts/fit-concept-model.py --fit " + " ".join(args.fit) +
        f" --ridge {args.ridge:g} --power {args.power:g} --unigram-scale {args.unigram_scale:g}" +
        (" --drop " + " ".join(args.drop) if args.drop else "") +
        (f" --use {args.use}" if args.use != "always" else "") +
        "; other fields from " + args.base)
    weights["concept_model"] = model
    with open(args.out, "w") as f:
        json.dump(weights, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
