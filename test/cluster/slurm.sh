#!/usr/bin/env bash
# npm run test:cluster: proves --shard and merge on a real Slurm cluster of one node (this machine).
# Installs Debian's slurm-wlm and munge if missing, starts munged, slurmctld and slurmd with a key and
# a minimal configuration made in a temporary folder, submits examples/slurm/submit.sh (a 4-task job
# array and a dependent merge job) for a border study, a sweep and an optimisation, waits, and checks that each
# merged result equals the unsharded run byte for byte. Stops the daemons it started, also on failure.
# Needs root (or sudo) to install packages and to run slurmd. Prints PASS or FAIL; exits 1 on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"

tmp="$(mktemp -d /tmp/borderflow-cluster.XXXXXX)"
pids=()
status="FAIL"
say() { printf 'test:cluster: %s\n' "$*"; }
fail() {
  say "FAIL: $*"
  exit 1
}
cleanup() {
  local code=$?
  # Stop only the daemons this script started, by their pid, newest first.
  for ((k = ${#pids[@]} - 1; k >= 0; k--)); do
    kill "${pids[k]}" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$status" != "PASS" ]; then
    for log in "$tmp"/log/*.log "$tmp"/out/*/*.log; do
      [ -s "$log" ] || continue
      echo "----- $log (last lines)"
      tail -n 15 "$log"
    done
    say "FAIL (logs above; folder kept: $tmp)"
    [ "$code" -eq 0 ] && code=1
  else
    rm -rf "$tmp"
  fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. Packages.
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  say "installing slurm-wlm and munge"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq slurm-wlm munge >/dev/null
fi
if [ "$(id -u)" -ne 0 ]; then fail "slurmd must run as root here (it starts jobs as their user); run as root"; fi
[ -f dist/src/cli/main.js ] || npm run build:cli >/dev/null

# 2. munge, with a key made on the spot and its own socket.
mkdir -p "$tmp"/munge "$tmp"/log "$tmp"/state "$tmp"/spool "$tmp"/out
chmod 700 "$tmp"/munge
dd if=/dev/urandom of="$tmp/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$tmp/munge/munge.key"
socket="$tmp/munge/munge.socket"
munged --force --key-file="$tmp/munge/munge.key" --socket="$socket" --pid-file="$tmp/munge/munged.pid" \
  --log-file="$tmp/log/munged.log" --seed-file="$tmp/munge/munged.seed" ||
  fail "munged did not start (see $tmp/log/munged.log)"
pids+=("$(cat "$tmp/munge/munged.pid")")
munge --socket="$socket" -n | unmunge --socket="$socket" >/dev/null || fail "munge cannot encode and decode a credential"

# 3. Slurm: one node, this machine, with its real CPU count and memory; ports away from a system Slurm.
host="$(hostname -s)"
node="$(slurmd -C | head -n 1)" # NodeName=... CPUs=... RealMemory=...
cpus="$(sed -n 's/.* CPUs=\([0-9]*\).*/\1/p' <<< "$node")"
memory="$(sed -n 's/.* RealMemory=\([0-9]*\).*/\1/p' <<< "$node")"
[ -n "$cpus" ] && [ -n "$memory" ] || fail "slurmd -C did not give the node's CPUs and memory: $node"
export SLURM_CONF="$tmp/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=borderflow-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/log/slurmctld.log
SlurmdLogFile=$tmp/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SchedulerType=sched/backfill
ReturnToService=2
MinJobAge=600
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld -c || fail "slurmctld did not start (see $tmp/log/slurmctld.log)"
for _ in $(seq 1 50); do [ -s "$tmp/slurmctld.pid" ] && break; sleep 0.2; done
pids+=("$(cat "$tmp/slurmctld.pid")")
slurmd || fail "slurmd did not start (see $tmp/log/slurmd.log)"
for _ in $(seq 1 50); do [ -s "$tmp/slurmd.pid" ] && break; sleep 0.2; done
pids+=("$(cat "$tmp/slurmd.pid")")
ready=""
for _ in $(seq 1 60); do
  state="$(sinfo -h -n "$host" -o %t 2>/dev/null || true)"
  if [ "$state" = "idle" ] || [ "$state" = "mix" ]; then ready=1; break; fi
  sleep 1
done
[ -n "$ready" ] || fail "node $host did not become idle (sinfo says \"${state:-nothing}\")"
say "Slurm up: node $host, $cpus CPUs, $memory MB"

# 4. The studies: each through the example scripts (4-task array + merge), then unsharded here.
export BORDERFLOW="node $root/bin/borderflow.js"
border=(run scenarios/baseline.json --set days=10 --set warmupDays=2 --replications 6)
sweep=(sweep scenarios/tandem.json --set stations.0.servers=1,2 --set horizon=3000 --set warmup=300 --replications 5)
# 6 configurations run whole: the shards run their first stage, the merge job runs the rest on 2 workers.
optimize=(optimize scenarios/mmc-staffing.study.json --horizon 20000 --warmup 1000)

# Waits for a job to end; prints its final state.
wait_job() {
  local id="$1" state=""
  for _ in $(seq 1 600); do
    state="$(scontrol show job "$id" -o 2>/dev/null | grep -o 'JobState=[A-Z_]*' | head -n 1 | cut -d= -f2 || true)"
    case "$state" in
      COMPLETED | FAILED | CANCELLED | TIMEOUT | NODE_FAIL | OUT_OF_MEMORY | BOOT_FAIL | DEADLINE | PREEMPTED) echo "$state"; return 0 ;;
    esac
    sleep 1
  done
  echo "${state:-UNKNOWN}(timeout)"
}

check() {
  local name="$1" format="$2"
  shift 2
  local out="$tmp/out/$name"
  local ids
  # One CPU a task, so that this small node runs two shards at once.
  ids="$(BORDERFLOW_FORMAT="$format" SBATCH_OPTIONS="--cpus-per-task=1" MERGE_SBATCH_OPTIONS="${MERGE_SBATCH_OPTIONS:-}" examples/slurm/submit.sh 4 "$out" "$@")" ||
    fail "$name: sbatch refused the jobs"
  read -r array merge <<< "$ids"
  say "$name: array job $array (4 tasks), merge job $merge"
  local merge_state
  merge_state="$(wait_job "$merge")"
  local tasks
  tasks="$(scontrol show job "$array" -o | grep -o 'JobState=[A-Z_]*' | sort | uniq -c | tr -s ' ' | tr '\n' ' ')"
  say "$name: array tasks:${tasks}; merge $merge_state"
  [ "$merge_state" = "COMPLETED" ] || fail "$name: the merge job ended $merge_state"
  local parts
  parts="$(ls "$out"/part-*-of-4.json | wc -l)"
  [ "$parts" -eq 4 ] || fail "$name: $parts part files, expected 4"
  $BORDERFLOW "$@" --format "$format" --quiet > "$out/unsharded.$format"
  cmp "$out/result.$format" "$out/unsharded.$format" || fail "$name: the merged result differs from the unsharded run"
  say "$name: merged result = unsharded run, byte for byte ($(wc -c < "$out/result.$format") bytes, $format)"
}

check border json "${border[@]}"
check sweep csv "${sweep[@]}"
MERGE_SBATCH_OPTIONS="--cpus-per-task=2" check optimize table "${optimize[@]}"
grep -q "^borderflow merge: [0-9]* of the [0-9]* replications came from the 4 parts" "$tmp"/out/optimize/merge-*.log ||
  fail "optimize: the merge job's log does not say how many replications came from the parts"

status="PASS"
say "PASS"
