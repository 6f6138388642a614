import { pathToFileURL } from "node:url";
import { animationSection } from "./animation-bench.js";
import { borderSection } from "./border-bench.js";
import { coreSection } from "./core-bench.js";
import { engineSection } from "./engine-bench.js";
import { mathSection } from "./math-bench.js";
import { sensitivitySection } from "./sensitivity-bench.js";
import { studySection } from "./study-bench.js";
import type { BenchSection } from "./table.js";

/** Every section of `npm run bench`, in the order they run; a new section adds itself here. */
export const sections: readonly BenchSection[] = [engineSection, coreSection, mathSection, studySection, borderSection, sensitivitySection, animationSection];

/**
 * Runs the sections named in `names` (all when empty) and prints their tables.
 *
 * @returns a promise of true if every target was met.
 * @throws {RangeError} if a name matches no section.
 */
export async function runBench(names: readonly string[] = []): Promise<boolean> {
  for (const name of names) {
    if (!sections.some((s) => s.name === name)) {
      throw new RangeError(`runBench: unknown section "${name}"; sections are ${sections.map((s) => s.name).join(", ")}`);
    }
  }
  let ok = true;
  for (const section of sections) {
    if (names.length > 0 && !names.includes(section.name)) continue;
    console.log(`\n## ${section.name}: ${section.title}\n`);
    const started = performance.now();
    ok = (await section.run()) && ok;
    console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  return ok;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = (await runBench(process.argv.slice(2))) ? 0 : 1;
}
