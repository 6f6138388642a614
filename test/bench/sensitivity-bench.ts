import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { headlineMetrics, loadScenario, replicationUnits, runWholeStudy, sensitivityKind, type Scenario } from "../../src/scenario/index.js";
import { pairedInputs, type ScenarioSource } from "../../src/scenario/study/analysis/design-inputs.js";
import { sensitivitySpec } from "../../src/scenario/study/analysis/sensitivity.js";
import { unitPool } from "../../src/scenario/workers/worker-pool.js";
import { formatNumber, printTable, type BenchSection } from "./table.js";

/** The most wall-clock seconds the default tornado may take on this 2-core machine (issue 11). */
const TARGET_SECONDS = 60;
const WORKERS = 2;

function open(file: string): { scenario: Scenario; source: ScenarioSource } {
  const text = readFileSync(file, "utf8");
  const loaded = loadScenario(text, file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return { scenario: loaded.scenario, source: (more) => loadScenario(text, file, more) };
}

/**
 * `borderflow sensitivity scenarios/seals.json --against scenarios/baseline.json` as the CLI runs it
 * (one at a time over every declared input, the scenarios' 10 replications, 2 workers), beside a
 * baseline measured in the same run: the nominal point alone, which is what `compare` runs.
 */
export const sensitivitySection: BenchSection = {
  name: "sensitivity",
  title: `the default tornado of seals against the baseline over all declared inputs, on ${WORKERS} worker threads`,
  async run() {
    const seals = open("scenarios/seals.json");
    const baseline = open("scenarios/baseline.json");
    const inputs = pairedInputs(seals.scenario, baseline.scenario);
    const spec = sensitivitySpec({ method: "oat", metrics: headlineMetrics(seals.scenario) }, inputs, seals.source, baseline.source);
    const pool = unitPool(WORKERS);
    try {
      const timed = async (work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> => {
        const cpu = process.cpuUsage();
        const started = performance.now();
        await work();
        const used = process.cpuUsage(cpu);
        return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
      };
      const nominal = spec.points[0];
      if (nominal?.base === undefined) throw new Error("the tornado has no nominal point against the base");
      const single = await timed(() => pool.execute(replicationUnits([nominal.base as Scenario, nominal.scenario], spec.replications)));
      const tornado = await timed(() => runWholeStudy(sensitivityKind, spec, pool.execute));
      const units = spec.points.length * 2 * spec.replications;
      printTable(["study", "design points", "units", "wall s", "CPU s (all threads)"], [
        ["baseline: the nominal point alone (compare seals baseline)", "1", `${2 * spec.replications}`, single.wall, single.cpu],
        [`tornado: ${inputs.length} inputs at low and high`, `${spec.points.length}`, `${units}`, tornado.wall, tornado.cpu],
      ]);
      console.log(`tornado / one point: ${formatNumber(tornado.wall / single.wall)}x wall for ${spec.points.length} points`);
      console.log(`load average: ${loadavg().map((x) => x.toFixed(2)).join(", ")} (on this 2-core machine a load above 2 slows the wall time)`);
      const ok = tornado.wall <= TARGET_SECONDS;
      console.log(`tornado wall time ${formatNumber(tornado.wall)} s (target <= ${TARGET_SECONDS} s) ${ok ? "PASS" : "FAIL"}`);
      return ok;
    } finally {
      await pool.close();
    }
  },
};
