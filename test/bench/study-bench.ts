import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { loadScenario } from "../../src/scenario/index.js";
import { replicationPool } from "../../src/scenario/workers/worker-pool.js";
import { formatNumber, printTable, type BenchSection } from "./table.js";

/** The smallest speed-up from 1 to 2 workers accepted on this 2-core machine. */
const TARGET_SPEEDUP = 1.5;
const REPLICATIONS = 20;

/** A study of 20 replications of the tandem teaching network on 1 and on 2 worker threads. */
export const studySection: BenchSection = {
  name: "study",
  title: `a study of ${REPLICATIONS} replications (scenarios/tandem.json, horizon 200,000) on 1 and 2 worker threads`,
  async run() {
    const loaded = loadScenario(readFileSync("scenarios/tandem.json", "utf8"), "scenarios/tandem.json", ["horizon=200000", "warmup=20000"]);
    if (!loaded.ok) throw new Error("scenarios/tandem.json does not load");
    const indices = Array.from({ length: REPLICATIONS }, (_, r) => r);
    const rows: (string | number)[][] = [];
    const seconds: number[] = [];
    const results: string[] = [];
    for (const workers of [1, 2]) {
      const pool = replicationPool(loaded.scenario, workers);
      const started = performance.now();
      const outputs = await pool.execute(indices);
      const elapsed = (performance.now() - started) / 1000;
      await pool.close();
      seconds.push(elapsed);
      results.push(JSON.stringify(outputs));
      rows.push([`${workers}`, elapsed, REPLICATIONS / elapsed]);
    }
    printTable(["workers", "seconds", "replications/s"], rows);
    // Wall-clock time is what parallelism buys, so other load on the machine shows here: say how much there was.
    console.log(`load average during the study: ${loadavg().map((x) => x.toFixed(2)).join(", ")} (on this 2-core machine a load above 2 slows both runs)`);
    const speedup = (seconds[0] as number) / (seconds[1] as number);
    const same = results[0] === results[1];
    console.log(`speed-up 1 -> 2 workers: ${formatNumber(speedup)}x (target >= ${TARGET_SPEEDUP}x) ${speedup >= TARGET_SPEEDUP ? "PASS" : "FAIL"}`);
    console.log(`outputs identical on 1 and 2 workers: ${same ? "yes PASS" : "no FAIL"}`);
    return speedup >= TARGET_SPEEDUP && same;
  },
};
