import { exponential as engineExponential } from "../../src/engine/distributions/exponential.js";
import { lognormal as engineLognormal } from "../../src/engine/distributions/lognormal.js";
import { standardNormal } from "../../src/engine/distributions/standard-normal.js";
import type { RandomSource } from "../../src/engine/random-stream.js";
import { engineMmc } from "./mmc-engine.js";
import type { MmcParams, Sampler } from "./mmc-model.js";
import { type BenchSection, formatNumber, printTable } from "./table.js";

/** Most the portable functions may slow the engine down, as a fraction of its speed with the built-ins. */
const TARGET_COST = 0.1;
const REPEATS = 5;
const PARAMS: MmcParams = { servers: 1, arrivalRate: 0.9, serviceRate: 1, seed: 1 };
const HORIZON = 1e6;
const CV = 0.5;

interface Variant {
  readonly model: string;
  readonly functions: string;
  readonly sampler: Sampler;
}

// The engine's own distributions (src/math's log1p, exp and normal quantile) against the same formulas on
// the engine's built-ins. Both draw the same uniforms, so the runs differ only in the last bits of the draws.
const VARIANTS: readonly Variant[] = [
  { model: "M/M/1 rho=0.9", functions: "portable (src/math log1p)", sampler: portableExponential },
  { model: "M/M/1 rho=0.9", functions: "built-in Math.log1p", sampler: builtInExponential },
  { model: "M/G/1 lognormal cv=0.5", functions: "portable (src/math exp, log1p)", sampler: lognormalSampler(false) },
  { model: "M/G/1 lognormal cv=0.5", functions: "built-in Math.exp, Math.log1p", sampler: lognormalSampler(true) },
];

/** The engine's exponential distribution, which draws mean · −log1p(−u) with src/math's log1p. */
function portableExponential(u: RandomSource, mean: number): () => number {
  const d = engineExponential(mean);
  return () => d.sample(u);
}

/** The same formula on the built-in Math.log1p. */
function builtInExponential(u: RandomSource, mean: number): () => number {
  return () => mean * -Math.log1p(-u());
}

/** Arrivals exponential and services lognormal (cv 0.5), the border's service law, by either set of functions. */
function lognormalSampler(builtIn: boolean): Sampler {
  let calls = 0;
  return (u: RandomSource, mean: number) => {
    // The first stream made is the arrivals', the second the service's (engineMmc's order).
    const isService = calls++ % 2 === 1;
    if (!isService) return builtIn ? builtInExponential(u, mean) : portableExponential(u, mean);
    if (!builtIn) {
      const d = engineLognormal(mean, CV);
      return () => d.sample(u);
    }
    const sigma2 = Math.log1p(CV * CV);
    const sigma = Math.sqrt(sigma2);
    const mu = Math.log(mean) - sigma2 / 2;
    return () => Math.exp(mu + sigma * standardNormal(u()));
  };
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Customers per CPU second of one run to HORIZON. */
function rate(variant: Variant): number {
  const run = engineMmc(PARAMS, variant.sampler);
  const t = cpuSeconds();
  run.runUntil(HORIZON);
  return run.customers / (cpuSeconds() - t);
}

/** Math section: what the portable elementary functions cost the engine, against the built-ins, in the same run. */
export const mathSection: BenchSection = {
  name: "math",
  title: "Portable elementary functions (src/math) against the engine's built-ins, same model, same run",
  run(): boolean {
    for (const v of VARIANTS) engineMmc(PARAMS, v.sampler).runUntil(HORIZON / 10); // warm the JIT
    const best = VARIANTS.map(() => 0);
    // Interleaved, fastest of several: a burst of other load cannot favour one variant.
    for (let r = 0; r < REPEATS; r++) VARIANTS.forEach((v, i) => (best[i] = Math.max(best[i]!, rate(v))));
    printTable(
      ["model", "functions", "customers/CPU s"],
      VARIANTS.map((v, i) => [v.model, v.functions, best[i]!]),
    );
    console.log();
    let ok = true;
    for (let i = 0; i < VARIANTS.length; i += 2) {
      const cost = 1 - best[i]! / best[i + 1]!;
      const pass = cost < TARGET_COST;
      ok &&= pass;
      console.log(
        `${pass ? "PASS" : "FAIL"}  ${VARIANTS[i]!.model}: the portable functions cost ${(100 * cost).toFixed(1)}% of the engine's speed ` +
          `(${formatNumber(best[i]!)} against ${formatNumber(best[i + 1]!)} customers/CPU s; target < ${100 * TARGET_COST}%)`,
      );
    }
    console.log(`      (fastest of ${REPEATS} runs each, interleaved)`);
    return ok;
  },
};
