#!/usr/bin/env bash
# Installs the Node.js tools of the interop tests (ethers v6) from npm into ~/.cache/utilitynet/node-tools.
# Idempotent: a second run finds the package and only prints the folder.
# Usage: scripts/install-node-tools.sh   -> prints the node-tools folder (its node_modules holds ethers).
set -euo pipefail

ETHERS_VERSION="6.13.5"
PREFIX="${HOME}/.cache/utilitynet/node-tools"

installed() {
  [[ -f "${PREFIX}/node_modules/ethers/package.json" ]] \
    && grep -q "\"version\": \"${ETHERS_VERSION}\"" "${PREFIX}/node_modules/ethers/package.json"
}

if installed; then
  echo "${PREFIX}"
  exit 0
fi
command -v npm >/dev/null || { echo "install-node-tools.sh: npm is required; install Node.js 18 or later first" >&2; exit 1; }
mkdir -p "${PREFIX}"
npm install --silent --no-audit --no-fund --prefix "${PREFIX}" "ethers@${ETHERS_VERSION}" >&2
installed || { echo "install-node-tools.sh: ethers ${ETHERS_VERSION} did not install into ${PREFIX}" >&2; exit 1; }
echo "${PREFIX}"
