import type { Estimate } from "../stats/index.js";
import type { MorrisEffect, OatEffect, SensitivityResult } from "../scenario/study/analysis/sensitivity.js";
import type { UncertaintyResult } from "../scenario/study/analysis/uncertainty.js";
import { metricUnit } from "../scenario/output/metric-unit.js";
import type { RowModel } from "../scenario/output/result-csv.js";

function number(x: number | null | undefined): string {
  if (x === null || x === undefined) return "—";
  const abs = Math.abs(x);
  // Rounding in sums leaves ~1e-15 where two runs agree exactly; show it as the 0 it is.
  if (abs < 1e-12) return (0).toFixed(3);
  if (abs !== 0 && (abs < 0.001 || abs >= 1e6)) return x.toExponential(2);
  return x.toFixed(abs >= 100 ? 1 : abs >= 1 ? 2 : 3);
}

const estimateText = (e: Estimate): string => (e.halfWidth === null ? number(e.mean) : `${number(e.mean)} ± ${number(e.halfWidth)}`);

function table(header: readonly string[], body: readonly (readonly string[])[], right: ReadonlySet<number>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (right.has(i) ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

const what = (r: { scenario: string; against?: string }): string => (r.against === undefined ? r.scenario : `${r.scenario} − ${r.against}`);

/** A metric's path with its unit, as a title names it: "directions.kg-to-kz.crossingHours (hours)". */
function withUnit(metric: string, model: RowModel): string {
  const unit = metricUnit(metric, model);
  return unit === "" ? metric : `${metric} (${unit})`;
}

/**
 * A sensitivity result for a terminal: one table per metric, inputs sorted by their influence on
 * that metric (|swing| one at a time, μ* for Morris), each effect with its 95% replication
 * interval and a note where it cannot be told from replication noise.
 */
export function sensitivityTable(result: SensitivityResult, model: RowModel): string {
  const settings = `${result.replications} replications, seed ${result.seed}${result.trajectories === undefined ? "" : `, ${result.trajectories} trajectories`}`;
  const blocks = result.metrics.map((m) => {
    const key = (e: OatEffect | MorrisEffect | undefined): number => (e === undefined ? 0 : "swing" in e ? Math.abs(e.swing) : e.muStar);
    const inputs = result.inputs.map((input, i) => ({ input, i })).sort((a, b) => key(b.input.effects[m]) - key(a.input.effects[m]) || a.i - b.i).map((x) => x.input);
    const name = (input: (typeof inputs)[number]): string => (input.paths === undefined ? input.path : `${input.path} (+${input.paths.length - 1} moved with it)`);
    const range = (input: (typeof inputs)[number]): string => `${number(input.low)} … ${number(input.high)}`;
    const noise = (flag: boolean | null): string => (flag === null ? "(1 replication: noise unknown)" : flag ? "within noise" : "");
    if (result.method === "oat") {
      const nominal = result.nominal?.[m];
      const title = `${what(result)}: ${withUnit(m, model)}${nominal === undefined ? "" : `, all inputs nominal ${estimateText(nominal)}`} (one at a time; ${settings})`;
      const body = inputs.map((input) => {
        const e = input.effects[m] as OatEffect;
        return [name(input), range(input), estimateText(e.atLow), estimateText(e.atHigh), e.swingHalfWidth === null ? number(e.swing) : `${number(e.swing)} ± ${number(e.swingHalfWidth)}`, noise(e.withinNoise)];
      });
      return `${title}\n${table(["input", "low … high", "at low", "at high", "swing (high − low)", ""], body, new Set([2, 3, 4]))}`;
    }
    const title = `${what(result)}: ${withUnit(m, model)} (Morris elementary effects, per the input's whole range; ${settings})`;
    const body = inputs.map((input) => {
      const e = input.effects[m] as MorrisEffect;
      return [name(input), range(input), number(e.muStar), number(e.mu), number(e.sigma), number(e.noise), noise(e.withinNoise)];
    });
    return `${title}\n${table(["input", "low … high", "μ*", "μ", "σ", "noise", ""], body, new Set([2, 3, 4, 5]))}`;
  });
  const held = result.held === undefined ? "" : `\nHeld at their --set values, not varied: ${result.held.join(", ")}\n`;
  return `${blocks.join("\n\n")}\n${held}`;
}

/** An uncertainty result for a terminal: each metric's spread across worlds and what causes it. */
export function uncertaintyTable(result: UncertaintyResult, model: RowModel): string {
  const title = `${what(result)} across ${result.samples} plausible worlds (Latin hypercube over ${result.inputs.length} inputs; ${result.replications} replications each, seed ${result.seed})`;
  const entries = Object.entries(result.metrics);
  const anyHelps = entries.some(([, s]) => s.shareHelps !== undefined);
  const share = (s: (typeof entries)[number][1]): string => {
    if (s.inputVariance === null || s.noiseVariance === null) return "—";
    const total = s.inputVariance + s.noiseVariance;
    return total === 0 ? "—" : `${Math.round((100 * s.inputVariance) / total)}%`;
  };
  const body = entries.map(([m, s]) => [
    m, metricUnit(m, model), number(s.median), `[${number(s.p5)}, ${number(s.p95)}]`,
    ...(anyHelps ? [s.shareHelps === undefined ? "—" : `${Math.round(100 * s.shareHelps)}%`] : []),
    share(s),
  ]);
  const header = ["metric", "unit", "median", "5% … 95%", ...(anyHelps ? ["helps in"] : []), "spread from inputs"];
  const held = result.held === undefined ? "" : `\nHeld at their --set values, not varied: ${result.held.join(", ")}\n`;
  const note = `Each world's value is its mean over ${result.replications} replication${result.replications === 1 ? "" : "s"}, so the 5% … 95% range holds replication noise too` +
    `${anyHelps ? "; \"helps in\" counts the worlds whose interval excludes 0 on the helpful side" : ""}; "spread from inputs" is the share of the variance across worlds the inputs explain.`;
  return `${title}\n${table(header, body, new Set([2, 3, 4]))}\n${note}\n${held}`;
}
