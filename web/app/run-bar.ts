/** The elements of the bar that shows a run's progress. */
export interface RunBarElements {
  readonly cancel: HTMLButtonElement;
  readonly progress: HTMLProgressElement;
  readonly text: HTMLElement;
}

/**
 * The progress bar, its text and the cancel button, shared by comparisons and sweeps. Each run gets
 * a token; updates from a run that a newer one replaced are ignored, so a cancelled run's late
 * "failed" or "cancelled" never overwrites the progress of the run that followed it.
 */
export class RunBar {
  readonly #ui: RunBarElements;
  #token = 0;

  constructor(elements: RunBarElements) {
    this.#ui = elements;
  }

  /** Shows the bar for a new run of `total` replications; returns the run's token. */
  start(what: string, total: number): number {
    this.#ui.cancel.disabled = false;
    this.#token += 1;
    this.progress(this.#token, what, 0, total);
    return this.#token;
  }

  /** True while `token` names the latest run. */
  isCurrent(token: number): boolean {
    return token === this.#token;
  }

  /** Shows `done` of `total` replications, if `token` is the latest run. */
  progress(token: number, what: string, done: number, total: number): void {
    if (!this.isCurrent(token)) return;
    this.#ui.progress.hidden = false;
    this.#ui.progress.max = total;
    this.#ui.progress.value = done;
    this.#ui.text.textContent = `${what}: ${done} of ${total} replications done`;
  }

  /** Hides the bar and leaves `message`, if `token` is the latest run. */
  end(token: number, message: string): void {
    if (!this.isCurrent(token)) return;
    this.#ui.cancel.disabled = true;
    this.#ui.progress.hidden = true;
    this.#ui.text.textContent = message;
  }
}
