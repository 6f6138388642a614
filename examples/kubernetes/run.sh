#!/usr/bin/env bash
# Runs the study in shards-job.yaml on the current kubectl context, then merges it:
# applies the Indexed Job, waits for every index to complete, applies the merge Job, waits, and
# copies the merged result to ./result.json (from the merge job's log).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
kubectl apply -f "$here/shards-job.yaml"
kubectl wait --for=condition=complete job/borderflow-shards --timeout="${TIMEOUT:-24h}"
kubectl apply -f "$here/merge-job.yaml"
kubectl wait --for=condition=complete job/borderflow-merge --timeout=1h
kubectl logs job/borderflow-merge > result.json
echo "result.json written"
