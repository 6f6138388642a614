import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "./memory-io.js";

const quick = ["scenarios/mm1.json", "--replications", "2", "--horizon", "1000", "--warmup", "100", "--workers", "1", "--quiet"];

describe("borderflow --metric", () => {
  it("main(['run', FILE, '--metric', P, '--format', 'csv']) writes only the matching metrics", async () => {
    const io = memoryIo();
    expect(await main(["run", ...quick, "--metric", "system.t*", "--metric", "stations.*.utilization", "--format", "csv"], io)).toBe(0);
    const metrics = io.out.trim().split("\n").slice(1).map((line) => line.split(",")[4]);
    expect(metrics).toEqual(["system.throughput", "system.timeInSystem", "stations.desk.utilization"]);
  });

  it("main(['run', FILE, '--metric', typo]) exits 2 naming the pattern and the nearest metric", async () => {
    const io = memoryIo();
    expect(await main(["run", ...quick, "--metric", "system.troughput"], io)).toBe(2);
    // Warned at once, from replication 0, then refused on the result.
    expect(io.err).toMatch(/warning: --metric "system\.troughput" matches no metric that this scenario reports in replication 0 \(did you mean "system\.throughput"\?\); the study goes on/);
    expect(io.err).toMatch(/--metric "system\.troughput" matches no metric of this result \(did you mean "system\.throughput"\?\)/);
    expect(io.out).toBe("");
  });

  it("main(['run', FILE, '--metric', P]) gives the rows the run without --metric gives (replication 0, run first for the look, is not run again)", async () => {
    const all = memoryIo();
    expect(await main(["run", ...quick, "--format", "csv"], all)).toBe(0);
    const some = memoryIo();
    expect(await main(["run", ...quick, "--format", "csv", "--metric", "system.*"], some)).toBe(0);
    const [header, ...rows] = all.out.trim().split("\n");
    expect(some.out.trim().split("\n")).toEqual([header, ...rows.filter((r) => /^estimate,[^,]*,,,system\.[^.,]+,/.test(r))]);
    expect(some.err).toBe("");
  });

  it("main(['run', FILE, '--metric', P]) accepts a metric that replication 0 lacks and a later replication reports", async () => {
    // One urgent truck every 20 minutes on a 20-minute horizon: replication 0 sees none, others do.
    const io = memoryIo();
    const args = ["run", "scenarios/priority.json", "--set", "arrivals.0.interarrival.mean=20", "--horizon", "20", "--warmup", "0",
      "--replications", "10", "--workers", "1", "--quiet", "--format", "csv", "--metric", "classes.urgent.*"];
    expect(await main(args, io)).toBe(0);
    expect(io.err).toMatch(/warning: --metric "classes\.urgent\.\*" matches no metric that this scenario reports in replication 0/);
    // The scenario's name holds a comma (quoted in the CSV): read the metric column by its shape.
    const metrics = io.out.trim().split("\n").slice(1).map((line) => /,,,([^,]+),/.exec(line)?.[1]);
    expect(metrics).toEqual(["classes.urgent.timeInSystem", "classes.urgent.waitInQueue"]);
  });

  it("main(['compare', A, B, '--metric', P]) accepts a pattern that only a later scenario's metrics match", async () => {
    const io = memoryIo();
    const args = ["compare", "scenarios/mm1.json", "scenarios/mmc.json", "--replications", "2", "--horizon", "1000", "--warmup", "100", "--workers", "1", "--quiet"];
    expect(await main([...args, "--metric", "stations.desks.utilization", "--format", "csv"], io)).toBe(0);
    const rows = io.out.trim().split("\n").slice(1).map((line) => line.split(","));
    expect(rows.map((r) => [r[0], r[4]])).toEqual([["estimate", "stations.desks.utilization"]]);
  });

  it("main(['run', FILE, '--shard', '1/2', '--metric', P]) exits 2: a part keeps every metric, merge takes --metric", async () => {
    const io = memoryIo();
    expect(await main(["run", ...quick, "--shard", "1/2", "--metric", "system.throughput"], io)).toBe(2);
    expect(io.err).toMatch(/--metric cannot be combined with --shard: a part file keeps every metric for "borderflow merge", which takes --metric/);
    expect(io.out).toBe("");
  });

  it("main([COMMAND, FILE, '--metric', 'a b']) exits 2 on the pattern before reading FILE or running anything", async () => {
    for (const command of ["run", "compare", "sweep", "sensitivity"]) {
      const io = memoryIo();
      // The file does not exist: an error about the pattern, not the file, shows the check comes first.
      expect(await main([command, "no-such-file.json", "--metric", "a b"], io)).toBe(2);
      expect(io.err).toMatch(/--metric: metric pattern "a b" is not a dotted path \(letters, digits, - and _/);
      expect(io.err).not.toMatch(/no-such-file/);
      expect(io.out).toBe("");
    }
  });
});
