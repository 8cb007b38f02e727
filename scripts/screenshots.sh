#!/usr/bin/env bash
# Renders every screen of the till, in a set state on a fresh demo store, to
# PNG files in shots/ (or the folder given), under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-shots}"
if [ ! -x build/src/app/viptill ]; then
  bash scripts/install-deps.sh
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
  cmake --build build --target viptill
fi
xvfb-run -a -s "-screen 0 1366x768x24" ./build/src/app/viptill --screenshots "$out"
echo "Screens saved in $out/"
