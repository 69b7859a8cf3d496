#!/usr/bin/env python3
"""Posts a JSON Lines feed to `precis serve` in batches (bench/serve_load.sh).

  serve_load.py URL FEED FIRST COUNT BATCH CLIENTS

Posts articles [FIRST, FIRST + COUNT) of FEED, BATCH per request, from CLIENTS concurrent
clients in order of batches; prints articles/s and the p99 request latency."""
import sys, time, threading, urllib.request

url, feed, first, count, batch, clients = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:7])
with open(feed, encoding="utf-8") as f:
    lines = f.readlines()[first:first + count]
batches = ["".join(lines[i:i + batch]).encode() for i in range(0, len(lines), batch)]
lock = threading.Lock()
next_batch = [0]
latencies = []

def worker():
    while True:
        with lock:
            if next_batch[0] >= len(batches):
                return
            body = batches[next_batch[0]]
            next_batch[0] += 1
        t = time.perf_counter()
        req = urllib.request.Request(url + "/articles", data=body,
                                     headers={"Content-Type": "application/x-ndjson"})
        with urllib.request.urlopen(req) as r:
            r.read()
        with lock:
            latencies.append(time.perf_counter() - t)

start = time.perf_counter()
threads = [threading.Thread(target=worker) for _ in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
elapsed = time.perf_counter() - start
latencies.sort()
p99 = latencies[int(0.99 * (len(latencies) - 1))] * 1000
print(f"ingest: {len(lines)} articles in {elapsed:.1f} s = {len(lines) / elapsed:.0f} articles/s "
      f"(batches of {batch}, {clients} clients, p99 POST {p99:.0f} ms)")
