#!/bin/bash
# CPU used per part of the local stack over an interval, in cores, from /proc (user + system time).
# Usage: docs/bench/cpu-per-process.sh <seconds>   (run it while a load runs; see docs/benchmarks.md)
# Only processes that live through the whole interval are counted.
set -euo pipefail
export LC_ALL=C   # sort and join must agree on the order
seconds=${1:?seconds}

snapshot() {
  for dir in /proc/[0-9]*; do
    [ -r "$dir/stat" ] || continue
    # utime and stime, counted after the command name, which may hold spaces: "pid (name) state ..."
    ticks=$(sed 's/^.*) //' "$dir/stat" 2>/dev/null | awk '{print $12 + $13}') || continue
    command=$(tr '\0' ' ' < "$dir/cmdline" 2>/dev/null) || continue
    echo "${dir#/proc/} $ticks $command"
  done | sort
}

part() {
  case "$1" in
    *StatusLoadGenerator*) echo load-generator ;;
    *availability-service*) echo availability-service ;;
    *matching-service*) echo matching-service ;;
    *intake-service*) echo intake-service ;;
    *notification-service*) echo notification-service ;;
    *web/target*) echo web ;;
    *LocalStack*) echo kafka ;;
    *keycloak*) echo keycloak ;;
    *postgres*) echo postgresql ;;
    *) echo other ;;
  esac
}

before=$(mktemp); after=$(mktemp); trap 'rm -f "$before" "$after"' EXIT
snapshot > "$before"; sleep "$seconds"; snapshot > "$after"
ticks_per_second=$(getconf CLK_TCK)
join <(awk '{print $1, $2}' "$before") "$after" | while read -r pid was now command; do
  if [ "$now" -gt "$was" ]; then echo "$(part "$command") $((now - was))"; fi
done | awk -v s="$seconds" -v hz="$ticks_per_second" '{ used[$1] += $2 }
  END { for (p in used) printf "%-22s %.2f cores\n", p, used[p] / hz / s }' | sort -k2 -nr
