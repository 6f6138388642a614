import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { exponential as engineExponential } from "../../src/engine/distributions/exponential.js";
import { lognormal as engineLognormal } from "../../src/engine/distributions/lognormal.js";
import { standardNormal } from "../../src/engine/distributions/standard-normal.js";
import type { RandomSource } from "../../src/engine/random-stream.js";
import { engineMmc } from "./mmc-engine.js";
import type { MmcParams, Sampler } from "./mmc-model.js";
import { type BenchSection, formatNumber, printTable } from "./table.js";

/** Most the portable functions may slow the engine down, as a fraction of its speed with the built-ins. */
const TARGET_COST = 0.1;
const REPEATS = 7;
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

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Runs in each process: one to warm the JIT (its compiler threads count in this process's CPU time), then timed ones. */
const RUNS_PER_PROCESS = 2;

/** Customers per CPU second: the fastest of RUNS_PER_PROCESS runs to HORIZON, after a warm-up run. */
function rate(variant: Variant): number {
  engineMmc(PARAMS, variant.sampler).runUntil(HORIZON);
  let best = 0;
  for (let i = 0; i < RUNS_PER_PROCESS; i++) {
    const run = engineMmc(PARAMS, variant.sampler);
    const t = cpuSeconds();
    run.runUntil(HORIZON);
    best = Math.max(best, run.customers / (cpuSeconds() - t));
  }
  return best;
}

const thisFile = new URL(import.meta.url);

/**
 * Customers per CPU second of variant `index`, measured in a process of its own. In one process the
 * variants share the engine's JIT-compiled code, and which sampler that code was specialised for first
 * swung the measured cost from −1% to 13% between runs of the bench on an idle machine; a model runs
 * alone in a process when a user runs it, so that is how each variant is measured.
 */
function rateInOwnProcess(index: number): number {
  const child = spawnSync(process.execPath, [thisFile.pathname, String(index)], { encoding: "utf8" });
  const value = Number(child.stdout.trim());
  if (child.status !== 0 || !(value > 0)) throw new Error(`math bench: variant ${index} failed (${String(child.status)}): ${child.stderr}`);
  return value;
}

/** Math section: what the portable elementary functions cost the engine, against the built-ins, in the same run. */
export const mathSection: BenchSection = {
  name: "math",
  title: "Portable elementary functions (src/math) against the engine's built-ins, same model, same run",
  run(): boolean {
    const best = VARIANTS.map(() => 0);
    // Interleaved, fastest of several, each in a fresh process: a burst of other load cannot favour one variant.
    for (let r = 0; r < REPEATS; r++) VARIANTS.forEach((_, i) => (best[i] = Math.max(best[i]!, rateInOwnProcess(i))));
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
    console.log(`      (fastest of ${REPEATS} processes per variant, interleaved, each the fastest of ${RUNS_PER_PROCESS} runs after a warm-up run)`);
    return ok;
  },
};

// `node math-bench.js I` prints variant I's customers per CPU second (the section runs each variant so).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const index = Number(process.argv[2]);
  const variant = VARIANTS[index];
  if (variant === undefined) throw new RangeError(`math bench: no variant ${process.argv[2]}`);
  console.log(rate(variant));
}
