#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets (build-fuzz, clang) and runs each one for a while on a scratch copy
# of its seed corpus, so the committed corpus never grows by accident.
#
#   tests/fuzz/run-fuzzers.sh [seconds-per-target] [--keep-going] [--only NAME]
#   tests/fuzz/run-fuzzers.sh --replay-crashers
#
# Prints one line per target ("fuzz_x: N execs in S s, K crashes") and exits non-zero if any target
# crashed (or could not run). Crash inputs are copied to $BUILD_DIR/fuzz-artifacts/.
# --replay-crashers only runs each file in crashers/ once through its target (to check a fix).
# --keep-going runs libFuzzer in fork mode and carries on after a crash (for long runs that should
# not stop at the first known bug); crashes still make the exit status non-zero.
# Environment: BUILD_DIR (default <repo>/build-fuzz), JOBS (build parallelism, default 2),
# FUZZ_JOBS (parallel fuzzing jobs per target with --keep-going, default 1).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="${BUILD_DIR:-$repo/build-fuzz}"
seconds=20
keep_going=0
replay=0
only=""
while [[ $# -gt 0 ]]; do
    case "$1" in
    --keep-going) keep_going=1 ;;
    --replay-crashers) replay=1 ;;
    --only) only="$2"; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) if [[ "$1" =~ ^[0-9]+$ ]]; then seconds="$1"; else echo "unknown argument: $1" >&2; exit 2; fi ;;
    esac
    shift
done

CC="${CC:-clang}" CXX="${CXX:-clang++}" cmake -S "$repo" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRUNAI_FUZZ=ON -DRUNAI_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target runai_fuzzers -j "${JOBS:-2}" >/dev/null

if [[ $replay == 1 ]]; then
    # File names start with the target's name: fuzz_x-what-it-is.
    status=0
    for f in "$here"/crashers/fuzz_*; do
        [[ -f "$f" ]] || continue
        target="$(basename "$f")"
        target="${target%%-*}"
        if "$build/tests/fuzz/$target" "$f" >/dev/null 2>&1; then
            echo "$(basename "$f"): passes now (move it to corpus/$target/)"
        else
            echo "$(basename "$f"): still fails"
            status=1
        fi
    done
    exit $status
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"

# UB must stop the run; leaks are checked at exit of each input batch as usual.
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=0
for src in "$here"/fuzz_*.cpp; do
    name="$(basename "$src" .cpp)"
    [[ -n "$only" && "$name" != "$only" ]] && continue
    bin="$build/tests/fuzz/$name"
    corpus="$work/corpus/$name"
    mkdir -p "$corpus" "$work/out/$name"
    if [[ -d "$here/corpus/$name" ]]; then
        cp -r "$here/corpus/$name/." "$corpus/"
    fi
    args=(-max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048
          -artifact_prefix="$work/out/$name/")
    [[ -f "$here/dict/$name.dict" ]] && args+=(-dict="$here/dict/$name.dict")
    if [[ $keep_going == 1 ]]; then
        args+=(-fork="${FUZZ_JOBS:-1}" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
    fi
    log="$work/$name.log"
    start=$(date +%s)
    rc=0
    "$bin" "${args[@]}" "$corpus" >"$log" 2>&1 || rc=$?
    elapsed=$(( $(date +%s) - start ))
    if [[ $keep_going == 1 ]]; then
        execs=$(grep -oE '^#[0-9]+: cov:' "$log" | tail -1 | tr -dc '0-9' || true)
    else
        execs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | tail -1 | tr -dc '0-9' || true)
    fi
    crashes=$(find "$work/out/$name" -type f | wc -l)
    echo "$name: ${execs:-0} execs in $elapsed s, $crashes crashes"
    if [[ $crashes -gt 0 ]]; then
        failed=1
        cp "$work/out/$name"/* "$artifacts/" 2>/dev/null || true
        # A long --keep-going run can save hundreds of inputs for one bug: show a few.
        shown=0
        for f in "$work/out/$name"/*; do
            [[ $shown -ge 3 ]] && { echo "  ... and $((crashes - shown)) more in $artifacts/"; break; }
            echo "  crash input: $artifacts/$(basename "$f") (reproduce: $bin $artifacts/$(basename "$f"))"
            shown=$((shown + 1))
        done
        grep -m3 -E 'invariant violated|runtime error|ERROR: AddressSanitizer|ERROR: LeakSanitizer' "$log" \
            | sed 's/^/  /' || true
    elif [[ $rc -ne 0 ]]; then
        failed=1
        echo "  $name exited with status $rc without a crash input; last lines of its log:"
        tail -n 15 "$log" | sed 's/^/  /'
    fi
done
exit $failed
