import { exponential as engineExponential } from "../../src/engine/distributions/exponential.js";
import { lognormal as engineLognormal } from "../../src/engine/distributions/lognormal.js";
import { standardNormal } from "../../src/engine/distributions/standard-normal.js";
import type { RandomSource } from "../../src/engine/random-stream.js";
import { engineMmc } from "./mmc-engine.js";
import type { MmcParams, Sampler } from "./mmc-model.js";

// The math section's models, bundled with the whole engine into one file that a measuring process imports
// twice (see math-bench.ts): each import is a separate copy of the engine with its own compiled code.

const PARAMS: MmcParams = { servers: 1, arrivalRate: 0.9, serviceRate: 1, seed: 1 };
const CV = 0.5;

/** One model on one set of elementary functions. */
export interface MathVariant {
  readonly model: string;
  readonly functions: string;
  readonly sampler: Sampler;
}

/** The engine's exponential distribution, which draws mean · −log1p(−u) with src/math's log1p. */
function portableExponential(u: RandomSource, mean: number): () => number {
  const d = engineExponential(mean);
  return () => d.sample(u);
}

/** The same formula on the built-in Math.log1p, through a distribution object like the engine's. */
function builtInExponential(u: RandomSource, mean: number): () => number {
  // Called through a distribution object as the engine's is, so that only the function differs.
  const d = { sample: (v: RandomSource) => mean * -Math.log1p(-v()) };
  return () => d.sample(u);
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
    const d = { sample: (v: RandomSource) => Math.exp(mu + sigma * standardNormal(v())) };
    return () => d.sample(u);
  };
}

/**
 * The engine's own distributions (src/math's log1p, exp and normal quantile) against the same formulas on
 * the engine's built-ins, in pairs: variant 2m is model m on the portable functions, 2m + 1 on the built-ins.
 * Both draw the same uniforms, so the runs differ only in the last bits of the draws.
 */
export const MATH_VARIANTS: readonly MathVariant[] = [
  { model: "M/M/1 rho=0.9", functions: "portable (src/math log1p)", sampler: portableExponential },
  { model: "M/M/1 rho=0.9", functions: "built-in Math.log1p", sampler: builtInExponential },
  { model: "M/G/1 lognormal cv=0.5", functions: "portable (src/math exp, log1p)", sampler: lognormalSampler(false) },
  { model: "M/G/1 lognormal cv=0.5", functions: "built-in Math.exp, Math.log1p", sampler: lognormalSampler(true) },
];

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * Runs variant `index` from time 0 to `horizon` on a fresh model.
 * @returns customers per CPU second of this process during the run.
 * @throws {RangeError} if there is no such variant.
 */
export function runVariant(index: number, horizon: number): number {
  const variant = MATH_VARIANTS[index];
  if (variant === undefined) throw new RangeError(`runVariant: no variant ${index}; there are ${MATH_VARIANTS.length}`);
  const run = engineMmc(PARAMS, variant.sampler);
  const t = cpuSeconds();
  run.runUntil(horizon);
  return run.customers / (cpuSeconds() - t);
}
