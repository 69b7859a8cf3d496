#!/usr/bin/env bash
# Whole-process benchmark: runs `precis summarize` over all 50 DUC 2004 clusters once per
# method and prints wall time, clusters/s, MB/s and peak memory (max RSS) for each.
# Usage: scripts/bench-cli.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
data=../shared/data/duc2004/clusters.jsonl
if [ ! -f "$data" ]; then echo "bench-cli: $data is missing" >&2; exit 1; fi
bytes=$(python3 -c "import json,sys;print(sum(len(d['text'].encode()) for l in open('$data') for d in json.loads(l)['documents']))")
methods=$("$build/precis" summarize --help | sed -n 's/.*Summarization method: \(.*\)/\1/p' | tr -d ',')
printf "%-10s %8s %11s %8s %10s\n" method wall_s clusters/s MB/s peak_MB
for m in $methods; do
  out=$( { /usr/bin/time -f "%e %M" "$build/precis" summarize --method "$m" --words 100 \
           --format json "$data" >/dev/null; } 2>&1 | tail -n 1)
  read -r wall rss <<<"$out"
  python3 -c "w=max($wall,0.01);print('%-10s %8.2f %11.0f %8.1f %10.1f'%('$m',$wall,50/w,$bytes/1e6/w,$rss/1024))"
done
