import { loadScenario, runReplication, studyHeader, summarizeStudy } from "../../../src/scenario/index.js";

/**
 * The JSON that `borderflow run FILE --set OVERRIDE… --format json` prints for a scenario file's text, computed
 * in this thread with the engine, stats and scenario code that the CLI and the dashboard's workers run.
 *
 * @throws {Error} listing the problems when the scenario does not load.
 */
export function studyJson(text: string, file: string, overrides: readonly string[]): string {
  const loaded = loadScenario(text, file, [...overrides]);
  if (!loaded.ok) throw new Error(`${file}: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  const scenario = loaded.scenario;
  const outputs = Array.from({ length: scenario.replications }, (_, r) => runReplication(scenario, r));
  return `${JSON.stringify(summarizeStudy(studyHeader(scenario), outputs), null, 2)}\n`;
}
