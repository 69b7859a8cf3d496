#!/usr/bin/env python3
"""Posts a JSON Lines feed to `precis serve` in batches (bench/serve_load.sh).

  serve_load.py URL FEED FIRST COUNT BATCH CLIENTS [RATE]

Posts articles [FIRST, FIRST + COUNT) of FEED, BATCH per request, from CLIENTS concurrent
clients in order of batches, at most RATE articles/s when RATE is given (0: as fast as the
server answers); prints articles/s and the p99 request latency, then waits until every story
has its summary and prints the p99 summary lag of this run's summaries (from the server's
lag histogram in /metrics, read before and after)."""
import re, sys, time, threading, urllib.request

url, feed = sys.argv[1], sys.argv[2]
first, count, batch, clients = map(int, sys.argv[3:7])
rate = float(sys.argv[7]) if len(sys.argv) > 7 else 0.0
with open(feed, encoding="utf-8") as f:
    lines = f.readlines()[first:first + count]
batches = ["".join(lines[i:i + batch]).encode() for i in range(0, len(lines), batch)]
lock = threading.Lock()
next_batch = [0]
latencies = []


def metrics():
    with urllib.request.urlopen(url + "/metrics") as r:
        return r.read().decode()


def lag_buckets(text):
    """Cumulative counts of the summary lag histogram by upper bound (seconds)."""
    out = {}
    for m in re.finditer(r'^precis_summary_lag_seconds_bucket\{le="([^"]+)"\} (\d+)$', text, re.M):
        out[float(m.group(1))] = int(m.group(2))
    return out


def worker(start):
    while True:
        with lock:
            if next_batch[0] >= len(batches):
                return
            k = next_batch[0]
            body = batches[k]
            next_batch[0] += 1
        if rate > 0:  # batch k is due at k * batch / rate seconds
            delay = start + k * batch / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
        t = time.perf_counter()
        req = urllib.request.Request(url + "/articles", data=body,
                                     headers={"Content-Type": "application/x-ndjson"})
        with urllib.request.urlopen(req) as r:
            r.read()
        with lock:
            latencies.append(time.perf_counter() - t)


before = lag_buckets(metrics())
start = time.perf_counter()
threads = [threading.Thread(target=worker, args=(start,)) for _ in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
elapsed = time.perf_counter() - start
latencies.sort()
p99 = latencies[int(0.99 * (len(latencies) - 1))] * 1000
paced = f", paced at {rate:.0f} articles/s" if rate > 0 else ""
print(f"ingest: {len(lines)} articles in {elapsed:.1f} s = {len(lines) / elapsed:.0f} articles/s "
      f"(batches of {batch}, {clients} clients{paced}, p99 POST {p99:.0f} ms)", flush=True)
caught_up = time.perf_counter()
while "\nprecis_stories_waiting_for_summary 0\n" not in metrics():
    time.sleep(0.2)
caught_up = time.perf_counter() - caught_up
after = lag_buckets(metrics())
diff = {le: after[le] - before.get(le, 0) for le in after}
total = diff.get(float("inf"), 0)
p99_lag = next((le for le in sorted(diff) if total and diff[le] >= 0.99 * total), None)
print(f"summaries: {total} in this run, p99 summary lag <= {p99_lag} s (histogram bucket); "
      f"caught up {caught_up:.1f} s after the last POST")
