#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang in build-fuzz and runs each for a share of
# a total time budget, starting from the seed corpora in fuzz/corpus and with the
# dictionaries in fuzz/dict. Inputs that once crashed (fuzz/regressions/<target>/) are run
# first. Exits non-zero on any crash, leak or sanitizer report.
# Usage: scripts/fuzz.sh                      (about five minutes in all, as in CI)
#        PRECIS_FUZZ_SECONDS=3600 scripts/fuzz.sh   (a longer run: one hour in all)
#        PRECIS_FUZZ_RUNS=10000000 scripts/fuzz.sh  (each target until 10^7 executions, with no
#                                                    time limit: the documented long run)
#        scripts/fuzz.sh date_fuzz html_article_fuzz   (only these targets)
#        PRECIS_FUZZ_BUILD=build-asan scripts/fuzz.sh  (the targets scripts/test.sh built in its
#                                                    sanitizer build, as CI does)
# PRECIS_FUZZ_TIMEOUT (seconds, default 10) is libFuzzer's per-input timeout; raise it for a
# niced run on a busy machine, where a starved process can overrun 10 s on a trivial input.
set -euo pipefail
cd "$(dirname "$0")/.."
total=${PRECIS_FUZZ_SECONDS:-270}
dir=${PRECIS_FUZZ_BUILD:-build-fuzz}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if grep -q '^PRECIS_BUILD_FUZZ:BOOL=ON' "$dir/CMakeCache.txt" 2>/dev/null && [ "$dir" != build-fuzz ]; then
  # A build configured elsewhere with the fuzz targets (CI: scripts/test.sh's build-asan, at
  # -O1): used as it is, not configured again.
  echo "fuzz: using the targets of $dir" >&2
else
  CXX=${CXX:-clang++} cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" \
    -DPRECIS_BUILD_FUZZ=ON -DPRECIS_BUILD_TESTS=OFF -DPRECIS_BUILD_BENCH=OFF \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
    >/dev/null
fi
cmake --build "$dir" -j "$(nproc)" --target fuzz_all

if [ "$#" -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for src in fuzz/*_fuzz.cc; do targets+=("$(basename "$src" .cc)"); done
fi
share=$(( total / ${#targets[@]} ))
[ "$share" -ge 1 ] || share=1
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
mkdir -p "$dir/crashes"
if [ -n "${PRECIS_FUZZ_RUNS:-}" ]; then
  limit=(-runs="$PRECIS_FUZZ_RUNS")
  what="$PRECIS_FUZZ_RUNS executions"
else
  limit=(-max_total_time="$share")
  what="${share}s"
fi
for t in "${targets[@]}"; do
  bin="$dir/fuzz/$t"
  if [ -d "fuzz/regressions/$t" ] && [ -n "$(ls -A "fuzz/regressions/$t")" ]; then
    echo "== $t: regressions ==" >&2
    "$bin" -rss_limit_mb=2048 fuzz/regressions/"$t"/*
  fi
  # -purge_allocator_interval=-1: by default libFuzzer purges the allocator's caches and
  # quarantine every second once the process passes half of -rss_limit_mb, which a long run
  # does after some tens of minutes; the madvise calls and page faults that follow then take
  # most of the time (html_article_fuzz fell from about 5,000 to 300-400 executions a second;
  # docs/hardening.md). -rss_limit_mb still bounds the process.
  args=("${limit[@]}" -rss_limit_mb=2048 -purge_allocator_interval=-1
        -timeout="${PRECIS_FUZZ_TIMEOUT:-10}" -max_len=16384
        -artifact_prefix="$dir/crashes/$t-" -print_final_stats=1)
  dict="fuzz/dict/${t%_fuzz}.dict"
  [ -f "$dict" ] && args+=(-dict="$dict")
  mkdir -p "$dir/corpus/$t"
  seeds=()
  [ -d "fuzz/corpus/$t" ] && seeds+=("fuzz/corpus/$t")
  echo "== $t: $what ==" >&2
  log="$dir/$t.log"
  if ! "$bin" "${args[@]}" "$dir/corpus/$t" "${seeds[@]}" >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz: $t failed; the input is in $dir/crashes/" >&2
    exit 1
  fi
  grep -E "^#[0-9]+[[:space:]]+DONE|^Done " "$log" >&2 || true
done
echo "fuzz: ${#targets[@]} targets, ${what} each: no crash" >&2
