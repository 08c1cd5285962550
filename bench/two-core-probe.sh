#!/usr/bin/env bash
# How much a second core gives on this machine right now: one CPU-bound job (an awk loop) alone, then two at once.
# Prints 2 x (time alone) / (time of two together): 2.0 on two idle cores; less when the host is busy or runs one
# core faster alone (turbo). Put it beside a sweep's 2-worker/1-worker ratio taken at the same time.
set -euo pipefail
loops=${1:-100000000}
job() { awk -v n="$loops" 'BEGIN { for (i = 0; i < n; i++) s += i % 7; if (s < 0) print s }'; }
t0=$(date +%s.%N); job; t1=$(date +%s.%N)
job & job & wait
t2=$(date +%s.%N)
awk -v t0="$t0" -v t1="$t1" -v t2="$t2" \
    'BEGIN { a = t1 - t0; b = t2 - t1; printf "one job %.2f s, two at once %.2f s: a second core gives %.2fx\n", a, b, 2 * a / b }'
