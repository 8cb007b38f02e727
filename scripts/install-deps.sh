#!/usr/bin/env bash
# Installs what building, running and testing VipTill needs on Debian 12.
# Runs as root (CI) or through sudo.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  build-essential cmake ninja-build pkg-config clang-format clang-14 libclang-rt-14-dev \
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-charts-dev libqt6opengl6-dev \
  libqt6sql6-sqlite libsqlite3-dev sqlite3 libcsv-dev libsodium-dev libicu-dev libnfc-dev \
  libpq-dev postgresql-15 \
  libgtest-dev libgmock-dev libbenchmark-dev \
  libgl-dev xvfb xauth libzint-dev fonts-noto-cjk fonts-dejavu-core libpoppler-qt6-dev
