import { bareLoopMmc } from "./mmc-bare-loop.js";
import { engineMmc } from "./mmc-engine.js";
import type { MmcParams, MmcRun } from "./mmc-model.js";
import { type BenchSection, formatNumber, printTable } from "./table.js";

/** Customers per second the engine must reach on M/M/1 with statistics on. */
const TARGET_RATE = 1.5e6;
/** Most times slower than the bare loop the engine may be. */
const TARGET_RATIO = 3;
/** Most the heap may grow between 1x and 10x the horizon, in bytes: nothing is kept per customer. */
const TARGET_GROWTH = 1 << 20;

interface Model {
  readonly label: string;
  readonly params: MmcParams;
  /** Simulated time of a timed run: about 2.7 million customers. */
  readonly horizon: number;
}

const MODELS: readonly Model[] = [
  { label: "M/M/1 rho=0.9", params: { servers: 1, arrivalRate: 0.9, serviceRate: 1, seed: 1 }, horizon: 3e6 },
  { label: "M/M/3 rho=0.9", params: { servers: 3, arrivalRate: 2.7, serviceRate: 1, seed: 1 }, horizon: 1e6 },
];

const IMPLEMENTATIONS = [
  { name: "engine", make: engineMmc },
  { name: "bare loop", make: bareLoopMmc },
] as const;

const REPEATS = 5;

interface Measurement {
  readonly customers: number;
  /** CPU seconds of the timed segments. */
  readonly seconds: number;
  /** Wall-clock seconds of the timed segments. */
  readonly wallSeconds: number;
  /** Heap after a full collection at a tenth of the horizon and at the horizon, in bytes. */
  readonly heapAtOne: number;
  readonly heapAtTen: number;
  readonly meanWait: number;
  readonly meanQueue: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

function heapAfterGc(): number {
  if (gc === undefined) return NaN;
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * Seconds of CPU this process has used. Other work on a shared machine stretches wall time but
 * hardly CPU time, so rates computed from it stay comparable between runs.
 */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Runs one model to a tenth of its horizon, measures the heap, runs on to the horizon, measures again. */
function measure(make: (p: MmcParams) => MmcRun, model: Model): Measurement {
  const run = make(model.params);
  heapAfterGc();
  let t = cpuSeconds();
  let w = performance.now();
  run.runUntil(model.horizon / 10);
  let elapsed = cpuSeconds() - t;
  let wall = performance.now() - w;
  const heapAtOne = heapAfterGc();
  t = cpuSeconds();
  w = performance.now();
  run.runUntil(model.horizon);
  elapsed += cpuSeconds() - t;
  wall += performance.now() - w;
  const heapAtTen = heapAfterGc();
  return {
    customers: run.customers,
    seconds: elapsed,
    wallSeconds: wall / 1000,
    heapAtOne,
    heapAtTen,
    meanWait: run.meanWait,
    meanQueue: run.meanQueue(model.horizon),
  };
}

/**
 * The fastest of a few runs of each implementation, taken in turn so that a burst of other load
 * on the machine does not favour one of them.
 */
function fastestRuns(model: Model): Measurement[] {
  const fastest: (Measurement | undefined)[] = IMPLEMENTATIONS.map(() => undefined);
  for (let r = 0; r < REPEATS; r++) {
    IMPLEMENTATIONS.forEach((impl, i) => {
      const m = measure(impl.make, model);
      const f = fastest[i];
      if (f === undefined || m.seconds < f.seconds) fastest[i] = m;
    });
  }
  return fastest.map((m) => m!);
}

const mb = (bytes: number): string => (Number.isNaN(bytes) ? "n/a" : `${(bytes / 2 ** 20).toFixed(2)} MB`);
const verdict = (ok: boolean): string => (ok ? "PASS" : "FAIL");

/** Engine section: M/M/1 and M/M/3 on the process API against a bare event loop, same streams. */
export const engineSection: BenchSection = {
  name: "engine",
  title: "Discrete-event kernel: processes and resources vs a hand-coded event loop",
  run(): boolean {
    const rows: (string | number)[][] = [];
    const results = new Map<string, Measurement>();
    for (const model of MODELS) {
      // Warm the JIT on both implementations before timing them.
      for (const impl of IMPLEMENTATIONS) impl.make(model.params).runUntil(model.horizon / 20);
      const runs = fastestRuns(model);
      for (const [i, impl] of IMPLEMENTATIONS.entries()) {
        const m = runs[i]!;
        results.set(`${model.label}/${impl.name}`, m);
        rows.push([
          model.label,
          impl.name,
          m.customers,
          m.customers / m.seconds,
          m.customers / m.wallSeconds,
          m.meanWait,
          m.meanQueue,
          mb(m.heapAtOne),
          mb(m.heapAtTen),
        ]);
      }
    }
    printTable(["model", "implementation", "customers", "customers/CPU s", "customers/s", "mean wait", "mean queue", "heap @1x", "heap @10x"], rows);
    console.log();

    let ok = true;
    const check = (pass: boolean, text: string): void => {
      ok &&= pass;
      console.log(`${verdict(pass)}  ${text}`);
    };
    for (const model of MODELS) {
      const engine = results.get(`${model.label}/engine`)!;
      const bare = results.get(`${model.label}/bare loop`)!;
      const engineRate = engine.customers / engine.seconds;
      const ratio = bare.customers / bare.seconds / engineRate;
      if (model.params.servers === 1) {
        check(engineRate >= TARGET_RATE, `${model.label}: engine ${formatNumber(engineRate)} customers/s (target >= ${formatNumber(TARGET_RATE)})`);
      }
      check(ratio <= TARGET_RATIO, `${model.label}: engine is ${ratio.toFixed(2)}x slower than the bare loop (target <= ${TARGET_RATIO}x)`);
      // Same streams, same order of draws: the two implementations must tell the same story.
      const same = Math.abs(engine.meanWait - bare.meanWait) <= 1e-9 * bare.meanWait && engine.customers === bare.customers;
      check(same, `${model.label}: engine and bare loop agree (mean wait ${formatNumber(engine.meanWait)} vs ${formatNumber(bare.meanWait)})`);
      for (const [name, m] of [["engine", engine], ["bare loop", bare]] as const) {
        const growth = m.heapAtTen - m.heapAtOne;
        if (Number.isNaN(growth)) console.log(`n/a   ${model.label}, ${name}: heap not measured (run node with --expose-gc)`);
        else check(growth < TARGET_GROWTH, `${model.label}, ${name}: heap grew ${mb(growth)} from 1x to 10x the horizon (target < ${mb(TARGET_GROWTH)})`);
      }
    }
    console.log(`      (fastest of ${REPEATS} runs; targets are judged on CPU time, which other load on the machine hardly changes)`);
    console.log(`      peak resident memory of the bench process: ${mb(process.resourceUsage().maxRSS * 1024)}`);
    return ok;
  },
};
