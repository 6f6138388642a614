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
/** Rounds of paired processes (see mathSection). */
const ROUNDS = 9;
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

/**
 * Runs to HORIZON in each process that warm the JIT before any is timed. Measured on this machine (five
 * runs a process, six processes a variant): the first two runs of a process were 10–40% slower than the
 * rest, which were steady, because the optimising compiler is still at work (its threads count in this
 * process's CPU time); with one warm-up run, the second run was often timed before the code had settled.
 */
const WARM_UP_RUNS = 2;
/** Timed runs in each process, after the warm-up; the process's figure is the fastest. */
const TIMED_RUNS = 3;

/** Customers per CPU second in this process: the fastest of TIMED_RUNS runs to HORIZON, after WARM_UP_RUNS runs. */
function rate(variant: Variant): number {
  for (let i = 0; i < WARM_UP_RUNS; i++) engineMmc(PARAMS, variant.sampler).runUntil(HORIZON);
  let best = 0;
  for (let i = 0; i < TIMED_RUNS; i++) {
    const run = engineMmc(PARAMS, variant.sampler);
    const t = cpuSeconds();
    run.runUntil(HORIZON);
    best = Math.max(best, run.customers / (cpuSeconds() - t));
  }
  return best;
}

/** The median of a non-empty list. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
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

/**
 * Math section: what the portable elementary functions cost the engine, against the built-ins, in the same run.
 * Each variant runs in processes of its own; a process's figure is its fastest steady run. A round runs
 * one process of each variant, the two variants of a model back to back, the portable one first in even
 * rounds and second in odd ones, so that a drift of the machine's speed (this virtual machine's drifts
 * by 10–20% over minutes) favours neither; each round gives a paired cost per model, and the verdict is on
 * the median of the rounds' costs. V8 also compiles each process differently (which calls it inlines
 * depends on call counts taken while the code warms up), so single processes of one variant differ by
 * 10–20% even on an idle machine: comparing the fastest process of each variant, as this section did
 * before, compared two outliers, and its verdict swung between runs.
 */
export const mathSection: BenchSection = {
  name: "math",
  title: "Portable elementary functions (src/math) against the engine's built-ins, same model, same run",
  run(): boolean {
    const rates: number[][] = VARIANTS.map(() => []);
    for (let r = 0; r < ROUNDS; r++) {
      for (let i = 0; i < VARIANTS.length; i += 2) {
        const order = r % 2 === 0 ? [i, i + 1] : [i + 1, i];
        for (const v of order) rates[v]!.push(rateInOwnProcess(v));
      }
    }
    printTable(
      ["model", "functions", "customers/CPU s (median)", "slowest process", "fastest process"],
      VARIANTS.map((v, i) => [v.model, v.functions, median(rates[i]!), Math.min(...rates[i]!), Math.max(...rates[i]!)]),
    );
    console.log();
    let ok = true;
    for (let i = 0; i < VARIANTS.length; i += 2) {
      const costs = rates[i]!.map((portable, r) => 1 - portable / rates[i + 1]![r]!);
      const cost = median(costs);
      const pass = cost < TARGET_COST;
      ok &&= pass;
      const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;
      console.log(
        `${pass ? "PASS" : "FAIL"}  ${VARIANTS[i]!.model}: the portable functions cost ${percent(cost)} of the engine's speed ` +
          `(median of ${ROUNDS} paired rounds, which ranged from ${percent(Math.min(...costs))} to ${percent(Math.max(...costs))}; target < ${100 * TARGET_COST}%)`,
      );
    }
    console.log(`      (${ROUNDS} rounds, each one process per variant, the pair's order alternating; each process the fastest of ${TIMED_RUNS} runs after ${WARM_UP_RUNS} warm-up runs)`);
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
