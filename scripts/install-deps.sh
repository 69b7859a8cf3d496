#!/usr/bin/env bash
# Installs the Debian packages precis needs to build, test and benchmark.
# Idempotent: when everything is present it only checks and returns (well under a second).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libstemmer-dev nlohmann-json3-dev libsimdjson-dev libcli11-dev
  libgumbo-dev libglpk-dev libsqlite3-dev libxml2-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libcpp-httplib-dev wrk chromium
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
