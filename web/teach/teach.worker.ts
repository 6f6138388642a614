/**
 * The teaching view's simulation worker: the engine runs here only, so the page's thread draws the
 * animation while a study runs, and the animation never waits for the simulation nor the reverse.
 */
import { runTeachJob } from "./teach-job.js";
import type { TeachJob, TeachReply } from "./teach-protocol.js";

// The project's lib is DOM, not WebWorker: describe the little of the worker scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<TeachJob>) => void) | null;
  postMessage(message: TeachReply, transfer: ArrayBuffer[]): void;
};

scope.onmessage = (event) => runTeachJob(event.data, (reply, transfer = []) => scope.postMessage(reply, transfer));
