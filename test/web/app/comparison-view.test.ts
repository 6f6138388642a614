// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runReplication, type ReplicationOutput } from "../../../src/scenario/index.js";
import { bundleScenarios } from "../../../web/app/bundled-scenarios.js";
import { comparisonView, type ComparisonRun } from "../../../web/app/comparison-view.js";
import { runReplicationJob } from "../../../web/app/replication-job.js";
import { defaultState } from "../../../web/app/url-state.js";
import type { JobTask } from "../../../web/app/worker-protocol.js";

const baselineText = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../scenarios/baseline.json"), "utf8");
const variantText = JSON.stringify({ ...(JSON.parse(baselineText) as object), name: "variant", seed: 7 });
const { scenarios: bundle } = bundleScenarios({ "../scenarios/baseline.json": baselineText, "../scenarios/variant.json": variantText }, "border");
const settings = { replications: 2, days: 9, quick: false };

/** The workers' job, run here in one go. */
async function runHere(_what: string, _section: HTMLElement, tasks: readonly JobTask[], replications: number): Promise<{ outputs: Map<string, ReplicationOutput[]>; seconds: number }> {
  const outputs = new Map<string, ReplicationOutput[]>(tasks.map((t) => [t.key, []]));
  runReplicationJob({ type: "run", jobId: 1, tasks, replications: Array.from({ length: replications }, (_, r) => r) }, runReplication, (m) => {
    if (m.type === "failed") throw new Error(m.message);
    if (m.type === "output") outputs.get(m.key)?.push(m.output);
  });
  return { outputs, seconds: 2 };
}

function elements(): { section: HTMLElement; note: HTMLElement; downloads: HTMLElement; summary: HTMLDetailsElement; summaryTable: HTMLElement; panels: HTMLElement } {
  const ui = {
    section: document.createElement("section"), note: document.createElement("p"), downloads: document.createElement("p"),
    summary: document.createElement("details"), summaryTable: document.createElement("div"), panels: document.createElement("div"),
  };
  ui.summary.hidden = true;
  ui.section.append(ui.note, ui.downloads, ui.summary, ui.summaryTable, ui.panels);
  document.body.replaceChildren(ui.section);
  return ui;
}

describe("comparison view", () => {
  it("comparisonView(deps).run() runs the chosen scenarios and shows the note, downloads, table and charts, then reports the run", async () => {
    const ui = elements();
    const state = { ...defaultState(["baseline", "variant"]), replications: 2, days: 9 };
    const shown: ComparisonRun[] = [];
    const view = comparisonView({ document, ui, bundle, state: () => state, settings: () => settings, canRun: () => true, run: runHere, onShown: (r) => shown.push(r), now: () => 1234.4 });
    view.renderNote();
    expect(ui.note.textContent).toBe("Running the first comparison…");
    await view.run();
    expect(shown).toHaveLength(1);
    expect(view.last()).toBe(shown[0]);
    expect(shown[0]?.comparison.results.map((r) => r.scenario)).toEqual(["baseline", "variant"]);
    expect(shown[0]?.state).toBe(state);
    expect([ui.section.dataset["status"], ui.section.dataset["runs"], ui.section.dataset["firstComparisonMs"]]).toEqual(["ready", "1", "1234"]);
    expect(ui.note.textContent).toMatch(/^2 scenarios, each 2 replications of 9 simulated days/);
    expect([...ui.downloads.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["CSV", "JSON", "Download scenario"]);
    // A speech user says what they see: each button's accessible name contains its visible text (WCAG 2.5.3).
    for (const b of ui.downloads.querySelectorAll("button")) {
      expect((b.getAttribute("aria-label") ?? b.textContent ?? "").toLowerCase()).toContain((b.textContent ?? "").toLowerCase());
    }
    expect([...ui.downloads.querySelectorAll("#scenario-file-choice option")].map((o) => (o as HTMLOptionElement).value)).toEqual(["baseline", "variant"]);
    expect(ui.summary.hidden).toBe(false);
    expect(ui.summaryTable.querySelector("table")).not.toBeNull();
    expect(view.panels().length).toBeGreaterThan(0);
    expect(ui.panels.querySelectorAll("figure svg").length).toBe(view.panels().length);
  });

  it("comparisonView(deps).markStale() says the results are stale only once there are results; a new run clears it", async () => {
    const ui = elements();
    let runs = 0;
    const view = comparisonView({
      document, ui, bundle, state: () => defaultState(["baseline"]), settings: () => settings, canRun: () => true,
      run: (...args) => { runs += 1; return runHere(...args); }, onShown: () => {}, now: () => 0,
    });
    view.markStale();
    expect(ui.note.dataset["stale"]).toBeUndefined();
    await view.run();
    view.markStale();
    expect(ui.note.dataset["stale"]).toBe("true");
    expect(ui.note.textContent).toMatch(/changed/i);
    await view.run();
    expect([ui.note.dataset["stale"], ui.section.dataset["runs"], runs]).toEqual([undefined, "2", 2]);
  });

  it("comparisonView(deps).run() does nothing while the controls hold the run back, or when the run is cancelled", async () => {
    const ui = elements();
    let allowed = false;
    const shown: ComparisonRun[] = [];
    let runs = 0;
    const view = comparisonView({
      document, ui, bundle, state: () => defaultState(["baseline"]), settings: () => settings, canRun: () => allowed,
      run: async () => { runs += 1; return null; }, onShown: (r) => shown.push(r), now: () => 0,
    });
    await view.run();
    allowed = true;
    await view.run();
    expect([runs, shown.length, view.last(), ui.section.dataset["runs"]]).toEqual([1, 0, null, undefined]);
  });
});
