/**
 * FIXTURES FOR RENDERING TESTS ONLY: hand-picked sensitivity and uncertainty results in the shapes
 * `borderflow sensitivity` and `uncertainty` write, not produced by the simulator. Never cite them.
 */
import type { OatEffect, SensitivityResult } from "../../../src/scenario/study/analysis/sensitivity.js";
import type { UncertaintyResult } from "../../../src/scenario/study/analysis/uncertainty.js";
import type { Estimate } from "../../../src/stats/estimate.js";

const metric = "directions.kg-to-kz.crossingHours";
const at = (mean: number, halfWidth: number): Estimate => ({ mean, halfWidth, lo: mean - halfWidth, hi: mean + halfWidth });
const effect = (low: number, high: number, halfWidth: number, withinNoise = false): OatEffect => ({
  atLow: at(low, halfWidth), atHigh: at(high, halfWidth), swing: high - low, swingHalfWidth: halfWidth / 2, withinNoise,
});
const input = (path: string, low: number, nominal: number, high: number, e: OatEffect) => ({
  path, low, nominal, high, distribution: "uniform" as const, why: "fixture", effects: { [metric]: e },
});

/** A tornado of seals against the baseline, inputs in the order of their influence. */
export const sealsTornado: SensitivityResult = {
  method: "oat", scenario: "seals", against: "baseline", seed: 1, replications: 10, metrics: [metric],
  nominal: { [metric]: at(-2.2, 0.7) },
  inputs: [
    input("directions.kg-to-kz.stages.3.breakdowns.timeToRepairHours.mean", 2, 4, 12, effect(-1.3, -9.5, 4)),
    input("directions.kg-to-kz.trucksPerDay", 245, 265, 285, effect(-1.2, -4.4, 1.5)),
    input("seals.share", 0.2, 0.5, 0.8, effect(-1.4, -2.5, 0.6)),
    input("seals.alarmRate", 0, 0.02, 0.1, effect(-2.2, -2.0, 0.7)),
    input("documents.waitHours.mean", 4, 8, 24, effect(-2.15, -2.12, 0.7, true)),
  ],
};

/** Readable names for the tornado's inputs, as the dashboard gives them. */
export const sealsInputLabels: Readonly<Record<string, string>> = {
  "directions.kg-to-kz.stages.3.breakdowns.timeToRepairHours.mean": "X-ray repair time, hours",
  "directions.kg-to-kz.trucksPerDay": "Trucks a day to Kazakhstan",
  "seals.share": "Share of eligible trucks sealed",
};

const worldMeans = [-0.6, -3.1, -1.4, -2.2, -0.1, -4.8, -1.9, -2.6, 0.2, -1.1, -3.6, -2.0];

/** The seals' effect across twelve plausible worlds. */
export const sealsSpread: UncertaintyResult = {
  samples: worldMeans.length, scenario: "seals", against: "baseline", seed: 1, replications: 10,
  metrics: { [metric]: { median: -1.95, p5: -4.2, p95: -0.05, shareHelps: 0.75, inputVariance: 1.6, noiseVariance: 0.12 } },
  inputs: [{ path: "seals.share", low: 0.2, nominal: 0.5, high: 0.8, distribution: "uniform", why: "fixture" }],
  worlds: worldMeans.map((mean, i) => ({ inputs: { "seals.share": 0.2 + (0.6 * (i + 0.5)) / worldMeans.length }, metrics: { [metric]: at(mean, 0.35) } })),
};
