#!/usr/bin/env bash
# Runs every test: installs dependencies, builds and runs the suite twice, once optimized
# (the system compiler, GCC on Debian) and once under AddressSanitizer +
# UndefinedBehaviorSanitizer (clang; -g1: line tables for the reports' stack traces, without
# full debug information, which would double the build time). The sanitizer build also holds
# the libFuzzer targets (fuzz/: its code is compiled with libFuzzer's coverage too), so that
# .ci/run fuzzes from it instead of building the library a third time.
# Usage: scripts/test.sh            (from the repository root)
#        PRECIS_TEST_FAST=1 scripts/test.sh   (optimized build only, for quick iterations)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
jobs=$(nproc)

# A compiler cache, when the machine has one, makes repeated runs cheap; results are the same.
launcher=()
if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi

start=$SECONDS
phase() { echo "== $1 (at $(( (SECONDS - start) / 60 ))m$(( (SECONDS - start) % 60 ))s) ==" >&2; }

run_suite() {
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja "${launcher[@]}" "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
  phase "$dir: tests"
  ctest --test-dir "$dir" --output-on-failure --no-tests=error -j "$jobs"
}

# The Python package (tests/python, pytest) on the optimized build: installed as the README
# says, into a virtual environment under build/, with setup.py reusing the build folder.
run_python_tests() {
  local venv=build/python-venv rc=0
  /usr/bin/python3 -m venv --system-site-packages "$venv"
  PRECIS_CMAKE_BUILD_DIR=build "$venv/bin/pip" install --quiet --no-build-isolation --no-deps .
  PRECIS_BIN=build/precis "$venv/bin/python" -m pytest -q -p no:cacheprovider tests/python || rc=$?
  if [ "$rc" -eq 5 ]; then  # pytest: no tests collected; nothing failed
    echo "test.sh: warning: pytest collected no Python tests" >&2
  elif [ "$rc" -ne 0 ]; then
    echo "test.sh: Python tests failed (pytest exit $rc)" >&2
    return "$rc"
  fi
}

# The test programs themselves are compiled without optimization (-O0, and the tool's sources
# too under the sanitizers), which builds them in about 40% less time; the library they test
# keeps the build's optimization (-O3 in the first suite, -O1 in the second).
phase "optimized build"
python_exe=$(readlink -f /usr/bin/python3)
run_suite build -DCMAKE_BUILD_TYPE=Release -DPRECIS_BUILD_PYTHON=ON -DPython_EXECUTABLE="$python_exe" \
  -DPRECIS_TEST_CXX_FLAGS=-O0
phase "Python package"
run_python_tests
if [ "${PRECIS_TEST_FAST:-0}" != "1" ]; then
  phase "AddressSanitizer + UBSan build (clang, with the fuzz targets)"
  # A build-asan configured by GCC (before this script used clang) cannot switch compilers.
  if [ -f build-asan/CMakeCache.txt ] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang' build-asan/CMakeCache.txt; then
    rm -rf build-asan
  fi
  CXX=clang++ ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    run_suite build-asan -DCMAKE_BUILD_TYPE=Debug -DPRECIS_SANITIZE=ON -DPRECIS_BUILD_BENCH=OFF \
    -DPRECIS_BUILD_FUZZ=ON -DCMAKE_CXX_FLAGS="-O1 -fsanitize-coverage=inline-8bit-counters,pc-table" \
    -DCMAKE_CXX_FLAGS_DEBUG="-g1" -DPRECIS_TEST_CXX_FLAGS=-O0 -DPRECIS_TOOL_CXX_FLAGS=-O0
fi
phase "done"
