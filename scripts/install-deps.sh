#!/usr/bin/env bash
# Installs the Debian packages precis needs to build, test and benchmark.
# Idempotent: when everything is present it only checks and returns (well under a second).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libstemmer-dev nlohmann-json3-dev libsimdjson-dev libcli11-dev
  libgumbo-dev libglpk-dev libsqlite3-dev libxml2-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  zlib1g-dev  # .gz input; extract_bench reads the gzipped pages of article-extraction
  # libFuzzer targets (scripts/fuzz.sh): clang, and the fuzzer runtime, which a
  # --no-install-recommends install of clang leaves out.
  clang libclang-rt-14-dev
  python3-dev python3-pybind11 pybind11-dev python3-setuptools python3-wheel python3-venv
  python3-pip python3-pytest
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
