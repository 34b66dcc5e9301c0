#!/usr/bin/env bash
# Bench command for the Linux package: package size, installed size and time to first window.
#
#   installers/report.sh                # uses the .deb in installers/target/out (build.sh first)
#   installers/report.sh --build        # runs installers/build.sh --types "app-image deb" first
#   installers/report.sh --runs 5       # time to first window: median of 5 starts (default 3)
#
# Installed size: du of the .deb unpacked into a temp root (what dpkg would put on disk).
# Time to first window: from just before the launcher starts (a fresh data directory each run, as
# on a first start) until a viewable top-level window titled "UtilityNet…" exists on the Xvfb
# display, polled with xwininfo every 20 ms. Each start is stopped once its window is up. The CPU
# time the app had used by then is printed too: on a shared machine the wall time mostly measures
# the other processes (the load average is printed with each start).
# Targets: installed size <= 150 MB, first window <= 3 s.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log_prefix="report"
# shellcheck source=installers/lib.sh
source "$here/lib.sh"

build=0
runs=3
build_args=()
while (($#)); do
  case "$1" in
    --build) build=1 ;;
    --offline) build_args+=(--offline) ;;
    --runs) shift; runs="${1:?--runs needs a number}"; [[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive number" ;;
    -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "report.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

scratch="$(mktemp -d "${TMPDIR:-/tmp}/utilitynet-report.XXXXXX")"
cleanup() { stop_all; rm -rf "$scratch"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_tools
if ((build)); then "$here/build.sh" ${build_args[@]+"${build_args[@]}"} --types "app-image deb"; fi
deb="$(find_deb)"
root="$scratch/root"
unpack_deb "$deb" "$root"
cli="$root/usr/bin/utilitynet"

deb_bytes=$(stat -c %s "$deb")
installed_kb=$(du -sk "$root/opt/utilitynet" | cut -f1)
runtime_kb=$(du -sk "$root/opt/utilitynet/lib/runtime" | cut -f1)
app_kb=$(du -sk "$root/opt/utilitynet/lib/app" | cut -f1)

start_xvfb
times=()
cpus=()
cd "$scratch"   # a JVM crash report (hs_err_pid*.log) lands here
for i in $(seq 1 "$runs"); do
  data_dir="$scratch/data-$i"
  START_NS=$(date +%s%N)
  "$cli" --data-dir "$data_dir" >"$scratch/gui-$i.out" 2>&1 &
  pid=$!
  started_pids+=("$pid")
  result="$(wait_window "$pid" 120)" || { cat "$scratch/gui-$i.out" >&2; die "start $i: no window (the app exited or 120 s passed)"; }
  read -r ms cpu <<<"$result"
  times+=("$ms")
  cpus+=("$cpu")
  say "start $i: first window after $ms ms ($cpu ms of CPU, load $(cut -d' ' -f1 /proc/loadavg))"
  stop_pid "$pid"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
median_ms="$(median "${times[@]}")"
median_cpu="$(median "${cpus[@]}")"

mb() { awk -v k="$1" 'BEGIN {printf "%.1f MB", k / 1024}'; }
verdict() { if (($1)); then echo "ok"; else echo "OVER TARGET"; fi; }
echo "UtilityNet package report ($(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
echo "  package          $(basename "$deb"): $(mb $((deb_bytes / 1024)))"
echo "  installed size   $(mb "$installed_kb") (runtime $(mb "$runtime_kb"), app jars $(mb "$app_kb"))   target <= 150 MB: $(verdict $((installed_kb <= 150 * 1024)))"
echo "  first window     median $median_ms ms of ${times[*]} ms   target <= 3000 ms: $(verdict $((median_ms <= 3000)))"
echo "                   CPU used by then: median $median_cpu ms of ${cpus[*]} ms (user+sys, all threads; less load-dependent than wall time)"
