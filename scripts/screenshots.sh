#!/usr/bin/env bash
# Writes a PNG of every page in both themes: shots/<page>-<light|dark>.png, and in Chinese:
# shots/<page>-light-zh.png.
# Starts the real GUI under Xvfb (a virtual X display) with a fresh, throw-away data directory;
# installs Xvfb, GTK 3, ImageMagick and x11-utils from Debian packages when they are missing.
#   scripts/screenshots.sh            # all pages, both themes
#   SHOTS_DIR=/tmp/x scripts/screenshots.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${SHOTS_DIR:-$root/shots}"

missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v import >/dev/null || missing+=(imagemagick)
command -v xdpyinfo >/dev/null || missing+=(x11-utils)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
# A font with Chinese glyphs, for the 简体中文 shots (desktops with Chinese installed have one).
{ command -v fc-list >/dev/null && fc-list :lang=zh | grep -q .; } || missing+=(fonts-wqy-microhei)
if ((${#missing[@]})); then
  echo "screenshots: installing ${missing[*]}…" >&2
  sudo_cmd=""
  [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A free display number: the first without a lock file.
display=99
while [[ -e "/tmp/.X${display}-lock" ]]; do display=$((display + 1)); done

data_dir="$(mktemp -d)"
Xvfb ":$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
cleanup() { kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$data_dir"; }
trap cleanup EXIT

for _ in $(seq 1 50); do
  DISPLAY=":$display" xdpyinfo >/dev/null 2>&1 && break
  sleep 0.1
done

mkdir -p "$out"
DISPLAY=":$display" "$root/utilitynet" --data-dir "$data_dir" gui --screenshots "$out"
echo "screenshots: wrote $(ls "$out"/*.png | wc -l) PNGs to $out" >&2
if grep -E ' (ERROR|WARN) ' "$data_dir/logs/utilitynet.log" >&2; then
  echo "screenshots: the app logged warnings or errors (above)." >&2
  exit 1
fi
