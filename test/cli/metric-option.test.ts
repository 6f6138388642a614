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
    expect(io.err).toMatch(/--metric "system\.troughput" matches no metric that this scenario reports in replication 0 \(did you mean "system\.throughput"\?\)/);
  });

  it("main(['sweep', ...]) refuses a --metric matching nothing before the study, on replication 0 of each point", async () => {
    // 2 x 100,000 replications would run for minutes, past the test's time limit: the refusal must come first.
    const io = memoryIo();
    const args = ["sweep", "scenarios/mm1.json", "--replications", "100000", "--horizon", "1000", "--warmup", "100", "--workers", "1", "--quiet",
      "--set", "stations.0.service.mean=0.5,0.8", "--metric", "system.troughput"];
    expect(await main(args, io)).toBe(2);
    expect(io.err).toMatch(/--metric "system\.troughput" matches no metric that these scenarios report in replication 0 \(did you mean "system\.throughput"\?\)/);
    expect(io.out).toBe("");
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
