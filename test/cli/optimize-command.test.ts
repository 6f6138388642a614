import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { mmc } from "../../src/stats/index.js";
import { memoryIo } from "./memory-io.js";

const STUDY = "scenarios/mmc-staffing.study.json";
const short = ["--horizon", "20000", "--warmup", "1000", "--workers", "1", "--quiet"];

function study(fields: Record<string, unknown>): string {
  return JSON.stringify({
    scenario: "mmc.json",
    decisions: [{ path: "stations.0.servers", min: 3, max: 8 }],
    cost: { "stations.0.servers": 1 },
    constraints: [{ metric: "stations.desks.waitInQueue", max: 0.5, tolerance: 0.1 }],
    indifference: 1,
    ...fields,
  });
}

// Each value alone is accepted by mm1.json (horizon 6000 with its warm-up 5000, warm-up 50000 with its
// horizon 100000); only the combination horizon 6000 x warm-up 50000 is refused.
function mm1Clash(fields: Record<string, unknown> = {}): string {
  return JSON.stringify({
    scenario: "mm1.json",
    decisions: [{ path: "horizon", values: [6000, 100000] }, { path: "warmup", values: [5000, 50000] }],
    cost: { horizon: 1 },
    constraints: [{ metric: "stations.desk.waitInQueue", max: 20 }],
    indifference: 1,
    ...fields,
  });
}
const clash = /scenarios\/clash\.study\.json: decisions: configuration \{"horizon":6000,"warmup":50000\} is not accepted by scenarios\/mm1\.json: warmup: must be < horizon \(6000\), got 50000\n$/;

describe("borderflow optimize", () => {
  it("main(['optimize', mmc-staffing]) returns the fewest desks for which Erlang C's mean wait is within the target", async () => {
    // Theory: M/M/c with lambda = 1, mean service 2.7 (mmc.json); the fewest c in 3..8 with Wq <= 0.5.
    let expected = 0;
    for (let c = 3; c <= 8; c++) {
      const r = mmc(1, 1 / 2.7, c);
      if (r.applies && r.Wq <= 0.5) {
        expected = c;
        break;
      }
    }
    expect(expected).toBe(5);
    const io = memoryIo();
    expect(await main(["optimize", STUDY, ...short, "--format", "json"], io)).toBe(0);
    const result = JSON.parse(io.out);
    expect(result.best.decisions).toEqual({ "stations.0.servers": expected });
    expect(result.best.cost).toBe(expected);
    expect(result.guarantee).toMatchObject({ alpha: 0.05, indifference: 1 });
    expect(result.guarantee.procedure).toMatch(/Stein/);
    expect(result.evaluated).toHaveLength(6);
    expect(result.evaluated.map((c: { status: string }) => c.status)).toEqual(["infeasible", "infeasible", "chosen", "dearer", "dearer", "dearer"]);
    // each configuration's interval covers Erlang C's exact wait or the judgement would be suspect
    for (const c of result.evaluated) {
      const exact = mmc(1, 1 / 2.7, c.decisions["stations.0.servers"]);
      const e = c.metrics["stations.desks.waitInQueue"];
      expect(exact.applies).toBe(true);
      if (exact.applies) expect(Math.abs(e.mean - exact.Wq)).toBeLessThan(4 * e.halfWidth);
    }
  });

  const TANDEM = "test/cli/fixtures/tandem-staffing.study.json";
  const tandem = ["--horizon", "2000", "--warmup", "200", "--set", "arrivals.0.interarrival.mean=0.25", "--workers", "1", "--quiet"];

  it("main(['optimize', a 625-configuration study]) searches the space and returns the servers Erlang C gives at each station", async () => {
    // Theory: tandem.json at 4 arrivals a minute, 20% fed back: each station sees lambda = 4 / 0.8 = 5 (Jackson),
    // so each is an M/M/c; the fewest servers with Wq <= 0.3, checked to be clear of the limit by more than the tolerance (0.05).
    const fewest = (meanService: number): number => {
      for (let c = 1; c <= 25; c++) {
        const r = mmc(5, 1 / meanService, c);
        if (r.applies && r.Wq <= 0.3) {
          const below = mmc(5, 1 / meanService, c - 1);
          expect(r.Wq).toBeLessThan(0.3 - 0.05);
          if (below.applies) expect(below.Wq).toBeGreaterThan(0.3 + 0.05);
          return c;
        }
      }
      throw new Error("no c in 1..25 meets the target");
    };
    const documents = fewest(0.56);
    const scanners = fewest(0.64);
    expect([documents, scanners]).toEqual([4, 5]);
    const io = memoryIo();
    expect(await main(["optimize", TANDEM, ...tandem, "--format", "json"], io)).toBe(0);
    const result = JSON.parse(io.out);
    expect(result.best.decisions).toEqual({ "stations.0.servers": documents, "stations.1.servers": scanners });
    expect(result.best.cost).toBe(documents + 2 * scanners);
    expect(result.search).toMatchObject({ method: "neighbourhood", space: 625, capped: false });
    expect(result.search.visited).toBeLessThan(625);
    expect(result.evaluated).toHaveLength(result.search.visited);
    expect(result.guarantee.statement).toMatch(/holds among the \d+ finalists only.*heuristic with no guarantee/);
    expect(io.err).toBe("");
    // the chosen configuration's intervals cover Erlang C's waits
    const exact = [mmc(5, 1 / 0.56, documents), mmc(5, 1 / 0.64, scanners)];
    ["stations.documents.waitInQueue", "stations.scanner.waitInQueue"].forEach((metric, i) => {
      const e = result.best.metrics[metric];
      const wq = exact[i];
      if (wq?.applies) expect(Math.abs(e.mean - wq.Wq)).toBeLessThan(4 * e.halfWidth);
    });
  });

  it("main(['optimize', FILE]) stops a search at maxConfigurations, says so on stderr and in the answer, and still answers", async () => {
    const text = JSON.stringify({ ...JSON.parse(readFileSync(TANDEM, "utf8")), maxConfigurations: 20 });
    const io = memoryIo({ [TANDEM]: text });
    expect(await main(["optimize", TANDEM, ...tandem, "--format", "json"], io)).toBe(0);
    expect(io.err).toMatch(/^borderflow optimize: test\/cli\/fixtures\/tandem-staffing\.study\.json: the search stopped at its cap of 20 configurations \(maxConfigurations\) before it had finished; the answer is the best of what it ran\. Raise maxConfigurations in the study file to search further; at 625 or more \(the whole space\) every configuration is run instead, each at least firstStageReplications \(10\) times\.\n$/);
    const result = JSON.parse(io.out);
    expect(result.search).toMatchObject({ method: "neighbourhood", space: 625, visited: 20, capped: true });
    expect(result.search.statement).toMatch(/It stopped at its cap/);
    expect(result.evaluated).toHaveLength(20);
  });

  it("main(['optimize', FILE]) gives the same bytes as table, and CSV lists every configuration", async () => {
    const table = memoryIo();
    expect(await main(["optimize", STUDY, ...short], table)).toBe(0);
    expect(table.out).toMatch(/^Recommended for .*: stations\.0\.servers=5/);
    expect(table.out).toMatch(/Guarantee: with probability at least 95%/);
    expect(table.out).toMatch(/stations\.0\.servers=4 +cost 4\.000 +infeasible: stations\.desks\.waitInQueue <= 0\.5/);
    const csv = memoryIo();
    expect(await main(["optimize", STUDY, ...short, "--format", "csv"], csv)).toBe(0);
    const lines = csv.out.trim().split("\n");
    expect(lines[0]).toBe("configuration,stations.0.servers,cost,feasible,status,eliminatedAt,replications,failed,stations.desks.waitInQueue.mean,stations.desks.waitInQueue.lo,stations.desks.waitInQueue.hi");
    expect(lines).toHaveLength(7);
  });

  const bad: [string, string, RegExp][] = [
    ["an unknown decision path", study({ decisions: [{ path: "stations.0.sevrers", values: [1, 2] }], cost: {} }), /decisions\[0\]: value 1 of "stations\.0\.sevrers" is not accepted by scenarios\/mmc\.json: stations\[0\]\.sevrers: unknown field "sevrers" \(did you mean "servers"\?\)/],
    ["min above max", study({ decisions: [{ path: "stations.0.servers", min: 8, max: 3 }] }), /decisions\[0\]\.min: must be <= max \(3\), got 8/],
    ["a fractional lane count", study({ decisions: [{ path: "stations.0.servers", values: [2.5] }] }), /decisions\[0\].*value 2\.5.*integer/],
    ["a cost for a path that is not a decision", study({ cost: { "stations.0.service.mean": 3 } }), /cost\.stations\.0\.service\.mean.*is not a decision path; allowed: stations\.0\.servers|cost\["stations\.0\.service\.mean"\].*is not a decision path/],
    ["a constraint on a metric that does not exist", study({ constraints: [{ metric: "stations.desk.waitInQueue", max: 1 }] }), /metric "stations\.desk\.waitInQueue" has no value.*did you mean "stations\.desks\.waitInQueue"/],
    ["no indifference", JSON.stringify({ scenario: "mmc.json", decisions: [{ path: "stations.0.servers", values: [3] }], cost: {} }), /indifference/],
    ["a missing scenario file", study({ scenario: "nope.json" }), /cannot read the study's scenario.*"scenarios\/nope\.json": no such file/],
    ["a decision with too many values", study({ decisions: [{ path: "stations.0.servers", min: 1, max: 2000 }] }), /decisions\[0\]: takes 2000 values; at most 1000 are allowed/],
    ["a maxConfigurations below 2", study({ maxConfigurations: 1 }), /maxConfigurations.*>= 2/],
    ["a fractional searchStarts", study({ searchStarts: 1.5 }), /searchStarts.*integer/],
    ["too many finalists", study({ finalists: 1000 }), /finalists.*<= 100/],
  ];
  for (const [what, text, message] of bad) {
    it(`main(['optimize', FILE]) exits 2 for ${what}, naming the path, and writes nothing`, async () => {
      const io = memoryIo({ "scenarios/bad.study.json": text });
      expect(await main(["optimize", "scenarios/bad.study.json", ...short, "--out", "result.json"], io)).toBe(2);
      expect(io.err).toMatch(message);
      expect(io.err).not.toMatch(/at .*\.[jt]s:\d+/);
      expect(io.written.has("result.json")).toBe(false);
    });
  }


  for (const [what, text] of [["run whole", mm1Clash()], ["searched (maxConfigurations 2 < 4)", mm1Clash({ maxConfigurations: 2 })]] as const) {
    it(`main(['optimize', FILE]) refuses a combination of decision values the scenario refuses before running anything (${what})`, async () => {
      const io = memoryIo({ "scenarios/clash.study.json": text });
      expect(await main(["optimize", "scenarios/clash.study.json", "--workers", "1", "--out", "result.json"], io)).toBe(2);
      // the check's message (path "decisions"), not the one a configuration refused mid-run gives ('configuration ... of "FILE":')
      expect(io.err).toMatch(clash);
      expect(io.err).not.toMatch(/ of "scenarios\/clash/);
      expect(io.out).toBe("");
      expect(io.written.has("result.json")).toBe(false);
    });
  }

  it("main(['optimize', FILE]) says on stderr which decisions have no unit cost and so cost nothing, and the cost leaves them out", async () => {
    // mmc.json's arrivals and desks: the desks are priced, the interarrival mean (a decision too) is not.
    const text = study({
      decisions: [{ path: "stations.0.servers", min: 4, max: 5 }, { path: "arrivals.0.interarrival.mean", values: [1, 1.1] }],
      firstStageReplications: 3, maxReplications: 6,
    });
    const io = memoryIo({ "scenarios/free.study.json": text });
    expect(await main(["optimize", "scenarios/free.study.json", ...short, "--format", "json"], io)).toBe(0);
    expect(io.err).toBe('borderflow optimize: scenarios/free.study.json: "arrivals.0.interarrival.mean" has no unit cost in "cost", so it costs nothing; give it a cost to price it\n');
    const result = JSON.parse(io.out) as { evaluated: { decisions: Record<string, number>; cost: number }[] };
    for (const c of result.evaluated) expect(c.cost).toBe(c.decisions["stations.0.servers"]);
    // Priced, it is not mentioned.
    const priced = memoryIo({ "scenarios/free.study.json": study({ decisions: JSON.parse(text).decisions, cost: { "stations.0.servers": 1, "arrivals.0.interarrival.mean": 0 }, firstStageReplications: 3, maxReplications: 6 }) });
    expect(await main(["optimize", "scenarios/free.study.json", ...short, "--format", "json"], priced)).toBe(0);
    expect(priced.err).toBe("");
  });

  it("main(['optimize', FILE]) refuses a clash at a corner of a space too large to check whole (1,000,000 configurations)", async () => {
    const text = mm1Clash({ decisions: [{ path: "horizon", min: 6000, max: 105900, step: 100 }, { path: "warmup", min: 5000, max: 54950, step: 50 }] });
    const io = memoryIo({ "scenarios/clash.study.json": text });
    expect(await main(["optimize", "scenarios/clash.study.json", "--workers", "1", "--out", "result.json"], io)).toBe(2);
    expect(io.err).toMatch(/decisions: configuration \{"horizon":6000,"warmup":54950\} is not accepted by scenarios\/mm1\.json: warmup: must be < horizon/);
    expect(io.written.has("result.json")).toBe(false);
  });

  it("main(['optimize', FILE, '--out', PATH]) writes the answer whole and says on stderr what it wrote where", async () => {
    const io = memoryIo();
    expect(await main(["optimize", STUDY, "--horizon", "20000", "--warmup", "1000", "--workers", "1", "--format", "csv", "--out", "answer.csv"], io)).toBe(0);
    expect(io.out).toBe("");
    expect(io.written.get("answer.csv")).toMatch(/^configuration,stations\.0\.servers,cost,/);
    expect(io.err).toMatch(/borderflow optimize: wrote CSV of the optimisation of "M\/M\/3 at utilisation 0\.9", 6 configurations \(\d[\d,]* bytes\) to answer\.csv\n$/);
  });

  it("main(['optimize', '--help']) says how large spaces are searched and that the guarantee holds among the finalists only", async () => {
    const io = memoryIo();
    expect(await main(["optimize", "--help"], io)).toBe(0);
    expect(io.out).toMatch(/at most\s+maxConfigurations configurations \(default 500\) is run whole/);
    expect(io.out).toMatch(/holds among the finalists only: the search is a heuristic with no guarantee/);
  });

  it("main(['optimize', FILE, '--replications', '3']) is refused: the study file sets replications", async () => {
    const io = memoryIo();
    expect(await main(["optimize", STUDY, "--replications", "3"], io)).toBe(2);
    expect(io.err).toMatch(/optimize does not take --replications/);
  });
});

describe("borderflow validate on study files", () => {
  it("main(['validate', every bundled *.study.json]) checks each study and its values against its scenario", async () => {
    const io = memoryIo();
    expect(await main(["validate", "scenarios/mmc-staffing.study.json", "scenarios/harvest-capacity.study.json"], io)).toBe(0);
    expect(io.out).toBe("scenarios/mmc-staffing.study.json: ok (optimisation study, all 6 configurations checked)\nscenarios/harvest-capacity.study.json: ok (optimisation study, all 18 configurations checked)\n");
  });

  it("main(['validate', FILE]) refuses a combination of decision values the scenario refuses, as optimize does, and changes nothing", async () => {
    const io = memoryIo({ "scenarios/clash.study.json": mm1Clash({ maxConfigurations: 2 }) });
    expect(await main(["validate", "scenarios/clash.study.json"], io)).toBe(2);
    expect(io.err).toMatch(clash);
    expect(io.out).toBe("");
    expect([...io.written.keys()]).toEqual(["scenarios/clash.study.json"]);
  });

  it("main(['validate', FILE]) checks the corners of a space too large to check whole and says so", async () => {
    const wide = { decisions: [{ path: "horizon", min: 60000, max: 159900, step: 100 }, { path: "warmup", min: 5000, max: 54950, step: 50 }] };
    const io = memoryIo({ "scenarios/wide.study.json": mm1Clash(wide) });
    expect(await main(["validate", "scenarios/wide.study.json"], io)).toBe(0);
    expect(io.out).toBe("scenarios/wide.study.json: ok (optimisation study, 1000000 configurations: the 4 corners checked, the rest as a search runs them)\n");
    const bad = memoryIo({ "scenarios/wide.study.json": mm1Clash({ decisions: [{ ...wide.decisions[0], min: 6000, max: 105900 }, wide.decisions[1]] }) });
    expect(await main(["validate", "scenarios/wide.study.json"], bad)).toBe(2);
    expect(bad.err).toMatch(/decisions: configuration \{"horizon":6000,"warmup":54950\} is not accepted/);
  });

  it("main(['validate', bad.study.json]) exits 2 with the study's path and the scenario's reason", async () => {
    const io = memoryIo({ "scenarios/bad.study.json": JSON.stringify({ scenario: "mmc.json", decisions: [{ path: "stations.0.servers", values: [0] }], cost: { "stations.0.servers": 1 }, indifference: 1 }) });
    expect(await main(["validate", "scenarios/bad.study.json"], io)).toBe(2);
    expect(io.err).toMatch(/scenarios\/bad\.study\.json: decisions\[0\]: value 0 of "stations\.0\.servers" is not accepted by scenarios\/mmc\.json: stations\[0\]\.servers: must be an integer >= 1, got 0/);
  });
});
