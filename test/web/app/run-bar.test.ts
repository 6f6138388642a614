// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { RunBar } from "../../../web/app/run-bar.js";

function bar(): { runBar: RunBar; cancel: HTMLButtonElement; progress: HTMLProgressElement; text: HTMLElement } {
  const cancel = document.createElement("button");
  const progress = document.createElement("progress");
  const text = document.createElement("span");
  return { runBar: new RunBar({ cancel, progress, text }), cancel, progress, text };
}

describe("run bar", () => {
  it("RunBar.start(what, total) shows the progress and enables cancel; end(token, message) hides it", () => {
    const { runBar, cancel, progress, text } = bar();
    const token = runBar.start("Comparison", 50);
    runBar.progress(token, "Comparison", 20, 50);
    expect([cancel.disabled, progress.hidden, progress.value, progress.max, text.textContent]).toEqual([false, false, 20, 50, "Comparison: 20 of 50 replications done"]);
    runBar.end(token, "Comparison done in 1.0 s.");
    expect([cancel.disabled, progress.hidden, text.textContent]).toEqual([true, true, "Comparison done in 1.0 s."]);
  });

  it("RunBar ignores a replaced run's late updates", () => {
    const { runBar, text } = bar();
    const old = runBar.start("Comparison", 50);
    const current = runBar.start("Sweep", 15);
    runBar.end(old, "Comparison cancelled");
    runBar.progress(old, "Comparison", 40, 50);
    expect(runBar.isCurrent(old)).toBe(false);
    expect(text.textContent).toBe("Sweep: 0 of 15 replications done");
    runBar.progress(current, "Sweep", 3, 15);
    expect(text.textContent).toBe("Sweep: 3 of 15 replications done");
  });
});
