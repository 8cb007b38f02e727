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
echo "Demo store: $VIPTILL_DB — try: VIPTILL_DB=$VIPTILL_DB ./build/src/cli/viptillctl member show --member 1"
