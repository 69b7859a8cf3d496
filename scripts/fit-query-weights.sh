#!/usr/bin/env bash
# Fit/check split for the query options on DUC 2006: for each grid point, scores the default
# method with `precis eval --preset duc2006` on topics D0601-D0625 (half A) and D0626-D0650
# (half B); picks the best point on one half (by ROUGE-2 + ROUGE-SU4 recall) and reports it on
# the other, both ways. The chosen values become the defaults in include/precis/summarize.h and
# the figures go to docs/quality.md.
# Usage: scripts/fit-query-weights.sh [BUILD_DIR]   (default: build)
# Grid: QW (query weights) and EXP (expansion terms), overridable from the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
data=${PRECIS_SHARED_DIR:-../shared}/data/duc2006/clusters.jsonl
if [ ! -f "$data" ]; then echo "fit-query-weights: $data is missing" >&2; exit 1; fi
QW=${QW:-"0 0.25 0.5 0.75 1"}
EXP=${EXP:-"0 10 25"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$data" "$tmp" <<'PY'
import json, sys
data, tmp = sys.argv[1], sys.argv[2]
with open(data) as f, open(tmp + "/a.jsonl", "w") as a, open(tmp + "/b.jsonl", "w") as b:
    for line in f:
        (a if int(json.loads(line)["id"][3:5]) <= 25 else b).write(line)
PY
# Prints "R-2 SU4" recall of the default method on one half.
score() {
  "$build/precis" eval -q --data "$tmp/$1.jsonl" --preset duc2006 -f json "${@:2}" |
    python3 -c "import json,sys; m=json.load(sys.stdin)['methods'][0]['metrics'];
print('%.2f %.2f' % (100*m['ROUGE-2']['recall']['mean'], 100*m['ROUGE-SU4']['recall']['mean']))"
}
printf "%-6s %-4s %12s %12s\n" weight exp "A R-2/SU4" "B R-2/SU4"
: >"$tmp/grid"
for w in $QW; do
  for e in $EXP; do
    read -r a2 a4 <<<"$(score a --query-weight "$w" --query-expansion "$e")"
    read -r b2 b4 <<<"$(score b --query-weight "$w" --query-expansion "$e")"
    printf "%-6s %-4s %12s %12s\n" "$w" "$e" "$a2/$a4" "$b2/$b4"
    echo "$w $e $a2 $a4 $b2 $b4" >>"$tmp/grid"
  done
done
python3 - "$tmp/grid" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1])]
for fit, check, name in ((2, 4, "fit on A, check on B"), (4, 2, "fit on B, check on A")):
    best = max(rows, key=lambda r: float(r[fit]) + float(r[fit + 1]))
    print("%s: weight %s, expansion %s -> R-2 %s, SU4 %s on the held half"
          % (name, best[0], best[1], best[check], best[check + 1]))
PY
