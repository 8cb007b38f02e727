#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a bounded time
# (FUZZ_SECONDS, default 30) from its seed corpus. A crash, a leak or a
# broken invariant fails the run and leaves the input in build-fuzz/crashes.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-30}"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-14 -DVIPTILL_FUZZ=ON -DVIPTILL_TESTS=OFF -DVIPTILL_GUI=OFF \
  -DVIPTILL_WERROR=ON
targets=$(sed -n 's/^viptill_fuzzer(\(fuzz_[a-z_]*\).*/\1/p' tests/fuzz/CMakeLists.txt)
# Every target but the till's windows: the CI's build without the GUI (a Widgets
# include below src/app fails here at once), and the fuzzers themselves.
cmake --build build-fuzz -j "$(nproc)"
mkdir -p build-fuzz/crashes
for target in $targets; do
  corpus="tests/fuzz/corpus/${target#fuzz_}"
  work="build-fuzz/corpus/${target#fuzz_}"
  mkdir -p "$work"
  echo "== $target for ${seconds}s"
  QT_QPA_PLATFORM=offscreen ./build-fuzz/tests/fuzz/"$target" -max_total_time="$seconds" \
    -print_final_stats=1 -artifact_prefix=build-fuzz/crashes/"$target"- "$work" "$corpus"
done
