import type { StudyResult, TheoryReport } from "../../src/scenario/index.js";
import type { Estimate } from "../../src/stats/estimate.js";
import { theoryVerdict, type Verdict } from "./theory-verdict.js";

/** What the theory panel compares: a network study and what queueing theory says about the same scenario. */
export interface TheoryPanelData {
  readonly result: StudyResult;
  readonly theory: TheoryReport;
}

/** One row of the panel: a metric of the system, a station or a class. */
export interface TheoryRow {
  /** Dotted metric path, such as "stations.desk.utilization". */
  readonly path: string;
  /** "System", "Station desk" or "Class urgent". */
  readonly scope: string;
  /** The metric's name with its symbol and unit, such as "Wait in line Wq (min)". */
  readonly label: string;
  readonly simulated: Estimate | undefined;
  readonly theory: number | undefined;
  readonly verdict: Verdict;
}

const metricOrder = ["timeInSystem", "waitInQueue", "inSystem", "queueLength", "utilization", "throughput", "balkRate"] as const;

function metricName(metric: string, unit: string): string {
  switch (metric) {
    case "timeInSystem": return `Time in system W (${unit})`;
    case "waitInQueue": return `Wait in line Wq (${unit})`;
    case "inSystem": return "Number in system L";
    case "queueLength": return "Number waiting Lq";
    case "utilization": return "Utilisation ρ";
    case "throughput": return `Throughput (per ${unit.replace(/s$/, "")})`;
    case "balkRate": return `Turned away (per ${unit.replace(/s$/, "")})`;
    default: return metric;
  }
}

function isEstimate(value: unknown): value is Estimate {
  return typeof value === "object" && value !== null && typeof (value as Estimate).mean === "number";
}

/**
 * The rows of the panel, in reading order: the system, each station, each class; within each the metrics
 * W, Wq, L, Lq, ρ, throughput, balks, kept when either the simulation or theory has a value.
 */
export function theoryRows(data: TheoryPanelData, timeUnit = "time units"): TheoryRow[] {
  const { result, theory } = data;
  const scopes: [string, string, Readonly<Record<string, unknown>>][] = [["system", "System", result.system]];
  for (const [id, metrics] of Object.entries(result.stations)) scopes.push([`stations.${id}`, `Station ${id}`, metrics]);
  const theoryClasses = Object.keys(theory.values).filter((p) => p.startsWith("classes.")).map((p) => p.split(".")[1] as string);
  const classes = new Set([...Object.keys(result.classes), ...theoryClasses]);
  // One class is the system itself; its rows would repeat the system's.
  if (classes.size > 1) for (const c of classes) scopes.push([`classes.${c}`, `Class ${c}`, result.classes[c] ?? {}]);
  const rows: TheoryRow[] = [];
  for (const [prefix, scopeLabel, metrics] of scopes) {
    for (const metric of metricOrder) {
      const path = `${prefix}.${metric}`;
      const value = metrics[metric];
      const simulated = isEstimate(value) ? value : undefined;
      const analytic = theory.applies ? theory.values[path] : undefined;
      if (simulated === undefined && analytic === undefined) continue;
      rows.push({ path, scope: scopeLabel, label: metricName(metric, timeUnit), simulated, theory: analytic, verdict: theoryVerdict(simulated, analytic, theory.exact) });
    }
  }
  return rows;
}
