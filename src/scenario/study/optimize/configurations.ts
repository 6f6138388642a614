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
  const max = decision.max as number;
  const step = decision.step ?? 1;
  const count = Math.floor((max - min) / step + 1e-9) + 1;
  return Array.from({ length: count }, (_, i) => min + i * step);
}

/** How many configurations the decisions make (the product of their value counts). */
export function configurationCount(study: Pick<OptimizationStudy, "decisions">): number {
  return study.decisions.reduce((n, d) => n * decisionValues(d).length, 1);
}

/**
 * Every combination of the decisions' values, the first decision varying slowest, each with its cost.
 * Call `configurationCount` first: this builds them all.
 */
export function enumerateConfigurations(study: Pick<OptimizationStudy, "decisions" | "cost">): Configuration[] {
  const lists = study.decisions.map((d) => ({ path: d.path, values: decisionValues(d) }));
  const out: Configuration[] = [];
  const walk = (depth: number, chosen: Record<string, number>): void => {
    const list = lists[depth];
    if (list === undefined) {
      const decisions = { ...chosen };
      const cost = study.cost === undefined ? null : lists.reduce((sum, l) => sum + (decisions[l.path] as number) * (study.cost?.[l.path] ?? 0), 0);
      out.push({ index: out.length, decisions, cost });
      return;
    }
    for (const v of list.values) walk(depth + 1, { ...chosen, [list.path]: v });
  };
  walk(0, {});
  return out;
}

/** The `--set` overrides that turn the base scenario into a configuration. */
export function configurationOverrides(configuration: Configuration): string[] {
  return Object.entries(configuration.decisions).map(([path, value]) => `${path}=${JSON.stringify(value)}`);
}
