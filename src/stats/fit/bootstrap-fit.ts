import { quantileSorted } from "simple-statistics";
import { adStatistic } from "./ad-statistic.js";
import type { Family, FitParameters, NamedStreams } from "./family.js";
import { ksStatistic } from "./ks-statistic.js";

/** A goodness-of-fit statistic and its parametric-bootstrap p-value. */
export interface GofTest {
  readonly statistic: number;
  /** P(statistic >= observed) when the family fits, estimated as (1 + #{T* >= T}) / (B + 1). */
  readonly p: number;
}

/** What the parametric bootstrap of one fitted family gives. */
export interface BootstrapFit {
  readonly ks: GofTest;
  readonly ad: GofTest;
  /** Percentile interval of each parameter, by the parameter's name. */
  readonly intervals: Readonly<Record<string, readonly [number, number]>>;
}

/** Options of the parametric bootstrap. */
export interface BootstrapOptions {
  /** Bootstrap samples. @default 199 */
  readonly replicates?: number;
  /** The random streams; the bootstrap of a family draws from `fit/<dist>` (pass the engine's named streams of a seed). */
  readonly streams: NamedStreams;
  /** Confidence level of the parameter intervals. @default 0.95 */
  readonly level?: number;
  /** Called after each bootstrap sample (for a progress bar: a large file's fit takes minutes). */
  readonly onSample?: () => void;
}

/**
 * Tests a fitted family against its sample and puts intervals on its parameters, by parametric
 * bootstrap: B samples of the same size are drawn from the fitted distribution, each is refitted
 * and tested against its own refit. Because the parameters come from the data, the textbook
 * tables of KS and AD critical values do not apply (they are far too lenient); the bootstrap gives
 * the right null distribution (Stute, Manteiga and Quindimil 1993). The parameter intervals are
 * the percentile intervals of the refitted parameters. Reproducible: the draws come from the
 * named stream `fit/<dist>` of `options.streams`. Cost: B fits and B sorts of n values.
 *
 * @throws {RangeError} if replicates < 19 or level is not in (0, 1).
 */
export function bootstrapFit(family: Family, parameters: FitParameters, sorted: readonly number[], options: BootstrapOptions): BootstrapFit {
  const replicates = options.replicates ?? 199;
  const level = options.level ?? 0.95;
  if (!(Number.isInteger(replicates) && replicates >= 19)) throw new RangeError(`bootstrapFit: replicates must be an integer >= 19, got ${replicates}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`bootstrapFit: level must be in (0, 1), got ${level}`);
  const n = sorted.length;
  const ks = ksStatistic(sorted, family.cdf(parameters));
  const ad = adStatistic(sorted, family.cdf(parameters));
  const u = options.streams(`fit/${family.dist}`);
  const draw = family.sampler(parameters);
  const values = new Map<string, number[]>(family.parameterNames.map((name) => [name, []]));
  let ksAbove = 0;
  let adAbove = 0;
  const sample = new Float64Array(n);
  for (let b = 0; b < replicates; b++) {
    for (let i = 0; i < n; i++) sample[i] = draw(u);
    sample.sort();
    const xs = Array.from(sample);
    const refit = family.fit(xs);
    const cdf = family.cdf(refit);
    if (ksStatistic(xs, cdf) >= ks) ksAbove++;
    if (adStatistic(xs, cdf) >= ad) adAbove++;
    for (const name of family.parameterNames) (values.get(name) as number[]).push(refit[name] as number);
    options.onSample?.();
  }
  const alpha = 1 - level;
  const intervals: Record<string, readonly [number, number]> = {};
  for (const [name, list] of values) {
    list.sort((x, y) => x - y);
    intervals[name] = [quantileSorted(list, alpha / 2), quantileSorted(list, 1 - alpha / 2)];
  }
  return {
    ks: { statistic: ks, p: (1 + ksAbove) / (replicates + 1) },
    ad: { statistic: ad, p: (1 + adAbove) / (replicates + 1) },
    intervals,
  };
}

/**
 * A bootstrap p-value as text: "≤ 0.01" where no bootstrap statistic reached the observed one, for then
 * (1 + 0) / (B + 1) is only the smallest p-value B samples can give, not an estimate; else the value in
 * `format`.
 * @example bootstrapPText(0.01, 99, String) // => "≤ 0.01"
 * @example bootstrapPText(0.2, 99, String) // => "0.2"
 */
export function bootstrapPText(p: number, replicates: number, format: (p: number) => string): string {
  return p * (replicates + 1) < 1.5 ? `≤ ${format(p)}` : format(p);
}
