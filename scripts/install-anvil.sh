#!/usr/bin/env bash
# Installs Foundry's Anvil (an independent Ethereum dev node) from npm for the protocol
# integration test. Idempotent: a second run finds the binary and only prints its path.
# Usage: scripts/install-anvil.sh   -> prints the absolute path of the anvil binary on stdout.
set -euo pipefail

ANVIL_PACKAGE="@foundry-rs/anvil-linux-amd64"
ANVIL_VERSION="1.7.1"
PREFIX="${HOME}/.cache/utilitynet/anvil"
BIN="${PREFIX}/bin/anvil"

if [[ -x "${BIN}" ]] && "${BIN}" --version 2>/dev/null | grep -q "${ANVIL_VERSION}"; then
  echo "${BIN}"
  exit 0
fi

if [[ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]]; then
  echo "install-anvil.sh: only linux x86_64 is packaged here (found $(uname -s)-$(uname -m)); set ANVIL to an anvil binary instead" >&2
  exit 1
fi
command -v npm >/dev/null || { echo "install-anvil.sh: npm is required; install Node.js first" >&2; exit 1; }

mkdir -p "${PREFIX}/bin"
npm install --silent --no-audit --no-fund --prefix "${PREFIX}" "${ANVIL_PACKAGE}@${ANVIL_VERSION}" >&2
# The package ships the executable somewhere under its folder; find it rather than guess the layout.
FOUND="$(find "${PREFIX}/node_modules/${ANVIL_PACKAGE}" -type f -name anvil | head -n 1)"
if [[ -z "${FOUND}" ]]; then
  echo "install-anvil.sh: no 'anvil' executable inside ${PREFIX}/node_modules/${ANVIL_PACKAGE}" >&2
  exit 1
fi
chmod +x "${FOUND}"
ln -sf "${FOUND}" "${BIN}"
"${BIN}" --version >&2
echo "${BIN}"
