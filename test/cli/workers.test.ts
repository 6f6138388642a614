import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Worker threads load the compiled worker, so this runs the built CLI (npm test builds it first).
const bin = "bin/borderflow.js";
const run = (...args: string[]): string => execFileSync("node", [bin, ...args], { encoding: "utf8" });

describe("borderflow run --workers N (built CLI)", () => {
  it("the compiled and bundled CLI exists (npm test runs build:cli first)", () => {
    expect(existsSync("dist/cli/main.js")).toBe(true);
    expect(existsSync("dist/cli/replication-worker.js")).toBe(true);
  });

  it("borderflow run FILE --workers 2 gives the same bytes as --workers 1", () => {
    const common = ["run", "scenarios/tandem.json", "--replications", "6", "--quiet", "--format", "json", "--set", "horizon=5000", "--set", "warmup=500"];
    const one = run(...common, "--workers", "1");
    const two = run(...common, "--workers", "2");
    expect(JSON.parse(one).replications).toBe(6);
    expect(two).toBe(one);
  });

  it("borderflow optimize STUDY --workers 2 gives the same bytes as --workers 1", () => {
    const common = ["optimize", "scenarios/mmc-staffing.study.json", "--horizon", "5000", "--warmup", "500", "--quiet", "--format", "json"];
    const one = run(...common, "--workers", "1");
    const two = run(...common, "--workers", "2");
    expect(JSON.parse(one).best.decisions).toEqual({ "stations.0.servers": 5 });
    expect(two).toBe(one);
  });

  it("borderflow optimize on a searched space (625 configurations) --workers 2 gives the same bytes as --workers 1", () => {
    const common = ["optimize", "test/cli/fixtures/tandem-staffing.study.json", "--horizon", "2000", "--warmup", "200",
      "--set", "arrivals.0.interarrival.mean=0.25", "--quiet", "--format", "json"];
    const one = run(...common, "--workers", "1");
    const two = run(...common, "--workers", "2");
    expect(JSON.parse(one).search.method).toBe("neighbourhood");
    expect(JSON.parse(one).best.decisions).toEqual({ "stations.0.servers": 4, "stations.1.servers": 5 });
    expect(two).toBe(one);
  });

  it("borderflow with a bad flag exits 2 with a message and no stack trace", () => {
    try {
      run("run", "scenarios/mm1.json", "--format", "xml");
      expect.unreachable("should have exited non-zero");
    } catch (error) {
      const e = error as { status: number; stderr: string };
      expect(e.status).toBe(2);
      expect(e.stderr).toMatch(/--format must be one of table, json, csv, got "xml"/);
      expect(e.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
