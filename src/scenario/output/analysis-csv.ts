import type { MorrisEffect, OatEffect, SensitivityResult } from "../study/analysis/sensitivity.js";
import type { UncertaintyResult } from "../study/analysis/uncertainty.js";
import { metricUnit } from "./metric-unit.js";
import { csvCell, type RowModel } from "./result-csv.js";

// The cell every CSV of borderflow writes: a scenario named "=HYPERLINK(...)" stays text here too.
const csv = (header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string =>
  `${[header.join(","), ...rows.map((r) => r.map(csvCell).join(","))].join("\n")}\n`;

/**
 * A sensitivity result as CSV (RFC 4180, numbers at full precision), one row per metric and
 * input, in the result's order (by influence on the first metric). One at a time:
 * `method,scenario,against,metric,input,low,nominal,high,atLow,atLowHalfWidth,atHigh,atHighHalfWidth,swing,swingHalfWidth,withinNoise,unit`;
 * Morris: `method,scenario,against,metric,input,low,nominal,high,mu,muStar,sigma,noise,withinNoise,unit`.
 * `unit` is the metric's (its effects are in it; low, nominal and high are in the input's own).
 */
export function sensitivityCsv(result: SensitivityResult, model: RowModel): string {
  const head = ["method", "scenario", "against", "metric", "input", "low", "nominal", "high"];
  const rows = result.metrics.flatMap((m) => result.inputs.map((input) => {
    const start = [result.method, result.scenario, result.against ?? "", m, input.path, input.low, input.nominal, input.high];
    const e = input.effects[m];
    if (result.method === "oat") {
      const o = e as OatEffect;
      return [...start, o.atLow.mean, o.atLow.halfWidth, o.atHigh.mean, o.atHigh.halfWidth, o.swing, o.swingHalfWidth, o.withinNoise, metricUnit(m, model)];
    }
    const x = e as MorrisEffect;
    return [...start, x.mu, x.muStar, x.sigma, x.noise, x.withinNoise, metricUnit(m, model)];
  }));
  return result.method === "oat"
    ? csv([...head, "atLow", "atLowHalfWidth", "atHigh", "atHighHalfWidth", "swing", "swingHalfWidth", "withinNoise", "unit"], rows)
    : csv([...head, "mu", "muStar", "sigma", "noise", "withinNoise", "unit"], rows);
}

/**
 * An uncertainty result as CSV, one row per metric:
 * `scenario,against,samples,metric,median,p5,p95,shareHelps,inputVariance,noiseVariance,unit`
 * (the worlds themselves are in the JSON output; the variances are in the unit squared).
 */
export function uncertaintyCsv(result: UncertaintyResult, model: RowModel): string {
  return csv(
    ["scenario", "against", "samples", "metric", "median", "p5", "p95", "shareHelps", "inputVariance", "noiseVariance", "unit"],
    Object.entries(result.metrics).map(([m, s]) => [result.scenario, result.against ?? "", result.samples, m, s.median, s.p5, s.p95, s.shareHelps, s.inputVariance, s.noiseVariance, metricUnit(m, model)]),
  );
}
