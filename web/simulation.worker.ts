/**
 * The simulation worker: runs the replications the page sends and answers with their outputs.
 * The engine is imported here only, so the page's thread never runs a simulation and stays responsive.
 */
import { runReplication } from "../src/scenario/index.js";
import { runReplicationJob } from "./app/replication-job.js";
import { truckTimesOutput } from "./app/truck-times-output.js";
import type { RunJob, WorkerReply } from "./app/worker-protocol.js";

// The project's lib is DOM, not WebWorker: describe the little of the worker scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RunJob>) => void) | null;
  postMessage(message: WorkerReply): void;
};

scope.onmessage = (event) => runReplicationJob(event.data, runReplication, (message) => scope.postMessage(message), truckTimesOutput);
