#!/usr/bin/env bash
# Sets up and opens the demo store: installs, builds, fills an embedded SQLite
# file with the demo department store and prints today's figures.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DVIPTILL_TESTS=OFF
cmake --build build
export VIPTILL_DB="${VIPTILL_DB:-$PWD/demo-store.db}"
if [ ! -s "$VIPTILL_DB" ]; then
  ./build/src/cli/viptillctl demo
fi
./build/src/cli/viptillctl report day
echo "Demo store (a training store): $VIPTILL_DB. Staff: cashier 1001 / PIN 1111,"
echo "service desk 2001 / PIN 2222, manager 9001 / PIN 9999 (viptillctl --staff N --pin P)."
# The till, with the demo's emulated card reader beside it. Without a
# display (a server, CI), run it under Xvfb or use scripts/screenshots.sh.
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/src/app/viptill --emulated-reader --printer "pdf:$PWD/receipts"
else
  echo "No display: the till window needs one (try: xvfb-run, or scripts/screenshots.sh)."
fi
