#!/usr/bin/env python3
"""Held-out experiments for the padding check (docs/summarize.md, "Padding from outside the feed").

Inputs: feature dumps of bench/padding_bench, the first for the seed the figures are reported on,
the others (optional) for the seeds the models are fit on:

  for s in 2004 7 11 13 17 19; do build/padding_bench --seed $s --dump /tmp/pad$s.tsv; done
  scripts/padding-experiments.py /tmp/pad2004.tsv /tmp/pad7.tsv /tmp/pad11.tsv ...

With only the first dump, the models are fit on that seed too. Every model is fit on one half of
DUC 2004's clusters (A: 0-24, B: 25-49) and reported on the other half of the first dump, the
threshold chosen so that 2% of the fitting half's genuine sentences are removed (out of fold for
the two-stage models): no reported figure comes from the data it was fit or tuned on. The
"best threshold" line picks the 2% threshold on the held half itself, an upper bound only.

Models: the logistic model padding.cc ships (the 14 features of padding_features.h and three of
each neighbour's), the same with the sentence's neighbours' scores as a second stage (a run of
pasted sentences is contiguous: does scoring runs together help?), a two-state hidden Markov
model over each article's sentences (on topic / pasted) on the first stage's scores, and
gradient-boosted trees on the same features. Needs python3-numpy and python3-sklearn (Debian);
it is an experiment, not part of the build.
"""
import itertools
import math
import sys

import numpy as np

OWN = ["log_ratio", "supported", "max_similar", "centroid", "previous", "next", "bridge",
       "far", "terms", "run_ratio", "run_edges", "run_outside", "article", "rare_alone"]
NEIGHBOUR = ["log_ratio", "article", "far"]
REMOVED = 0.02


def load(path, tag):
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = [line.rstrip("\n").split("\t") for line in f]
    col = {name: k for k, name in enumerate(header)}
    own = np.array([[float(r[col[n]]) for n in OWN] for r in rows])
    cluster = np.array([int(r[0]) for r in rows])
    article = cluster * 1000 + np.array([int(r[col["doc"]]) for r in rows]) + tag * 100000
    n = len(rows)
    prev = np.array([i - 1 if i > 0 and article[i - 1] == article[i] else -1 for i in range(n)])
    nxt = np.array([i + 1 if i + 1 < n and article[i + 1] == article[i] else -1
                    for i in range(n)])
    parts = [own]
    pick = [OWN.index(k) for k in NEIGHBOUR]
    for nb in (prev, nxt):
        f = np.zeros((n, len(NEIGHBOUR) + 1))
        present = nb >= 0
        f[present, :len(NEIGHBOUR)] = own[nb[present]][:, pick]
        f[~present, len(NEIGHBOUR)] = 1
        parts.append(f)
    return dict(X=np.hstack(parts), y=np.array([int(r[1]) for r in rows]),
                named=np.array([int(r[2]) for r in rows]), cluster=cluster, article=article,
                prev=prev, next=nxt, own=own)


def subset(d, mask):
    out = {k: v[mask] for k, v in d.items()}
    # Neighbour indices into the subset (articles never straddle the halves).
    index = -np.ones(len(mask), dtype=int)
    index[mask] = np.arange(mask.sum())
    for key in ("prev", "next"):
        v = out[key]
        out[key] = np.where(v >= 0, index[np.maximum(v, 0)], -1)
    return out


def concat(ds):
    out, offset = {}, 0
    for d in ds:
        for k, v in d.items():
            if k in ("prev", "next"):
                v = np.where(v >= 0, v + offset, -1)
            out.setdefault(k, []).append(v)
        offset += len(d["y"])
    return {k: np.concatenate(v) if v[0].ndim == 1 else np.vstack(v) for k, v in out.items()}


def fit_logistic(X, y, l2=1e-3):
    """Classes weighted equally, L2 on standardized weights (as fit-padding-weights.py)."""
    mu, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1
    Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
    cw = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    th = np.zeros(Z.shape[1])
    for _ in range(30):  # Newton's method
        p = 1 / (1 + np.exp(-np.clip(Z @ th, -30, 30)))
        g = Z.T @ ((p - y) * cw) / len(y) + l2 * np.r_[th[:-1], 0]
        H = (Z * (p * (1 - p) * cw)[:, None]).T @ Z / len(y) + l2 * np.eye(len(th))
        th -= np.linalg.solve(H, g)
    w = th[:-1] / sd
    b = th[-1] - (th[:-1] * mu / sd).sum()
    return lambda X: X @ w + b


def threshold(score, y):
    genuine = np.sort(score[y == 0])[::-1]
    return genuine[int(REMOVED * len(genuine))]


def report(name, flag, d):
    y, named = d["y"], d["named"]
    print("  %-44s caught %5.1f%%  name-sharing %5.1f%%  removed %5.2f%%" % (
        name, 100 * flag[y == 1].mean(), 100 * flag[(y == 1) & (named == 1)].mean(),
        100 * flag[y == 0].mean()))


def out_of_fold(d, fit, folds=5):
    score = np.zeros(len(d["y"]))
    groups = sorted(set(d["cluster"] + d["article"] // 100000 * 100))
    key = d["cluster"] + d["article"] // 100000 * 100
    for k in range(folds):
        held = np.isin(key, groups[k::folds])
        model = fit(d["X"][~held], d["y"][~held])
        score[held] = model(d["X"][held])
    return score


def neighbour_features(s, d):
    def at(idx):
        v = np.full(len(s), -8.0)
        ok = idx >= 0
        v[ok] = s[idx[ok]]
        return v
    sp, sn = at(d["prev"]), at(d["next"])
    p2 = np.where(d["prev"] >= 0, d["prev"][np.maximum(d["prev"], 0)], -1)
    n2 = np.where(d["next"] >= 0, d["next"][np.maximum(d["next"], 0)], -1)
    sp2, sn2 = at(p2), at(n2)
    best_run = np.max([s, (s + sp) / 2, (s + sn) / 2, (s + sp + sn) / 3, (s + sp + sp2) / 3,
                       (s + sn + sn2) / 3], axis=0)
    own = d["own"]
    return np.column_stack([s, np.maximum(sp, sn), np.minimum(sp, sn), best_run,
                            own[:, OWN.index("previous")], own[:, OWN.index("next")],
                            own[:, OWN.index("bridge")]])


def hmm_posterior(score, article, enter, stay, scale, start):
    """Log-odds of the pasted state per sentence (forward-backward over each article)."""
    post = np.zeros(len(score))
    le, l1e, ls, l1s = math.log(enter), math.log(1 - enter), math.log(stay), math.log(1 - stay)
    i = 0
    while i < len(score):
        j = i
        while j < len(score) and article[j] == article[i]:
            j += 1
        e = score[i:j] * scale
        n = j - i
        fw, bw = np.zeros((n, 2)), np.zeros((n, 2))
        fw[0] = [math.log(1 - start), math.log(start) + e[0]]
        for k in range(1, n):
            fw[k, 0] = np.logaddexp(fw[k - 1, 0] + l1e, fw[k - 1, 1] + l1s)
            fw[k, 1] = np.logaddexp(fw[k - 1, 0] + le, fw[k - 1, 1] + ls) + e[k]
        for k in range(n - 2, -1, -1):
            bw[k, 0] = np.logaddexp(l1e + bw[k + 1, 0], le + e[k + 1] + bw[k + 1, 1])
            bw[k, 1] = np.logaddexp(l1s + bw[k + 1, 0], ls + e[k + 1] + bw[k + 1, 1])
        g = fw + bw
        post[i:j] = g[:, 1] - np.logaddexp(g[:, 0], g[:, 1])
        i = j
    return post


def main():
    paths = sys.argv[1:]
    if not paths:
        sys.exit(__doc__)
    test = load(paths[0], 0)
    train_sets = [load(p, k + 1) for k, p in enumerate(paths[1:])] or [load(paths[0], 1)]
    for half in ("A", "B"):
        in_half = lambda d: (d["cluster"] < 25) == (half == "A")
        train = concat([subset(d, in_half(d)) for d in train_sets])
        held = subset(test, ~in_half(test))
        print("fit on half %s (%d dump(s)), reported on the other half of %s" % (
            half, len(train_sets), paths[0]))
        y = train["y"]

        model = fit_logistic(train["X"], y)
        s = model(held["X"])
        report("logistic (as padding.cc)", s > threshold(model(train["X"]), y), held)
        report("logistic, best threshold on the held half", s > threshold(s, held["y"]), held)

        oof = out_of_fold(train, fit_logistic)
        stage2 = fit_logistic(neighbour_features(oof, train), y)
        t2 = threshold(stage2(neighbour_features(oof, train)), y)
        s2 = stage2(neighbour_features(s, held))
        report("two stages (neighbours' scores, runs)", s2 > t2, held)

        best = None
        for enter, stay, scale, start in itertools.product(
                [0.01, 0.03, 0.1, 0.2], [0.3, 0.5, 0.7, 0.9], [0.3, 0.5, 0.75, 1.0], [0.01, 0.05]):
            p = hmm_posterior(oof, train["article"], enter, stay, scale, start)
            t = threshold(p, y)
            caught = (p[y == 1] > t).mean()
            if best is None or caught > best[0]:
                best = (caught, enter, stay, scale, start, t)
        _, enter, stay, scale, start, t = best
        p = hmm_posterior(s, held["article"], enter, stay, scale, start)
        report("HMM (enter %.2f, stay %.1f, scale %.2f)" % (enter, stay, scale), p > t, held)

        try:
            from sklearn.ensemble import HistGradientBoostingClassifier
        except ImportError:
            print("  (python3-sklearn missing: no gradient-boosted trees)")
            continue

        def fit_trees(X, y):
            w = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
            m = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_depth=3,
                                               l2_regularization=1.0, random_state=0)
            m.fit(X, y, sample_weight=w)
            return m.decision_function
        trees = fit_trees(train["X"], y)
        st = trees(held["X"])
        report("boosted trees (200, depth 3)", st > threshold(out_of_fold(train, fit_trees), y),
               held)


if __name__ == "__main__":
    main()
