#!/usr/bin/env bash
# Benchmarks (not part of the test run). Usage: scripts/bench.sh NAME [options]
#   election [--heights N --miners M --seed S --real-vrf]   POCI election shares vs. powers (chi-square)
#   protocol                                                 JMH: header decode+hash, seal recovery, ECVRF, claim, MPT proof
#   devnet [--transfers N --threads T --batch B --block-time-ms MS --anvil PATH|none]   transfers/s to inclusion, devnet vs Anvil
#   lightclient [--blocks N --miners M --skip-blocks N]      light-client full-sync headers/s and skip-sync time
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:-}; shift || true
mvn -q -B -DskipTests package -pl bench -am >target-bench-build.log 2>&1 || { cat target-bench-build.log; exit 1; }
rm -f target-bench-build.log
cp="bench/target/classes:bench/target/lib/*"
case "$name" in
  election) exec java -cp "$cp" net.utilitynet.bench.ElectionSimulation "$@" ;;
  devnet) exec java -cp "$cp" net.utilitynet.bench.DevnetTransferBench "$@" ;;
  protocol) exec java -cp "$cp" net.utilitynet.bench.ProtocolBench "$@" ;;
  lightclient) exec java -cp "$cp" net.utilitynet.bench.lightclient.LightClientSyncBench "$@" ;;
  *) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
