import { describe, expect, it } from "vitest";
import { loadScenario, runReplication, type Scenario } from "../../../../src/scenario/index.js";
import { pairedInputs, type ScenarioSource } from "../../../../src/scenario/study/analysis/design-inputs.js";
import type { StudyUnit } from "../../../../src/scenario/index.js";
import { sensitivitySpec, sensitivityUnits, summarizeSensitivity, type OatEffect } from "../../../../src/scenario/study/analysis/sensitivity.js";
import { summarizeUncertainty, uncertaintySpec, uncertaintyUnits } from "../../../../src/scenario/study/analysis/uncertainty.js";
import { mm1, mmc, sampleQuantile, studentTQuantile, type Estimate } from "../../../../src/stats/index.js";

// An M/M/c desk with Poisson arrivals at rate 1 and an uncertain mean service time in [0.4, 0.6]
// (rho from 0.4 to 0.6 with one server), short enough to run in a unit test.
const desk = (servers: number, serviceLow: number, serviceHigh: number, mean: number) => JSON.stringify({
  name: `M/M/${servers}`, model: "network", horizon: 20000, warmup: 1000, replications: 10, seed: 3,
  uncertain: [{ path: "stations.0.service.mean", low: serviceLow, high: serviceHigh, why: "test" }],
  arrivals: [{ to: "desk", interarrival: { dist: "exponential", mean: 1 } }],
  stations: [{ id: "desk", servers, service: { dist: "exponential", mean } }],
});

function source(text: string): { scenario: Scenario; source: ScenarioSource } {
  const loaded = loadScenario(text, "desk.json");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return { scenario: loaded.scenario, source: (more) => loadScenario(text, "desk.json", more) };
}

const runAll = (units: readonly StudyUnit[]) => units.map((u) => runReplication(u.scenario, u.replication));
const W1 = (s: number): number => { const r = mm1(1, 1 / s); if (!r.applies) throw new Error("unstable"); return r.W; };
const W2 = (s: number): number => { const r = mmc(1, 1 / s, 2); if (!r.applies) throw new Error("unstable"); return r.W; };

/** The half-width at the Bonferroni level for m simultaneous intervals, from a 95% one of n replications. */
const simultaneous = (e: Estimate, m: number, n: number): number =>
  ((e.halfWidth as number) * studentTQuantile(1 - 0.05 / (2 * m), n - 1)) / studentTQuantile(0.975, n - 1);

function expectCovers(e: Estimate, truth: number, m: number, n: number): void {
  const h = simultaneous(e, m, n);
  expect(h, "the interval is narrow enough to mean something").toBeLessThan(0.1 * Math.abs(truth));
  expect(Math.abs(e.mean - truth)).toBeLessThanOrEqual(h);
}

describe("sensitivity and uncertainty on M/M/1, against queueing theory", () => {
  const file = source(desk(1, 0.4, 0.6, 0.5));
  const metric = "system.timeInSystem";

  it("summarizeSensitivity(oat spec, outputs): the nominal, low and high values match W = 1/(mu - lambda) within their intervals", () => {
    const inputs = pairedInputs(file.scenario);
    const spec = sensitivitySpec({ method: "oat", metrics: [metric] }, inputs, file.source);
    expect(spec.points.map((p) => p.values)).toEqual([[0.5], [0.4], [0.6]]);
    const result = summarizeSensitivity(spec, runAll(sensitivityUnits(spec)));
    const effect = result.inputs[0]?.effects[metric] as OatEffect;
    expectCovers(result.nominal?.[metric] as Estimate, W1(0.5), 3, 10);
    expectCovers(effect.atLow, W1(0.4), 3, 10);
    expectCovers(effect.atHigh, W1(0.6), 3, 10);
    expect(effect.withinNoise).toBe(false);
    expect(Math.abs(effect.swing - (W1(0.6) - W1(0.4)))).toBeLessThanOrEqual(simultaneous(effect.atLow, 3, 10) + simultaneous(effect.atHigh, 3, 10));
  });

  it("summarizeSensitivity(oat spec against a base, outputs): the paired difference M/M/2 − M/M/1 matches theory at low and high, both files moved together", () => {
    const base = source(desk(1, 0.4, 0.6, 0.5));
    const two = source(desk(2, 0.4, 0.6, 0.5));
    const inputs = pairedInputs(two.scenario, base.scenario);
    expect(inputs.map((p) => [p.input.path, p.file !== undefined, p.base !== undefined])).toEqual([["stations.0.service.mean", true, true]]);
    const spec = sensitivitySpec({ method: "oat", metrics: [metric] }, inputs, two.source, base.source);
    const result = summarizeSensitivity(spec, runAll(sensitivityUnits(spec)));
    expect(result.against).toBe("M/M/1");
    const effect = result.inputs[0]?.effects[metric] as OatEffect;
    const gap = (s: number): number => W2(s) - W1(s);
    for (const [e, s] of [[effect.atLow, 0.4], [effect.atHigh, 0.6]] as const) {
      expect(Math.abs(e.mean - gap(s))).toBeLessThanOrEqual(simultaneous(e, 2, 10));
    }
    // A second desk saves more where the one desk is busier: the effect grows in magnitude with the service time.
    expect(effect.swing).toBeLessThan(0);
  });

  it("summarizeUncertainty(spec, outputs): the median and 5%/95% points across worlds match W at the same worlds within the worlds' intervals", () => {
    const inputs = pairedInputs(file.scenario);
    const samples = 12;
    const spec = uncertaintySpec({ samples, metrics: [metric] }, inputs, file.source);
    const result = summarizeUncertainty(spec, runAll(uncertaintyUnits(spec)));
    const drawn = result.worlds.map((w) => w.inputs["stations.0.service.mean"] as number);
    // Latin hypercube: one world in each twelfth of the uniform range.
    expect(drawn.map((s) => Math.floor(((s - 0.4) / 0.2) * samples)).sort((a, b) => a - b)).toEqual(Array.from({ length: samples }, (_, i) => i));
    // A quantile moves by at most the largest error of the values it is taken from; each world's
    // error is within its interval at the Bonferroni level for all worlds at once.
    const tolerance = Math.max(...result.worlds.map((w) => simultaneous(w.metrics[metric] as Estimate, samples, 10)));
    const theory = drawn.map(W1);
    const summary = result.metrics[metric];
    expect(Math.abs((summary?.median as number) - sampleQuantile(theory, 0.5))).toBeLessThanOrEqual(tolerance);
    expect(Math.abs((summary?.p5 as number) - sampleQuantile(theory, 0.05))).toBeLessThanOrEqual(tolerance);
    expect(Math.abs((summary?.p95 as number) - sampleQuantile(theory, 0.95))).toBeLessThanOrEqual(tolerance);
    // Over a range of service times from 0.4 to 0.6 the input, not the noise, makes most of the spread.
    expect(summary?.inputVariance as number).toBeGreaterThan(summary?.noiseVariance as number);
    expect(summary?.shareHelps).toBeUndefined();
  });

  it("uncertaintySpec(request, inputs, source) draws the same worlds for the same seed and runs each world on its own replications", () => {
    const inputs = pairedInputs(file.scenario);
    const a = uncertaintySpec({ samples: 4, metrics: [metric] }, inputs, file.source);
    const b = uncertaintySpec({ samples: 4, metrics: [metric] }, inputs, file.source);
    expect(a.points.map((p) => p.values)).toEqual(b.points.map((p) => p.values));
    expect(uncertaintyUnits(a).map((u) => u.replication)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });
});
