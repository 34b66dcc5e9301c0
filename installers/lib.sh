# Shared by installers/smoke.sh and installers/report.sh (sourced, not run).
# The caller sets `set -euo pipefail`, a scratch directory in $scratch and a cleanup trap that
# calls stop_all.

here="${here:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
out_dir="$here/target/out"

started_pids=()

say() { echo "${log_prefix:-installers}: $*" >&2; }
die() { echo "${log_prefix:-installers}: FAIL: $*" >&2; exit 1; }

# Stops every process this script started (by pid), TERM first, then KILL after 5 s.
stop_all() {
  local pid
  ((${#started_pids[@]})) || return 0
  for pid in "${started_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${started_pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  started_pids=()
}

# Stops one process started by this script and forgets it.
stop_pid() {
  local pid="$1" p kept=()
  for p in "${started_pids[@]}"; do [[ "$p" == "$pid" ]] || kept+=("$p"); done
  started_pids=(${kept[@]+"${kept[@]}"})
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Installs missing Debian packages (Xvfb, GTK 3 for JavaFX, xwininfo, curl). Only apt, nothing else.
ensure_tools() {
  local missing=()
  command -v Xvfb >/dev/null || missing+=(xvfb)
  command -v xwininfo >/dev/null || missing+=(x11-utils)
  command -v curl >/dev/null || missing+=(curl)
  command -v dpkg-deb >/dev/null || missing+=(dpkg)
  ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
  ldconfig -p 2>/dev/null | grep -q 'libXtst.so.6' || missing+=(libxtst6)
  if ((${#missing[@]})); then
    command -v apt-get >/dev/null || die "missing tools (${missing[*]}) and no apt-get to install them"
    local sudo_cmd=""
    [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
    say "installing ${missing[*]} (apt-get)…"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# The one .deb in installers/target/out.
find_deb() {
  local debs=("$out_dir"/utilitynet_*.deb)
  [[ -f "${debs[0]}" ]] || die "no .deb in $out_dir (run installers/build.sh)"
  ((${#debs[@]} == 1)) || die "several .deb files in $out_dir: ${debs[*]}"
  echo "${debs[0]}"
}

# unpack_deb DEB ROOT: the package's files under ROOT (as dpkg would install them, without running
# the maintainer scripts), its control files in ROOT/DEBIAN, and the /usr/bin/utilitynet link that
# postinst makes (pointing into ROOT), so that the command line runs through the same symlink.
unpack_deb() {
  local deb="$1" root="$2"
  mkdir -p "$root/DEBIAN" "$root/usr/bin"
  dpkg-deb -x "$deb" "$root"
  dpkg-deb -e "$deb" "$root/DEBIAN"
  grep -q 'ln -sfn /opt/utilitynet/bin/UtilityNet /usr/bin/utilitynet' "$root/DEBIAN/postinst" \
    || die "the .deb's postinst does not link /usr/bin/utilitynet"
  ln -sfn "$root/opt/utilitynet/bin/UtilityNet" "$root/usr/bin/utilitynet"
}

# A TCP port nobody listens on now (best effort; the caller fails clearly if it is taken meanwhile).
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 12000))   # below the kernel's ephemeral range (32768+)
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  die "no free TCP port found"
}

# Starts Xvfb on a free display (Xvfb picks it: -displayfd) and exports DISPLAY.
start_xvfb() {
  local fd_file="$scratch/xvfb.display"
  : >"$fd_file"
  Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$fd_file" >"$scratch/xvfb.log" 2>&1 &
  started_pids+=($!)
  xvfb_pid=$!
  for _ in $(seq 1 100); do
    [[ -s "$fd_file" ]] && break
    kill -0 "$xvfb_pid" 2>/dev/null || { cat "$scratch/xvfb.log" >&2; die "Xvfb did not start"; }
    sleep 0.1
  done
  [[ -s "$fd_file" ]] || die "Xvfb did not report a display within 10 s"
  export DISPLAY=":$(tr -d '[:space:]' <"$fd_file")"
}

# The id of a viewable top-level window whose title starts with "UtilityNet", or nothing.
app_window() {
  local id
  for id in $(xwininfo -root -tree 2>/dev/null | awk '/"UtilityNet/ {print $1}'); do
    if xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then echo "$id"; return 0; fi
  done
  return 0
}

# CPU time (user + system, ms) that process PID has used so far.
cpu_ms() {
  local stat fields tick
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || { echo 0; return 0; }
  read -ra fields <<<"${stat##*) }"   # fields after "pid (comm) ": state is [0], utime [11], stime [12]
  tick=$(getconf CLK_TCK)
  echo $(((fields[11] + fields[12]) * 1000 / tick))
}

# wait_window PID TIMEOUT_S: waits until the app (PID) shows its window; prints "MS CPU_MS": the
# wall-clock ms since START_NS (date +%s%N taken just before the start) and the CPU ms the process
# had used by then. Fails (2) if the process dies, (3) if the time runs out.
wait_window() {
  local pid="$1" timeout_s="$2" deadline now
  deadline=$(($(date +%s) + timeout_s))
  while :; do
    if [[ -n "$(app_window)" ]]; then
      now=$(date +%s%N)
      echo "$(((now - START_NS) / 1000000)) $(cpu_ms "$pid")"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || return 2
    (($(date +%s) < deadline)) || return 3
    sleep 0.02
  done
}
