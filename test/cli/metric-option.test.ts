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
    expect(io.err).toMatch(/--metric "system\.troughput" matches no metric of this result \(did you mean "system\.throughput"\?\)/);
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
