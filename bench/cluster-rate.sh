#!/usr/bin/env bash
# How much a second silo gives a cluster sweep on one 2-core machine, each silo pinned to a core as a stand-in for a
# machine of its own. Starts two clusters side by side, each with a Redis of its own (ports PORT and PORT+1, default
# 6390 and 6391): one of one silo on core 0, one of two silos on cores 0 and 1. Both are warmed up with WARMUPS sweeps
# each (default 4: a silo's sweeps grow faster over its first few million runs), then ROUNDS rounds (default 5) time
# one sweep on each, one after the other, so that both see the machine as it is at that moment. A sweep is the
# README's sweep benchmark (bench/scenarios/sweep-benchmark.yaml, 4 points x RUNS runs; default 250,000 = 1,000,000
# runs). Prints each round, the medians and their ratio, and stops what it started. The silos of the cluster not in
# use sit idle. The client is not pinned: it shares the two cores with the silos (see docs/cluster.md, "How fast").
#   bench/cluster-rate.sh [RUNS]            e.g. bench/cluster-rate.sh; ROUNDS=7 WARMUPS=2 bench/cluster-rate.sh 100000
# Uses `negosim` from PATH (the installed tool, see the README), or NEGOSIM=/path/to/negosim; needs redis-server.
set -euo pipefail
runs=${1:-250000}
rounds=${ROUNDS:-5}
warmups=${WARMUPS:-4}
port=${PORT:-6390}
negosim=${NEGOSIM:-negosim}
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
one=$port
two=$((port + 1))
silos=()
cleanup() {
    if [ ${#silos[@]} -gt 0 ]; then
        kill "${silos[@]}" 2>/dev/null || true
        wait "${silos[@]}" 2>/dev/null || true
    fi
    redis-cli -p "$one" shutdown nosave >/dev/null 2>&1 || true
    redis-cli -p "$two" shutdown nosave >/dev/null 2>&1 || true
    rm -rf "$out"
}
trap cleanup EXIT

for p in "$one" "$two"; do
    redis-server --port "$p" --save "" --appendonly no --daemonize yes >/dev/null
    until redis-cli -p "$p" ping >/dev/null 2>&1; do sleep 0.1; done
done

# Starts a silo pinned to core $1 in the cluster of Redis port $2 and waits for its "joined" line.
silo() {
    local log="$out/silo-$1-$2.log"
    taskset -c "$1" "$negosim" silo --cluster "127.0.0.1:$2" >"$log" 2>&1 &
    silos+=($!)
    until grep -q "joined the cluster" "$log"; do
        kill -0 "${silos[-1]}" 2>/dev/null || { cat "$log" >&2; exit 1; }
        sleep 0.2
    done
}

# One sweep on the cluster of Redis port $1; with more arguments, run under them (the timing).
sweep() {
    local cluster=$1
    shift
    "$@" "$negosim" sweep "$here/scenarios/sweep-benchmark.yaml" --vary pressure=0.3,0.4,0.5,0.6 --runs "$runs" \
        --cluster "127.0.0.1:$cluster" --out "$out/rows-$cluster.csv" --force >/dev/null 2>&1
}

# Times one sweep on the cluster of Redis port $1: prints "WALL CLIENT-CPU".
timed() {
    sweep "$1" /usr/bin/time -o "$out/time" -f "%e %U %S"
    awk '{ print $1, $2 + $3 }' "$out/time"
}

median() { printf '%s\n' "$@" | sort -g | sed -n "$((($# + 1) / 2))p"; }

silo 0 "$one"
silo 0 "$two"
silo 1 "$two"
for _ in $(seq "$warmups"); do
    sweep "$one"
    sweep "$two"
done

ones=()
twos=()
for i in $(seq "$rounds"); do
    read -r a ca < <(timed "$one")
    read -r b cb < <(timed "$two")
    awk -v i="$i" -v a="$a" -v ca="$ca" -v b="$b" -v cb="$cb" \
        'BEGIN { printf "  round %d: one silo %.2f s (client %.2f s of CPU), two silos %.2f s (client %.2f s): %.2fx\n", i, a, ca, b, cb, a / b }'
    ones+=("$a")
    twos+=("$b")
done

awk -v a="$(median "${ones[@]}")" -v b="$(median "${twos[@]}")" -v n="$((4 * runs))" \
    'BEGIN { printf "%d runs: one silo %.2f s, two silos %.2f s (medians): a second silo gives %.2fx\n", n, a, b, a / b }'
