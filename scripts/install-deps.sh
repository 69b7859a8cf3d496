#!/usr/bin/env bash
# Installs the Debian packages precis needs to build and run (the default), or, with --test,
# also what its tests, benchmarks and fuzzers need (GoogleTest, Google Benchmark, clang, Python, Chromium, wrk, Node.js).
# Idempotent: when everything is present it only checks and returns (well under a second).
# Usage: scripts/install-deps.sh [--test]
set -euo pipefail
with_tests=0
if [ "${1:-}" = "--test" ]; then with_tests=1; fi

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libstemmer-dev nlohmann-json3-dev libsimdjson-dev libcli11-dev
  libgumbo-dev libglpk-dev libsqlite3-dev libxml2-dev
  zlib1g-dev  # .gz input; extract_bench reads the gzipped pages of article-extraction
  libcpp-httplib-dev  # precis serve
)
TEST_PACKAGES=(
  libgtest-dev libgmock-dev libbenchmark-dev
  # libFuzzer targets (scripts/fuzz.sh): clang, and the fuzzer runtime, which a
  # --no-install-recommends install of clang leaves out.
  clang libclang-rt-14-dev
  python3-dev python3-pybind11 pybind11-dev python3-setuptools python3-wheel python3-venv
  python3-pip python3-pytest
  wrk chromium nodejs
)
if [ "$with_tests" -eq 1 ]; then PACKAGES+=("${TEST_PACKAGES[@]}"); fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# The page test (tests/e2e) drives Chromium with playwright-core, pinned in
# tests/e2e/package-lock.json (npm ci; node_modules stays out of git).
install_e2e() {
  local dir
  dir="$(cd "$(dirname "$0")/.." && pwd)/tests/e2e"
  if [ -d "$dir/node_modules/playwright-core" ]; then return 0; fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "install-deps: npm not found; the page test will be skipped" >&2
    return 0
  fi
  (cd "$dir" && npm ci --no-audit --no-fund --silent) ||
    echo "install-deps: npm ci failed in tests/e2e; the page test will be skipped" >&2
}

if [ ${#missing[@]} -eq 0 ]; then
  if [ "$with_tests" -eq 1 ]; then install_e2e; fi
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
if [ "$with_tests" -eq 1 ]; then install_e2e; fi
