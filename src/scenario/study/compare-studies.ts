import { pairedDifference } from "../../stats/index.js";
import type { ReplicationOutput } from "./replication-output.js";
import { metricPaths } from "./summarize-study.js";
import type { Difference } from "./study-result.js";

/** One scenario's replications, named, for a comparison. */
export interface NamedOutputs {
  readonly scenario: string;
  readonly outputs: readonly ReplicationOutput[];
}

/**
 * Paired differences (alternative minus baseline) of every metric the two share, replication by
 * replication. Replication i of each scenario drew from the same named random streams (common
 * random numbers), so each difference has its own, usually much narrower, confidence interval.
 * @throws {RangeError} if the two have different replication indices (they would not be paired).
 */
export function pairedDifferences(baseline: NamedOutputs, alternative: NamedOutputs): Difference[] {
  const a = baseline.outputs.map((o) => o.replication).join(",");
  const b = alternative.outputs.map((o) => o.replication).join(",");
  if (a !== b) {
    throw new RangeError(
      `pairedDifferences: "${alternative.scenario}" ran replications [${b}] but "${baseline.scenario}" ran [${a}]; ` +
        "paired comparison needs the same replications (use the same --replications and no --precision)",
    );
  }
  const shared = new Set(metricPaths(alternative.outputs));
  const differences: Difference[] = [];
  for (const metric of metricPaths(baseline.outputs)) {
    if (!shared.has(metric)) continue;
    const base: number[] = [];
    const alt: number[] = [];
    baseline.outputs.forEach((o, i) => {
      const x = o.metrics[metric];
      const y = alternative.outputs[i]?.metrics[metric];
      if (x !== undefined && y !== undefined) {
        base.push(x);
        alt.push(y);
      }
    });
    if (base.length === 0) continue;
    let d: ReturnType<typeof pairedDifference>;
    try {
      d = pairedDifference(base, alt);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new RangeError(`"${alternative.scenario}" − "${baseline.scenario}": ${metric}: ${error.message.replace(/^pairedDifference: /, "the paired differences: ")}`);
    }
    differences.push({ scenario: alternative.scenario, metric, mean: d.mean, halfWidth: d.halfWidth, lo: d.lo, hi: d.hi });
  }
  return differences;
}
