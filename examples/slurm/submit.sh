#!/usr/bin/env bash
# Runs a borderflow study on a Slurm cluster: an N-task job array, one shard per task, and a merge
# job that starts when every task has succeeded (and is cancelled if one fails).
#
#   examples/slurm/submit.sh N OUTDIR COMMAND [FILE...] [OPTIONS...]
#   examples/slurm/submit.sh 8 results/seals sweep scenarios/seals.json --set seals.share=0,0.5,1 --replications 40
#
# Run it from the repository root (the jobs start there). The result is OUTDIR/result.json, the
# bytes `borderflow COMMAND ... --format json` gives on one machine; set BORDERFLOW_FORMAT=csv or
# table for another format. Extra sbatch options (partition, account, time) go in SBATCH_OPTIONS, and
# options for the merge job alone in MERGE_SBATCH_OPTIONS: the merge of an `optimize` study runs the
# rest of its procedure on the merge job's CPUs (MERGE_SBATCH_OPTIONS="--cpus-per-task=8").
# Prints the two job ids: ARRAY_ID MERGE_ID.
set -euo pipefail

if [ "$#" -lt 3 ]; then
  echo "usage: $0 N OUTDIR COMMAND [FILE...] [OPTIONS...]" >&2
  exit 2
fi
n="$1"
out="$2"
shift 2
if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
  echo "$0: N must be a whole number >= 1, got \"$n\"" >&2
  exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$out"
read -r -a extra <<< "${SBATCH_OPTIONS:-}"
read -r -a merge_extra <<< "${MERGE_SBATCH_OPTIONS:-}"
command="$1"
array=$(sbatch --parsable "${extra[@]}" --array="0-$((n - 1))" --output="$out/shard-%A_%a.log" \
  "$here/shard.sbatch" "$out" "$@")
array="${array%%;*}" # --parsable prints "jobid" or "jobid;cluster"
merge=$(sbatch --parsable "${extra[@]}" "${merge_extra[@]}" --dependency="afterok:$array" --kill-on-invalid-dep=yes --output="$out/merge-%j.log" \
  "$here/merge.sbatch" "$out" "$n" "${BORDERFLOW_FORMAT:-json}" "$command")
echo "${array} ${merge%%;*}"
