import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// Worker threads load the compiled worker, so this runs the built CLI (npm test builds it first).
// About 30 processes: generous timeouts, as the machine may be shared.
const SLOW = 240_000;
const bin = "bin/borderflow.js";
const cli = (...args: string[]): string => execFileSync("node", [bin, ...args, "--quiet"], { encoding: "utf8" });
const dir = mkdtempSync(join(tmpdir(), "borderflow-shards-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const network = ["--set", "horizon=2000", "--set", "warmup=200"];
const studies: Record<string, string[]> = {
  run: ["run", "scenarios/baseline.json", "--set", "days=8", "--set", "warmupDays=1", "--replications", "4"],
  compare: ["compare", "scenarios/mm1.json", "scenarios/mmc.json", "scenarios/priority.json", ...network, "--replications", "3"],
  sweep: ["sweep", "scenarios/tandem.json", "--set", "stations.0.servers=1,2", ...network, "--replications", "4"],
};

/** Runs every shard of `count` with `workers` threads, each to its own file; the files in reverse order. */
function shards(name: string, study: string[], count: number, workers: number): string[] {
  const files: string[] = [];
  for (let index = 1; index <= count; index++) {
    const file = join(dir, `${name}-w${workers}-${index}of${count}.json`);
    writeFileSync(file, cli(...study, "--shard", `${index}/${count}`, "--workers", String(workers)));
    files.push(file);
  }
  return files.reverse();
}

const written: Record<string, string[]> = {};

describe("borderflow COMMAND --shard I/N, then merge (built CLI)", () => {
  for (const [name, study] of Object.entries(studies)) {
    it(`borderflow ${name} --shard I/3 on 1 and 2 workers, merged, gives the unsharded ${name}'s bytes`, () => {
      const whole = cli(...study, "--format", "json", "--workers", "1");
      expect(JSON.parse(whole)).toBeTypeOf("object");
      expect(cli(...study, "--format", "json", "--workers", "2")).toBe(whole);
      for (const workers of [1, 2]) {
        const files = shards(name, study, 3, workers);
        expect(cli("merge", ...files, "--format", "json")).toBe(whole);
        written[name] = files;
      }
    }, SLOW);
  }

  it("borderflow merge --format csv and table of sweep parts give the unsharded sweep's bytes", () => {
    const study = studies["sweep"] as string[];
    const files = written["sweep"] as string[];
    const csv = cli(...study, "--format", "csv", "--workers", "2");
    expect(csv.split("\n")[0]).toBe("kind,scenario,parameter,value,metric,mean,halfWidth,lo,hi,replications,unit");
    expect(cli("merge", ...files, "--format", "csv")).toBe(csv);
    expect(cli("merge", ...files)).toBe(cli(...study, "--workers", "2"));
  }, SLOW);

  it("borderflow optimize --shard 1/2 and 2/2 on 2 workers, merged on 2 workers, gives the unsharded optimize's bytes", () => {
    const study = ["optimize", "scenarios/mmc-staffing.study.json", "--horizon", "20000", "--warmup", "1000"];
    const whole = cli(...study, "--format", "json", "--workers", "1");
    expect(JSON.parse(whole).best.decisions).toEqual({ "stations.0.servers": 5 });
    const files = shards("optimize", study, 2, 2);
    const part = JSON.parse(readFileSync(files[1] as string, "utf8"));
    expect([part.command, part.shard, part.study.batch]).toEqual(["optimize", { index: 1, count: 2 }, 60]);
    expect(cli("merge", ...files, "--format", "json", "--workers", "2")).toBe(whole);
    expect(cli("merge", ...files, "--format", "csv")).toBe(cli(...study, "--format", "csv", "--workers", "2"));
  }, SLOW);

  it("borderflow merge of parts of two commands exits 2 and names both", () => {
    const compare = (written["compare"] as string[])[0] as string;
    const sweep = (written["sweep"] as string[])[0] as string;
    try {
      execFileSync("node", [bin, "merge", compare, sweep], { encoding: "utf8", stdio: "pipe" });
      expect.unreachable("merge should have exited 2");
    } catch (error) {
      const e = error as { status: number; stderr: string };
      expect(e.status).toBe(2);
      expect(e.stderr).toContain(`${sweep}: is a part of "sweep", but ${compare} is a part of "compare"`);
    }
  });
});
