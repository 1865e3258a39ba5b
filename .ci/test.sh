#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Command 2 of the README: install the packages, build, and run the whole test suite through CTest,
# against a real Secret Service (gnome-keyring in a private D-Bus session, fresh keyring each run).
# The suite is built with AddressSanitizer + UndefinedBehaviorSanitizer (-DRUNAI_SANITIZE=ON,
# -O1, Q_ASSERTs on): every test run is also a memory-error and undefined-behaviour check. This is
# what CI runs.
#   .ci/test.sh                   sanitized build in build-asan/
#   RUNAI_SANITIZE=0 .ci/test.sh  plain RelWithDebInfo build in build/ (faster tests, no checks)
# Extra arguments go to ctest, e.g. `.ci/test.sh -R tst_guiflow` or `-L keychain`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps.sh

build_dir=build
cmake_args=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "${CI:-}" = "true" ]; then cmake_args+=(-DRUNAI_WERROR=ON); fi
if [ "${RUNAI_SANITIZE:-1}" = "1" ]; then
    build_dir=build-asan
    cmake_args+=(-DRUNAI_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
    # Leaks inside third-party libraries (fontconfig, D-Bus) are suppressed by name, nothing else.
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
    if [ -f tests/sanitizer-suppressions.txt ]; then
        export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer-suppressions.txt:print_suppressions=0"
    fi
fi

cmake -S . -B "$build_dir" "${cmake_args[@]}" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"

# A throwaway keyring directory gives a fresh, unlocked 'login' collection every run.
XDG_DATA_HOME=$(mktemp -d)
XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_DATA_HOME XDG_RUNTIME_DIR
trap 'rm -rf "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"' EXIT
# DISPLAY must not reach the bus: a keychain prompt would then open a window and hang (toolchain.md).
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen

dbus-run-session -- bash -c '
    echo -n ci-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd "$1" && ctest --output-on-failure -j"$(nproc)" "${@:2}"
' _ "$build_dir" "$@"
