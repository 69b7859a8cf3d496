#!/usr/bin/env bash
# Load benchmark of `precis serve` on loopback (Debian's wrk): a store loaded with ARTICLES
# articles of the synthetic stream (DUC 2004 topics under ../shared), then wrk on
# GET /stories, GET /stories/{id} and POST /articles batches of 100, and the summary lag.
#
#   bench/serve_load.sh [ARTICLES=50000] [SECONDS=30]     (from the repo root, after a build)
#
# Environment: BUILD (default build), PRECIS (the binary to measure; default $BUILD/precis),
# FEED (a JSON Lines feed of at least ARTICLES + 20000 articles to reuse instead of generating
# one), CONNECTIONS (wrk connections for the GET runs; default 64; GET /stories also runs with
# 16), PACED (articles/s: after the rest, post 10,000 new articles at this steady rate and
# report the summary lag of that phase alone; a FEED must then hold ARTICLES + 30000).
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-50000}
seconds=${2:-30}
build=${BUILD:-build}
work=$(mktemp -d /tmp/precis-serve-load.XXXXXX)
trap 'kill ${server:-} 2>/dev/null || true; rm -rf "$work"' EXIT
precis=${PRECIS:-$build/precis}
connections=${CONNECTIONS:-64}
extra=20000  # articles after the load, for the POST benchmark
paced=0      # articles after those, for the paced phase
[ -n "${PACED:-}" ] && paced=10000
feed=${FEED:-$work/feed.jsonl}
if [ -z "${FEED:-}" ]; then
  total=$((articles + extra + paced))
  "$build/serve_feed" "$total" $((total / 60)) > "$feed"
fi
sed -n "1,${articles}p" "$feed" > "$work/load.jsonl"
sed -n "$((articles + 1)),$((articles + extra))p" "$feed" > "$work/more.jsonl"
[ "$paced" -gt 0 ] && sed -n "$((articles + extra + 1)),$((articles + extra + paced))p" "$feed" > "$work/paced.jsonl"

"$precis" serve --db "$work/db.sqlite" --listen 127.0.0.1:0 2> "$work/server.log" &
server=$!
for _ in $(seq 100); do grep -q "http://" "$work/server.log" && break; sleep 0.1; done
url=$(grep -o "http://127.0.0.1:[0-9]*" "$work/server.log")
echo "== load: $articles articles (synthetic stream) =="
python3 bench/serve_load.py "$url" "$work/load.jsonl" 0 "$articles" 100 2
lag_p99() {  # p99 of the summary lag histogram (upper bucket bound), seconds
  curl -s "$url/metrics" | awk -F'[{}" ]+' '/^precis_summary_lag_seconds_bucket/ {
      le[n] = $3; c[n++] = $NF } /^precis_summary_lag_seconds_count/ { total = $NF }
    END { for (i = 0; i < n; i++) if (c[i] >= 0.99 * total) { print le[i]; exit } }'
}
echo "summary lag p99 during the load: <= $(lag_p99) s"
cpu_seconds() {  # user + system CPU of the server so far
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$server/stat"
}
echo "server CPU after the load and its summaries: $(cpu_seconds) s"
curl -s "$url/metrics" | grep -E "^precis_(stories|open_stories|database_bytes|articles_stored|summaries_computed_total) "
stories=$(curl -s "$url/metrics" | awk '/^precis_stories / {print $2}')
for c in $connections 16; do
  echo "== GET /stories, $c connections =="
  wrk -t2 -c"$c" -d"${seconds}s" --latency "$url/stories" | grep -E "Requests/sec|99%|Non-2xx"
done
echo "== GET /stories/{id} =="
MAX_STORY=$stories wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/serve_story.lua "$url" |
  grep -E "Requests/sec|99%|Non-2xx"
echo "== POST /articles, batches of 100 new articles =="
FEED="$work/more.jsonl" wrk -t2 -c2 -d"${seconds}s" --latency -s bench/serve_post.lua "$url" |
  grep -E "Requests/sec|99%|Non-2xx"
for _ in $(seq 600); do
  curl -s "$url/metrics" | grep -q "^precis_stories_waiting_for_summary 0$" && break; sleep 0.5
done
echo "summary lag p99 overall: <= $(lag_p99) s"
if [ -n "${PACED:-}" ]; then  # a steady feed the machine can follow: the lag is then bounded
  echo "== paced: ${PACED} articles/s =="
  python3 bench/serve_load.py "$url" "$work/paced.jsonl" 0 "$paced" 100 2 "$PACED"
fi
echo "server CPU in all: $(cpu_seconds) s"
kill -TERM $server; wait $server
