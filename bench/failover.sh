#!/usr/bin/env bash
# What a silo killed mid-sweep costs (issue 34's target: at most about 3 s without rows). Starts a Redis (port PORT,
# default 6392) and three silos (the first with the Orleans Dashboard on DASHBOARD, default 8092), runs the README's
# sweep benchmark (bench/scenarios/sweep-benchmark.yaml, 4 points x RUNS runs; default 150,000 = 600,000 runs) on the
# cluster, kills the second silo with kill -9 once 2 MB of rows are written, and prints the longest time the output
# file did not grow after the kill (sampled every 50 ms), the whole sweep's time, the dashboard's answers meanwhile
# (polled every 200 ms) and the survivors' log. Then it compares the file with a one-process sweep's, byte for byte.
#   bench/failover.sh [RUNS]
# Uses `negosim` from PATH (the installed tool, see the README), or NEGOSIM=/path/to/negosim; needs redis-server,
# curl and python3 (for the sampling only).
set -euo pipefail
runs=${1:-150000}
port=${PORT:-6392}
board=${DASHBOARD:-8092}
negosim=${NEGOSIM:-negosim}
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
pids=()
cleanup() {
    if [ ${#pids[@]} -gt 0 ]; then
        kill "${pids[@]}" 2>/dev/null || true
        wait "${pids[@]}" 2>/dev/null || true
    fi
    redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || true
    rm -rf "$out"
}
trap cleanup EXIT

redis-server --port "$port" --save "" --appendonly no --daemonize yes >/dev/null
until redis-cli -p "$port" ping >/dev/null 2>&1; do sleep 0.1; done
for i in 1 2 3; do
    extra=()
    [ "$i" = 1 ] && extra=(--dashboard "$board")
    "$negosim" silo --cluster "127.0.0.1:$port" "${extra[@]}" >"$out/silo$i.log" 2>&1 &
    pids+=($!)
    until grep -q joined "$out/silo$i.log" 2>/dev/null; do sleep 0.2; done
done
victim=${pids[1]}

sweep=(sweep "$here/scenarios/sweep-benchmark.yaml" --vary pressure=0.3:0.1:0.6 --runs "$runs" --seed 9)
"$negosim" "${sweep[@]}" --out "$out/local.csv" >/dev/null 2>&1
(while sleep 0.2; do curl -s -m 5 -o /dev/null -w '%{http_code}\n' "http://127.0.0.1:$board/DashboardCounters" || true; done >"$out/dashboard.txt") &
pids+=($!)
"$negosim" "${sweep[@]}" --cluster "127.0.0.1:$port" --out "$out/cluster.csv" >/dev/null 2>"$out/sweep.err" &
sweeper=$!
VICTIM=$victim SWEEPER=$sweeper ROWS="$out/cluster.csv" python3 - <<'PY'
import os, time
rows, victim, sweeper = os.environ["ROWS"], int(os.environ["VICTIM"]), int(os.environ["SWEEPER"])
start = time.time(); size = 0; grew = None; killed = None; longest = 0.0
while True:
    now = time.time() - start
    current = os.path.getsize(rows) if os.path.exists(rows) else 0
    if current != size:
        if killed is not None and grew is not None:
            longest = max(longest, now - max(grew, killed))
        size, grew = current, now
    if killed is None and size > 2_000_000:
        os.kill(victim, 9); killed = now
    try:
        os.kill(sweeper, 0)
    except ProcessLookupError:
        break
    if os.path.exists(f"/proc/{sweeper}/stat") and open(f"/proc/{sweeper}/stat").read().split()[2] == "Z":
        break
    time.sleep(0.05)
print(f"killed a silo {killed:.1f} s into the sweep; longest time without rows after it: {longest:.2f} s; sweep {now:.1f} s")
PY
wait "$sweeper" && echo "sweep: exit 0" || echo "sweep: exit $?"
echo "dashboard answers while the sweep ran: $(sort "$out/dashboard.txt" | uniq -c | tr '\n' ' ')"
cmp -s "$out/local.csv" "$out/cluster.csv" && echo "rows: identical to a one-process sweep" || echo "rows: DIFFERENT from a one-process sweep"
for i in 1 3; do echo "--- silo $i's log"; cat "$out/silo$i.log"; done
