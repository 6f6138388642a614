// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fitDurations } from "../../../src/stats/index.js";
import { bundleScenarios } from "../../../web/app/bundled-scenarios.js";
import { arrivalEdits, arrivalTargets, densitiesOf, fitLabel, fitView, qqPoints, stageTargets, type FitViewElements } from "../../../web/app/fit-view.js";
import type { CheckView } from "../../../web/app/check-view.js";
import { PageState } from "../../../web/app/page-state.js";
import type { ArrivalProfileFit } from "../../../src/stats/index.js";
import { decodeState, encodeState, defaultState } from "../../../web/app/url-state.js";
import { namedStreams } from "../../../src/scenario/index.js";

const streams = namedStreams(1);

const { scenarios } = bundleScenarios({ "../scenarios/baseline.json": readFileSync("scenarios/baseline.json", "utf8") }, "border");
const baseline = scenarios.get("baseline")!;

describe("the data-in panel's pieces", () => {
  it("stageTargets(bundled) lists every stage of both directions by its serviceMinutes path", () => {
    const targets = stageTargets(baseline);
    expect(targets.length).toBe(9);
    expect(targets[3]).toEqual({ path: "directions.kg-to-kz.stages.3.serviceMinutes", label: expect.stringMatching(/X-ray scanning complex$/) as string });
  });

  it("fitLabel(fit), densitiesOf(fit, top) and qqPoints(sorted, fit) describe a fit for the charts", () => {
    const values = Array.from({ length: 50 }, (_, i) => 1 + i / 10);
    const fit = fitDurations(values, { replicates: 19, streams });
    const expo = fit.candidates.find((c) => c.dist === "exponential")!;
    expect(fitLabel(expo)).toBe(`exponential (mean ${Number(expo.parameters.mean!.toPrecision(4))})`);
    const densities = densitiesOf(fit, 10);
    expect(densities.length).toBe(4);
    expect(densities[0]!.points.length).toBe(201);
    // The exponential's median is mean · ln 2; the middle Q–Q point's reference is near it.
    const qq = qqPoints(values, expo);
    expect(qq.length).toBe(50);
    expect(qq[25]!.reference).toBeCloseTo(expo.parameters.mean! * -Math.log(1 - 25.5 / 50), 10);
    expect(qqPoints(values, fit.empirical)).toEqual([]);
  });

  it("arrivalTargets(bundled) and arrivalEdits(fit, bundled, direction) put a profile into a direction item by item", () => {
    expect(arrivalTargets(baseline).map((t) => t.path)).toEqual(["arrivals:kg-to-kz", "arrivals:kz-to-kg"]);
    const e = (mean: number) => ({ mean, halfWidth: 0, lo: mean, hi: mean });
    const fit: ArrivalProfileFit = {
      n: 100, days: 14, firstDay: Date.UTC(2023, 4, 1) / 86_400_000, trucksPerDay: e(120), hourOfDay: Array.from({ length: 24 }, (_, h) => e(h < 12 ? 0.5 : 1.5)),
      dayOfWeek: Array.from({ length: 7 }, () => e(1)), monthOfYear: null, dispersion: { index: 1, p: 0.5 },
    };
    const { edits } = arrivalEdits(fit, baseline, "kz-to-kg");
    expect(edits.length).toBe(24 + 7 + 1);
    expect(edits).toContainEqual(["directions.kz-to-kg.hourOfDay.13", 1.5]);
    expect(edits).toContainEqual(["directions.kz-to-kg.trucksPerDay", 120]);
  });

  it("decodeState(encodeState(state)) keeps a distribution applied from records", () => {
    const spec = { dist: "lognormal", mean: 4.6, cv: 0.3 };
    const state = { ...defaultState(["baseline"]), edits: { baseline: { "directions.kg-to-kz.stages.3.serviceMinutes": spec } } };
    const decoded = decodeState(`?${encodeState(state)}`, ["baseline"], ["baseline"]);
    expect(decoded.warnings).toEqual([]);
    expect(decoded.state.edits).toEqual(state.edits);
  });
});

/** A file chosen in the page that the browser can no longer read (moved, or its permission withdrawn). */
function unreadableFile(name: string): File {
  const file = new File(["duration\n1\n"], name, { type: "text/csv" });
  Object.defineProperty(file, "arrayBuffer", { value: () => Promise.reject(new DOMException("the file could not be read", "NotReadableError")) });
  return file;
}

/** The data-in panel on the baseline, with a check that records what it is told. */
function panel() {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K) => document.createElement(tag);
  const ui: FitViewElements = {
    scenario: el("select"), target: el("select"), drop: el("div"), file: Object.assign(el("input"), { type: "file" }),
    status: el("p"), charts: el("div"), ranking: el("div"), apply: el("button"),
  };
  document.body.replaceChildren(...Object.values(ui));
  const refused: [string, string][] = [];
  const check: CheckView = { show: () => {}, take: () => {}, refuse: (file, message) => refused.push([file, message]), studyChanged: () => {}, panels: () => [] };
  const page = new PageState({ initial: defaultState(["baseline"]), bundle: scenarios, onChange: () => {} });
  fitView({ document, ui, bundle: scenarios, page, onApplied: () => {}, check }).render();
  const choose = (file: File): void => {
    Object.defineProperty(ui.file, "files", { value: [file], configurable: true });
    ui.file.dispatchEvent(new Event("change"));
  };
  return { ui, refused, choose };
}

/** Resolves when `element`'s text stops starting with `busy`. */
async function past(element: HTMLElement, busy: RegExp): Promise<void> {
  for (let i = 0; i < 200 && busy.test(element.textContent ?? ""); i++) await new Promise((r) => setTimeout(r, 5));
}

describe("the data-in panel reading a file", () => {
  it("fitView(deps): a file the browser cannot read is refused in the status as an alert, not left at Fitting…", async () => {
    const { ui, choose } = panel();
    ui.target.value = "directions.kg-to-kz.stages.3.serviceMinutes";
    choose(unreadableFile("moved.csv"));
    expect(ui.status.textContent).toBe("Fitting moved.csv…");
    await past(ui.status, /^Fitting/);
    expect(ui.status.textContent).toBe("moved.csv cannot be read: the browser could not read it (NotReadableError: the file could not be read)");
    expect(ui.status.getAttribute("role")).toBe("alert");
  });

  it("fitView(deps): a file the browser cannot read for a check is refused in the check's own status", async () => {
    const { ui, refused, choose } = panel();
    ui.target.value = "check:kz-to-kg";
    ui.target.dispatchEvent(new Event("change"));
    choose(unreadableFile("records.csv"));
    expect(ui.status.textContent).toBe("Reading records.csv…");
    await past(ui.status, /^Reading/);
    expect(ui.status.textContent).toBe("");
    expect(refused).toEqual([["records.csv", "the browser could not read it (NotReadableError: the file could not be read)"]]);
  });
});
