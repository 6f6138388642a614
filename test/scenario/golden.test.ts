import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileKind } from "../../src/scenario/format/file-kind.js";
import { describe, expect, it } from "vitest";
import { loadScenario, runReplication, studyHeader, summarizeStudy, type Scenario } from "../../src/scenario/index.js";

// Regression snapshots: each bundled scenario, shortened, at a fixed seed, against a committed summary.
// They catch unintended changes of behaviour; correctness is checked elsewhere (theory, accounting).
// On a mismatch the new summary is written beside the old as <name>-changed.json for review; to accept a
// deliberate change, replace the golden file with it. A missing golden file is written locally but fails in CI.
const dir = "test/golden";
const files = readdirSync("scenarios").filter((f) => fileKind(f) === "scenario").sort();

function shortened(file: string): Scenario {
  const text = readFileSync(`scenarios/${file}`, "utf8");
  const model = (JSON.parse(text) as { model?: string }).model;
  const overrides = model === "border"
    ? ["days=4", "warmupDays=1", "replications=2", "seed=7"]
    : ["horizon=2000", "warmup=200", "replications=2", "seed=7"];
  const loaded = loadScenario(text, file, overrides);
  if (!loaded.ok) throw new Error(`${file}: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return loaded.scenario;
}

describe("golden outputs of the bundled scenarios", () => {
  it("there are bundled scenarios to check", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  for (const file of files) {
    it(`summarizeStudy(runReplication(scenarios/${file})) matches test/golden/${file}`, () => {
      const s = shortened(file);
      const outputs = [0, 1].map((r) => runReplication(s, r));
      const text = `${JSON.stringify(summarizeStudy(studyHeader(s), outputs), null, 2)}\n`;
      const golden = `${dir}/${file}`;
      if (!existsSync(golden)) {
        if (process.env["CI"]) throw new Error(`${golden} is missing; run the tests locally to create it and commit it`);
        writeFileSync(golden, text);
        return;
      }
      const expected = readFileSync(golden, "utf8");
      if (text !== expected) writeFileSync(`${dir}/${file.replace(/\.json$/, "")}-changed.json`, text);
      expect(text, `${file} changed: compare ${golden} with its -changed.json`).toBe(expected);
    });
  }
});
