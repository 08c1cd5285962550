#!/usr/bin/env bash
# What a grid point costs once a sweep is under way, without the process's start (the silo, the JIT warming up):
# times a one-run-per-point sweep of bench/scenarios/sweep-benchmark.yaml over 50,000 and over 250,000 points and
# divides the difference by 200,000. Prints µs of wall time and of CPU a point, medians over ROUNDS (default 3).
#   bench/steady-rate.sh ENGINE WORKERS      e.g. bench/steady-rate.sh batch 2; then bench/steady-rate.sh batch 1
# Uses `negosim` from PATH (the installed tool, see the README), or NEGOSIM=/path/to/negosim.
set -euo pipefail
engine=${1:?engine: batch, direct or grains}
workers=${2:?workers: 1 or 2}
rounds=${ROUNDS:-3}
negosim=${NEGOSIM:-negosim}
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Median wall and CPU seconds of one sweep over `step`-spaced pressure values.
median_of() {
    local step=$1 end=$2 times=()
    for _ in $(seq "$rounds"); do
        /usr/bin/time -o "$out/time" -f "%e %U %S" "$negosim" sweep "$here/scenarios/sweep-benchmark.yaml" \
            --vary "pressure=0:$step:$end" --engine "$engine" --workers "$workers" --out "$out/rows.csv" --force \
            >/dev/null 2>&1
        times+=("$(tail -1 "$out/time")")
    done
    local wall cpu middle=$(((rounds + 1) / 2))
    wall=$(printf '%s\n' "${times[@]}" | awk '{ print $1 }' | sort -g | sed -n "${middle}p")
    cpu=$(printf '%s\n' "${times[@]}" | awk '{ print $2 + $3 }' | sort -g | sed -n "${middle}p")
    echo "$wall $cpu"
}

read -r short_wall short_cpu < <(median_of 0.00002 0.99998)
read -r long_wall long_cpu < <(median_of 0.000004 0.999996)
awk -v e="$engine" -v w="$workers" -v sw="$short_wall" -v lw="$long_wall" -v sc="$short_cpu" -v lc="$long_cpu" 'BEGIN {
    printf "%s, %s worker(s): %.1f µs a point (wall), %.1f µs of CPU a point; 50,000 points %.2f s, 250,000 points %.2f s\n",
        e, w, (lw - sw) / 0.2, (lc - sc) / 0.2, sw, lw }'
