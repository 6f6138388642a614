import type { OptimizationStudy } from "../../format/optimization-study-schema.js";

/** One combination of decision values: the values by decision path, in the study's decision order. */
export interface Configuration {
  /** Position in the enumeration (0-based): the first decision varies slowest. */
  readonly index: number;
  /** The value of each decision, by its path. */
  readonly decisions: Readonly<Record<string, number>>;
  /** Sum of value x unit cost over the decisions with a cost; null when the study uses a cost metric. */
  readonly cost: number | null;
}

/**
 * The values a decision takes: its `values` as given (duplicates removed, order kept), or min, min + step,
 * ... up to max (counted in whole steps, so 0.1 steps do not drift past max).
 * @example
 * decisionValues({ path: "a", min: 1, max: 2, step: 0.5 }); // => [1, 1.5, 2]
 */
export function decisionValues(decision: OptimizationStudy["decisions"][number]): number[] {
  if (decision.values !== undefined) return [...new Set(decision.values)];
  const min = decision.min as number;
  const step = decision.step ?? 1;
  return Array.from({ length: decisionValueCount(decision) }, (_, i) => min + i * step);
}

/**
 * How many values `decisionValues` lists, counted without listing them (a range of 10^12 values would
 * not fit in memory): Infinity when the range's width overflows.
 * @example
 * decisionValueCount({ path: "a", min: 1, max: 1e9 }); // => 1000000000
 */
export function decisionValueCount(decision: OptimizationStudy["decisions"][number]): number {
  if (decision.values !== undefined) return new Set(decision.values).size;
  const count = Math.floor(((decision.max as number) - (decision.min as number)) / (decision.step ?? 1) + 1e-9) + 1;
  return Number.isFinite(count) ? count : Infinity;
}

/** How many configurations the decisions make (the product of their value counts). */
export function configurationCount(study: Pick<OptimizationStudy, "decisions">): number {
  return study.decisions.reduce((n, d) => n * decisionValueCount(d), 1);
}

/**
 * A configuration's scenario for a message (a replication of it that stopped): the scenario's name and
 * the configuration's decisions, as the CLI and the dashboard both name it.
 * @example configurationScenarioName("M/M/3", { index: 0, decisions: { "stations.0.servers": 2 }, cost: 2 }) // => '"M/M/3" in configuration {"stations.0.servers":2}'
 */
export function configurationScenarioName(scenarioName: string, configuration: Configuration): string {
  return `"${scenarioName}" in configuration ${JSON.stringify(configuration.decisions)}`;
}

/**
 * Every combination of the decisions' values, the first decision varying slowest, each with its cost.
 * Call `configurationCount` first: this builds them all.
 */
export function enumerateConfigurations(study: Pick<OptimizationStudy, "decisions" | "cost">): Configuration[] {
  const count = configurationCount(study);
  return Array.from({ length: count }, (_, index) => configurationAt(study, index));
}

/**
 * The configuration at position `index` of the enumeration (the first decision varying slowest), built
 * alone, so a space of millions of configurations need not be listed. Its cost is summed in decision
 * order, as `enumerateConfigurations` sums it.
 * @throws {RangeError} for an index that is not a whole number in [0, configurationCount).
 * @example
 * configurationAt({ decisions: [{ path: "a", values: [1, 2] }, { path: "b", values: [5, 6, 7] }], cost: { a: 10 } }, 4).decisions; // => { a: 2, b: 6 }
 */
export function configurationAt(study: Pick<OptimizationStudy, "decisions" | "cost">, index: number): Configuration {
  const lists = study.decisions.map((d) => ({ path: d.path, values: decisionValues(d) }));
  const count = lists.reduce((n, l) => n * l.values.length, 1);
  if (!Number.isInteger(index) || index < 0 || index >= count) throw new RangeError(`configurationAt: index must be a whole number in [0, ${count}), got ${index}`);
  const positions = new Array<number>(lists.length).fill(0);
  let rest = index;
  for (let i = lists.length - 1; i >= 0; i--) {
    const n = (lists[i] as { values: number[] }).values.length;
    positions[i] = rest % n;
    rest = Math.floor(rest / n);
  }
  const decisions: Record<string, number> = {};
  lists.forEach((l, i) => {
    decisions[l.path] = l.values[positions[i] as number] as number;
  });
  const cost = study.cost === undefined ? null : lists.reduce((sum, l) => sum + (decisions[l.path] as number) * (study.cost?.[l.path] ?? 0), 0);
  return { index, decisions, cost };
}

/** The `--set` overrides that turn the base scenario into a configuration. */
export function configurationOverrides(configuration: Configuration): string[] {
  return Object.entries(configuration.decisions).map(([path, value]) => `${path}=${JSON.stringify(value)}`);
}
