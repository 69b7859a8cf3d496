#!/usr/bin/env bash
# Runs every test: installs dependencies, builds and runs the suite twice, once optimized and
# once under AddressSanitizer + UndefinedBehaviorSanitizer.
# Usage: scripts/test.sh            (from the repository root)
#        PRECIS_TEST_FAST=1 scripts/test.sh   (optimized build only, for quick iterations)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs=$(nproc)

run_suite() {
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
  ctest --test-dir "$dir" --output-on-failure -j "$jobs"
}

echo "== optimized build ==" >&2
run_suite build -DCMAKE_BUILD_TYPE=Release
if [ "${PRECIS_TEST_FAST:-0}" != "1" ]; then
  echo "== AddressSanitizer + UBSan build ==" >&2
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    run_suite build-asan -DCMAKE_BUILD_TYPE=Debug -DPRECIS_SANITIZE=ON -DPRECIS_BUILD_BENCH=OFF \
    -DCMAKE_CXX_FLAGS="-O1"
fi
