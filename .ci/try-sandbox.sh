#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Command 1 of the README: install the packages, build, and open the program connected to a
# sandbox control plane started in-process (no real Run:ai console needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target runai-access
exec build/app/runai-access --sandbox "$@"
