#!/usr/bin/env bash
# How much a second silo gives a cluster sweep on one 2-core machine, each silo pinned to a core as a stand-in for a
# machine of its own: starts a Redis (port 6390) and one silo on core 0, times ROUNDS sweeps of the README's sweep
# benchmark (bench/scenarios/sweep-benchmark.yaml, 4 points x RUNS runs; default 250,000 = 1,000,000 runs) after two
# warm-up sweeps, adds a silo on core 1, times them again, and prints each round, the medians and their ratio.
# The client is not pinned: it shares the two cores with the silos (see docs/cluster.md, "How fast").
#   bench/cluster-rate.sh [RUNS]            e.g. bench/cluster-rate.sh; ROUNDS=5 bench/cluster-rate.sh 100000
# Uses `negosim` from PATH (the installed tool, see the README), or NEGOSIM=/path/to/negosim; needs redis-server.
set -euo pipefail
runs=${1:-250000}
rounds=${ROUNDS:-3}
port=${PORT:-6390}
negosim=${NEGOSIM:-negosim}
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
silos=()
cleanup() {
    if [ ${#silos[@]} -gt 0 ]; then
        kill "${silos[@]}" 2>/dev/null || true
        wait "${silos[@]}" 2>/dev/null || true
    fi
    redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || true
    rm -rf "$out"
}
trap cleanup EXIT

redis-server --port "$port" --save "" --appendonly no --daemonize yes >/dev/null
until redis-cli -p "$port" ping >/dev/null 2>&1; do sleep 0.1; done

# Starts a silo pinned to core $1 and waits for its "joined" line.
silo() {
    taskset -c "$1" "$negosim" silo --cluster "127.0.0.1:$port" >"$out/silo$1.log" 2>&1 &
    silos+=($!)
    until grep -q "joined the cluster" "$out/silo$1.log"; do
        kill -0 "${silos[-1]}" 2>/dev/null || { cat "$out/silo$1.log" >&2; exit 1; }
        sleep 0.2
    done
}

sweep() {
    "$@" "$negosim" sweep "$here/scenarios/sweep-benchmark.yaml" --vary pressure=0.3,0.4,0.5,0.6 --runs "$runs" \
        --cluster "127.0.0.1:$port" --out "$out/rows.csv" --force >/dev/null 2>&1
}

# Times ROUNDS sweeps after two warm-ups; prints each, and leaves the median wall time in $median.
rounds_of() {
    local walls=()
    sweep; sweep
    for i in $(seq "$rounds"); do
        sweep /usr/bin/time -o "$out/time" -f "%e %U %S"
        read -r wall user system <"$out/time"
        echo "  $1, round $i: $wall s (client $(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }') s of CPU)"
        walls+=("$wall")
    done
    median=$(printf '%s\n' "${walls[@]}" | sort -g | sed -n "$(((rounds + 1) / 2))p")
}

silo 0
rounds_of "one silo"
one=$median
silo 1
rounds_of "two silos"
two=$median
awk -v a="$one" -v b="$two" -v n="$((4 * runs))" \
    'BEGIN { printf "%d runs: one silo %.2f s, two silos %.2f s (medians): a second silo gives %.2fx\n", n, a, b, a / b }'
