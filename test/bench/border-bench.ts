import { readFileSync } from "node:fs";
import { runBorder } from "../../src/model/index.js";
import { formatProblems, loadScenario, type Scenario } from "../../src/scenario/index.js";
import { type BenchSection, formatNumber, printTable } from "./table.js";

/** Most CPU seconds one simulated year of the baseline (both directions) may take. */
const TARGET_SECONDS = 2;
const REPEATS = 3;

const gc = (globalThis as { gc?: () => void }).gc;

/** Seconds of CPU this process has used (other load on a shared machine stretches wall time, hardly CPU time). */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** The bundled baseline scenario, run for one year with no warm-up. */
function baselineYear(): Scenario & { model: "border" } {
  const text = readFileSync(new URL("../../../scenarios/baseline.json", import.meta.url), "utf8");
  const loaded = loadScenario(text, "scenarios/baseline.json", ["days=365", "warmupDays=0"]);
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  if (loaded.scenario.model !== "border") throw new Error("scenarios/baseline.json is not a border scenario");
  return loaded.scenario;
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** Border section: one simulated year of the baseline, both directions, trucks per second and memory. */
export const borderSection: BenchSection = {
  name: "border",
  title: "Border model: one simulated year of the baseline (both directions)",
  run(): boolean {
    const scenario = baselineYear();
    runBorder({ ...scenario, days: 30 }, 0); // warm the JIT
    let best = Infinity;
    let trucks = 0;
    let heapAfter = NaN;
    for (let r = 0; r < REPEATS; r++) {
      gc?.();
      const t = cpuSeconds();
      const run = runBorder(scenario, r);
      const seconds = cpuSeconds() - t;
      best = Math.min(best, seconds);
      trucks = run.accounting["kg-to-kz"].arrived + run.accounting["kz-to-kg"].arrived;
      gc?.();
      heapAfter = process.memoryUsage().heapUsed;
    }
    const peakRss = process.resourceUsage().maxRSS * 1024;
    const ok = best < TARGET_SECONDS;
    printTable(
      ["run", "trucks", "CPU s", "trucks/s", "peak RSS", "heap after", "target"],
      [["baseline, 365 days", formatNumber(trucks), formatNumber(best), formatNumber(trucks / best), mb(peakRss), gc === undefined ? "n/a" : mb(heapAfter),
        `< ${TARGET_SECONDS} s: ${ok ? "PASS" : "FAIL"}`]],
    );
    return ok;
  },
};
