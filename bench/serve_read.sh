#!/usr/bin/env bash
# Read benchmark of `precis serve` (Debian's wrk) on a store loaded once, for A/B comparisons
# of read paths: the same store is copied for every run, so two binaries read the same data.
#
#   bench/serve_read.sh DB [SECONDS=10]     (from the repo root, after a build)
#
# DB: a store to copy; when the file does not exist, it is made first by loading ARTICLES
# (default 50000) articles of the synthetic stream (DUC 2004 topics under ../shared) with the
# python loader (batches of 100, 2 clients), and kept for the next runs with the feed it came
# from (DB.feed.jsonl, 20,000 articles longer).
# Then, with the summaries caught up and no write going on: GET /stories at CONNECTIONS
# (default 64) and 16 connections, GET /stories/{id} over all stories at CONNECTIONS, and
# GET /stories/{id} revalidated with If-None-Match (304 answers), each `wrk -t2 -dSECONDS
# --latency`; then GET /stories/{id} again while new articles of the feed are posted at RATE
# articles/s (default 200, batches of 100: reads while the cache is being invalidated).
# Prints requests/s and p99 latency of each.
# Environment: BUILD (default build), PRECIS (the binary to measure; default $BUILD/precis).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:?usage: bench/serve_read.sh DB [SECONDS]}
seconds=${2:-10}
build=${BUILD:-build}
precis=${PRECIS:-$build/precis}
connections=${CONNECTIONS:-64}
work=$(mktemp -d /tmp/precis-serve-read.XXXXXX)
trap 'kill ${server:-} 2>/dev/null || true; rm -rf "$work"' EXIT

start_server() {  # $1: database file
  "$precis" serve --db "$1" --listen 127.0.0.1:0 --flush-seconds 0 2> "$work/server.log" &
  server=$!
  for _ in $(seq 100); do grep -q "http://" "$work/server.log" && break; sleep 0.1; done
  url=$(grep -o "http://127.0.0.1:[0-9]*" "$work/server.log")
}
caught_up() {
  for _ in $(seq 1200); do
    curl -s "$url/metrics" | grep -q "^precis_stories_waiting_for_summary 0$" && return; sleep 0.5
  done
}

# GET /stories/{id} while new articles arrive at RATE per second (default 200).
read_while_posting() {
  local rate=${RATE:-200} loaded loader
  loaded=$(curl -s "$url/metrics" | awk '/^precis_articles_stored / {print $2}')
  echo "== GET /stories/{id}, $connections connections, while posting $rate articles/s =="
  python3 bench/serve_load.py "$url" "$feed" "$loaded" $((rate * seconds)) 100 1 "$rate" \
    > "$work/ingest.log" &
  loader=$!
  MAX_STORY=$stories wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/serve_story.lua \
    "$url" | grep -E "Requests/sec|99%|Non-2xx"
  wait $loader
  grep ingest "$work/ingest.log"
}
feed=$db.feed.jsonl
if [ ! -f "$db" ]; then
  articles=${ARTICLES:-50000}
  "$build/serve_feed" $((articles + 20000)) $(((articles + 20000) / 60)) > "$feed"
  start_server "$db"
  python3 bench/serve_load.py "$url" "$feed" 0 "$articles" 100 2
  caught_up
  kill -TERM $server; wait $server
fi
cp "$db" "$work/db.sqlite"
start_server "$work/db.sqlite"
caught_up
stories=$(curl -s "$url/metrics" | awk '/^precis_stories / {print $2}')
for c in $connections 16; do
  echo "== GET /stories, $c connections =="
  wrk -t2 -c"$c" -d"${seconds}s" --latency "$url/stories" | grep -E "Requests/sec|99%|Non-2xx"
done
echo "== GET /stories/{id}, $connections connections, $stories stories =="
MAX_STORY=$stories wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/serve_story.lua \
  "$url" | grep -E "Requests/sec|99%|Non-2xx"
echo "== GET /stories/{id} with If-None-Match, $connections connections =="
MAX_STORY=$stories REVALIDATE=1 wrk -t2 -c"$connections" -d"${seconds}s" --latency \
  -s bench/serve_story.lua "$url" | grep -E "Requests/sec|99%|Non-2xx"
read_while_posting
kill -TERM $server; wait $server
