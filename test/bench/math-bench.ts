import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { rolldown } from "rolldown";
import { MATH_VARIANTS } from "./math-variants.js";
import { type BenchSection, formatNumber, printTable } from "./table.js";

/** Most the portable functions may slow the engine down, as a fraction of its speed with the built-ins. */
const TARGET_COST = 0.1;
/** Measuring processes per model (see mathSection). */
const PROCESSES = 9;
/** Runs of each copy of the engine that warm its compiled code before any run is timed. */
const WARM_UP_RUNS = 2;
/** Timed pairs of runs (one portable, one built-in) in each process. */
const PAIRS = 9;
/** Model time of each run: about 270,000 customers, a few tenths of a CPU second. */
const HORIZON = 3e5;

/** What one measuring process prints: customers per CPU second of each timed run, pair by pair. */
interface PairedRates {
  readonly portable: number[];
  readonly builtIn: number[];
}

type VariantsModule = typeof import("./math-variants.js");

/** The median of a non-empty list. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** 1 − portable / built-in of each pair: the share of the engine's speed the portable functions cost. */
function pairCosts(rates: PairedRates): number[] {
  return rates.portable.map((p, k) => 1 - p / rates.builtIn[k]!);
}

/**
 * Bundles math-variants.js and the whole engine it imports into one file in a new temporary folder, so
 * that a process can load two separate copies of the engine by importing it under two URLs.
 * @returns the bundle's path and a function that removes its folder.
 */
async function bundleVariants(): Promise<{ file: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "borderflow-math-bench-"));
  const file = join(dir, "math-variants.js");
  try {
    const bundle = await rolldown({ input: fileURLToPath(new URL("./math-variants.js", import.meta.url)), platform: "node", logLevel: "warn" });
    await bundle.write({ file, format: "esm" });
    await bundle.close();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const thisFile = fileURLToPath(import.meta.url);

/** Runs one measuring process (see measurePairs) of model `model` and returns its paired rates. */
function measureInOwnProcess(bundle: string, model: number, portableFirst: boolean): PairedRates {
  const child = spawnSync(process.execPath, [thisFile, "pairs", bundle, String(model), portableFirst ? "portable-first" : "built-in-first"], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`math bench: the process measuring model ${model} failed (${String(child.status)}): ${child.stderr}`);
  const rates = JSON.parse(child.stdout) as PairedRates;
  const valid = (xs: unknown): boolean => Array.isArray(xs) && xs.length === PAIRS && xs.every((x) => typeof x === "number" && x > 0);
  if (!valid(rates.portable) || !valid(rates.builtIn)) throw new Error(`math bench: model ${model}'s process printed ${child.stdout}`);
  return rates;
}

/**
 * In this process: imports the bundle twice, as two separate copies of the engine, one running model
 * `model` on the portable functions and one on the built-ins; warms each up, then times PAIRS pairs of runs,
 * the order within a pair alternating (the first pair's order from `portableFirst`).
 */
async function measurePairs(bundle: string, model: number, portableFirst: boolean): Promise<PairedRates> {
  const url = pathToFileURL(bundle).href;
  const load = (copy: string): Promise<VariantsModule> => import(`${url}?copy=${copy}`) as Promise<VariantsModule>;
  // Imported in the order they first run, so neither copy is always the first compiled.
  const first = await load(portableFirst ? "portable" : "built-in");
  const second = await load(portableFirst ? "built-in" : "portable");
  const [portable, builtIn] = portableFirst ? [first, second] : [second, first];
  const runPortable = (): number => portable.runVariant(2 * model, HORIZON);
  const runBuiltIn = (): number => builtIn.runVariant(2 * model + 1, HORIZON);
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    if (portableFirst) { runPortable(); runBuiltIn(); } else { runBuiltIn(); runPortable(); }
  }
  const rates: PairedRates = { portable: [], builtIn: [] };
  for (let k = 0; k < PAIRS; k++) {
    if ((k % 2 === 0) === portableFirst) {
      rates.portable.push(runPortable());
      rates.builtIn.push(runBuiltIn());
    } else {
      rates.builtIn.push(runBuiltIn());
      rates.portable.push(runPortable());
    }
  }
  return rates;
}

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;

/**
 * Math section: what the portable elementary functions cost the engine, against the built-ins, in the same run.
 *
 * Each measuring process holds two separate copies of the engine (one bundle imported under two URLs, so
 * each copy has its own compiled code and V8 specialises and inlines each for its own functions alone, as
 * in a user's process), one on the portable functions and one on the built-ins. It warms both up, then
 * times pairs of runs back to back, alternating which runs first; the process's cost is the median of its
 * pairs' costs. The verdict is on the median of PROCESSES processes' costs per model, alternating which copy
 * each process loads and runs first.
 *
 * Why pairs in one process: comparing separate processes, as this section did before, compared this
 * virtual machine's speed at different moments as much as the functions. On 2026-12-02 paired processes
 * run back to back differed by −97% to +51%, and three runs of the section gave M/M/1 costs of 17.7%,
 * 1.3% and 1.6% for the same code. Runs a fraction of a second apart in one process see the same machine.
 */
export const mathSection: BenchSection = {
  name: "math",
  title: "Portable elementary functions (src/math) against the engine's built-ins, same model, same run",
  async run(): Promise<boolean> {
    const models = MATH_VARIANTS.length / 2;
    const measured: PairedRates[][] = Array.from({ length: models }, () => []);
    const bundle = await bundleVariants();
    try {
      for (let r = 0; r < PROCESSES; r++) {
        for (let m = 0; m < models; m++) measured[m]!.push(measureInOwnProcess(bundle.file, m, r % 2 === 0));
      }
    } finally {
      bundle.remove();
    }
    const rows: (string | number)[][] = [];
    for (let m = 0; m < models; m++) {
      const perProcess = (pick: (rates: PairedRates) => number[]): number[] => measured[m]!.map((rates) => median(pick(rates)));
      for (const [i, pick] of [[2 * m, (x: PairedRates) => x.portable], [2 * m + 1, (x: PairedRates) => x.builtIn]] as const) {
        const rates = perProcess(pick);
        const variant = MATH_VARIANTS[i]!;
        rows.push([variant.model, variant.functions, median(rates), Math.min(...rates), Math.max(...rates)]);
      }
    }
    printTable(["model", "functions", "customers/CPU s (median)", "slowest process (its median run)", "fastest process"], rows);
    console.log();
    let ok = true;
    for (let m = 0; m < models; m++) {
      const costs = measured[m]!.map((rates) => median(pairCosts(rates)));
      const cost = median(costs);
      const pass = cost < TARGET_COST;
      ok &&= pass;
      console.log(
        `${pass ? "PASS" : "FAIL"}  ${MATH_VARIANTS[2 * m]!.model}: the portable functions cost ${percent(cost)} of the engine's speed ` +
          `(median of ${PROCESSES} processes' paired costs, which ranged from ${percent(Math.min(...costs))} to ${percent(Math.max(...costs))}; target < ${100 * TARGET_COST}%)`,
      );
    }
    console.log(
      `      (each process: two copies of the engine, portable and built-in, ${WARM_UP_RUNS} warm-up runs each, then the median of ` +
        `${PAIRS} paired runs of ${formatNumber(HORIZON)} time units, the order alternating)`,
    );
    return ok;
  },
};

// `node math-bench.js pairs BUNDLE MODEL portable-first|built-in-first` prints one process's paired rates
// as JSON (the section runs each process so).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === "pairs") {
  const [, , , bundle, model, order] = process.argv;
  if (bundle === undefined || !(Number(model) >= 0) || (order !== "portable-first" && order !== "built-in-first")) {
    throw new RangeError(`math bench: usage: math-bench.js pairs BUNDLE MODEL portable-first|built-in-first, got ${process.argv.slice(2).join(" ")}`);
  }
  console.log(JSON.stringify(await measurePairs(bundle, Number(model), order === "portable-first")));
}
