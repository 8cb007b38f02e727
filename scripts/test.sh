#!/usr/bin/env bash
# Sets up and runs every test: a strict build (-Werror) and its tests, the same
# tests built with AddressSanitizer and UndefinedBehaviorSanitizer, then the
# fuzzers for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc)

# The benchmarks are built too (not run: see the README's "Speed"), so that
# they keep compiling as the code under them changes.
cmake -S . -B build-ci -G Ninja -DCMAKE_BUILD_TYPE=Debug -DVIPTILL_WERROR=ON -DVIPTILL_BENCHMARKS=ON
cmake --build build-ci -j "$jobs"
ctest --test-dir build-ci -j "$jobs" --output-on-failure

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DVIPTILL_WERROR=ON -DVIPTILL_SANITIZE=ON
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan -j "$jobs" --output-on-failure

# Hostile input: each libFuzzer target runs for a bounded time (clang).
bash scripts/fuzz.sh
