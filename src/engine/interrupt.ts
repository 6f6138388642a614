/**
 * The error thrown into a process by `process.interrupt(cause)`, at the `yield` where the process
 * was waiting; that wait is abandoned. `cause` says why: whatever the interrupter passed, or a
 * `Preemption` when a resource took its server back. A process that does not catch it fails,
 * and `Simulation.run` throws.
 *
 * @example
 * const e = new Interrupt("radio call");
 * e.cause; // => "radio call"
 */
export class Interrupt extends Error {
  /** @param cause - why the process was interrupted; any value. */
  constructor(cause?: unknown) {
    super(cause === undefined ? "interrupted" : `interrupted: ${String(cause)}`, { cause });
    this.name = "Interrupt";
  }
}
