import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "./memory-io.js";

// borderflow optimize STUDY --shard I/N, then merge, in this process (--workers 1 runs on this thread).
const SLOW = 120_000;

/** A space run whole: 6 configurations x 10 first-stage replications. */
const WHOLE = { file: "scenarios/mmc-staffing.study.json", args: ["--horizon", "20000", "--warmup", "1000"], text: undefined };
/**
 * A searched space: 8 x 8 = 64 configurations, more than maxConfigurations (40), of the tandem network
 * at 5 visits a minute per station (the fixture tandem-staffing.study.json on a smaller lattice, for speed).
 */
const SEARCHED = {
  file: "test/cli/fixtures/small-search.study.json",
  args: ["--horizon", "1000", "--warmup", "100", "--set", "arrivals.0.interarrival.mean=0.25"],
  text: JSON.stringify({
    scenario: "../../../scenarios/tandem.json",
    decisions: [{ path: "stations.0.servers", min: 1, max: 8 }, { path: "stations.1.servers", min: 1, max: 8 }],
    cost: { "stations.0.servers": 1, "stations.1.servers": 2 },
    constraints: [{ metric: "stations.documents.waitInQueue", max: 0.3, tolerance: 0.05 }, { metric: "stations.scanner.waitInQueue", max: 0.3, tolerance: 0.05 }],
    indifference: 1, maxConfigurations: 40, firstStageReplications: 5, maxReplications: 20, searchStarts: 2,
  }),
};
type Study = typeof WHOLE | typeof SEARCHED;

async function cli(argv: string[], files: Record<string, string> = {}): Promise<{ code: number; out: string; err: string; written: Map<string, string> }> {
  const io = memoryIo(files);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err, written: io.written };
}
const inputs = (s: Study): Record<string, string> => (s.text === undefined ? {} : { [s.file]: s.text });

/** The part files of every shard of `count`, by name, each written with --out. */
async function shards(s: Study, count: number): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (let index = 1; index <= count; index++) {
    const name = `part-${index}-of-${count}.json`;
    const r = await cli(["optimize", s.file, ...s.args, "--workers", "1", "--quiet", "--shard", `${index}/${count}`, "--out", name], inputs(s));
    expect(r.code, r.err).toBe(0);
    files[name] = r.written.get(name) as string;
  }
  return files;
}

describe("borderflow optimize STUDY --shard I/N, then borderflow merge PARTS (in process)", () => {
  for (const [what, s, formats] of [
    ["a space run whole (mmc-staffing.study.json)", WHOLE, ["json", "csv", "table"]],
    ["a searched space (64 configurations, maxConfigurations 40)", SEARCHED, ["json"]],
  ] as const) {
    it(`main(['merge', parts of 1, 2, 3 and 4 shards]) gives the unsharded optimize's bytes: ${what}`, async () => {
      const whole: Record<string, string> = {};
      for (const format of formats) {
        const r = await cli(["optimize", s.file, ...s.args, "--workers", "1", "--quiet", "--format", format], inputs(s));
        expect(r.code, r.err).toBe(0);
        whole[format] = r.out;
      }
      const expected = JSON.parse(whole["json"] as string);
      expect(expected.search.method).toBe(s === WHOLE ? "whole" : "neighbourhood");
      for (const count of [1, 2, 3, 4]) {
        const parts = await shards(s, count);
        for (const format of formats) {
          const names = Object.keys(parts).reverse();
          const merged = await cli(["merge", ...names, "--workers", "1", "--quiet", "--format", format], { ...inputs(s), ...parts });
          expect(merged.code, merged.err).toBe(0);
          expect(merged.out).toBe(whole[format]);
        }
      }
    }, SLOW);
  }

  it("main(['merge', parts]) says how many replications came from the parts and how many it ran, and writes --out as optimize does", async () => {
    const parts = await shards(SEARCHED, 2);
    const names = Object.keys(parts);
    const batch = JSON.parse(parts[names[0] as string] as string).study.batch as number;
    expect(batch).toBe(5); // the first start's first stage: firstStageReplications of the lattice's centre
    const r = await cli(["merge", ...names, "--workers", "1", "--format", "csv", "--out", "answer.csv"], { ...inputs(SEARCHED), ...parts });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe("");
    const m = /^borderflow merge: 5 of the (\d+) replications came from the 2 parts; the other (\d+), which the procedure chose from what it saw, ran here, and one more, the parts' first, ran again to check their numbers\n/.exec(r.err);
    expect(m, r.err).not.toBeNull();
    expect(Number(m?.[1])).toBe(5 + Number(m?.[2]));
    expect(r.err).toMatch(/borderflow merge: wrote CSV of the optimisation of ".*", \d+ configurations \(\d[\d,]* bytes\) to answer\.csv\n$/);
    const quiet = await cli(["merge", ...names, "--workers", "1", "--format", "csv", "--quiet"], { ...inputs(SEARCHED), ...parts });
    expect(quiet.err).toBe("");
    expect(quiet.out).toBe(r.written.get("answer.csv"));
  }, SLOW);

  it("main(['optimize', STUDY, '--shard', '1/2', '--format', 'table']) is refused: a part is JSON", async () => {
    const r = await cli(["optimize", WHOLE.file, "--shard", "1/2", "--format", "table"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--shard writes a part file for "borderflow merge", which is JSON; --format table is not allowed with it/);
  });
});
