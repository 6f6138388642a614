import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { QUICK, SCENARIOS, cli, expectRefused, filesIn, run, tempFolder, variant } from "./harness.js";

// Each of these ran until memory was exhausted, or for hours. Each must now stop with a message.
describe("bad input: runs that would never end or would exhaust memory", () => {
  it("main(['run', interarrival deterministic 0]) exits 2 in validation: infinitely many customers at once", async () => {
    const text = variant("mm1", (s) => void (s.arrivals[0].interarrival = { dist: "deterministic", value: 0 }));
    expectRefused(await cli(["run", "f.json", ...QUICK, "--out", "r.json"], { "f.json": text }), "f.json: arrivals[0].interarrival:", /must have a mean > 0/);
  });

  it("main(['run', interarrival mean 1e-300]) exits 2 in validation: far below the clock's resolution at the horizon", async () => {
    const text = variant("mm1", (s) => void (s.arrivals[0].interarrival = { dist: "exponential", mean: 1e-300 }));
    expectRefused(await cli(["run", "f.json", "--quiet", "--out", "r.json"], { "f.json": text }), "f.json: arrivals[0].interarrival:", /far below the clock's resolution at the horizon \(100000\).*use a mean of at least/);
  });

  it("main(['run', a station routing every customer back to itself]) exits 2 in validation", async () => {
    const text = variant("tandem", (s) => void (s.stations[1].routes = [{ to: s.stations[0].id, p: 1 }]));
    const r = await cli(["run", "f.json", ...QUICK], { "f.json": text });
    expect(r.err).toMatch(/nobody can leave the network from here/);
    expectRefused(r, "f.json: stations[", /make some routes sum to less than 1/);
  });

  it("main(['run', arrivals 10x capacity, horizon 1e9]) stops at the cap on customers in the system, naming the station and its rho", async () => {
    const text = variant("mm1", (s) => {
      s.arrivals[0].interarrival.mean = 0.09;
      s.horizon = 1e9;
    });
    const r = await cli(["run", "f.json", "--replications", "2", "--workers", "1", "--quiet", "--max-in-system", "2000", "--out", "r.json"], { "f.json": text });
    expectRefused(r, 'stopped: replication 0 of "M/M/1 at utilisation 0.9": 2000 customers in the system at once', /the cap, --max-in-system.*station "desk" \(offered load rho = (9|10)\.\d\d\): rho >= 1/);
  });

  it("main(['run', a route back with p = 0.9999999]) stops at the cap on events, naming the cap and the busiest station", async () => {
    // Not refused in validation (customers do leave, one visit in ten million), but each customer loops
    // about 10^7 times: without a cap on events the run would take hours.
    const text = variant("mm1", (s) => {
      s.stations[0].service.mean = 1e-6;
      s.stations[0].routes = [{ to: s.stations[0].id, p: 0.9999999 }];
    });
    const r = await cli(["run", "f.json", "--replications", "2", "--workers", "1", "--quiet", "--max-events", "200000", "--out", "r.json"], { "f.json": text });
    expectRefused(r, "200000 events in one replication", /\(the cap, --max-events; the busiest is station "desk" \(offered load rho = [\d.]+\)\).*raise the cap with --max-events N/);
  });

  it("main(['run', interarrival 1e-5 on a horizon of 1e5]) stops at the cap on arrivals, saying how many the run would see", async () => {
    const text = variant("mm1", (s) => {
      s.arrivals[0].interarrival.mean = 1e-5;
      s.stations[0].service.mean = 1e-6;
    });
    const r = await cli(["run", "f.json", "--replications", "2", "--workers", "1", "--quiet", "--max-arrivals", "20000"], { "f.json": text });
    expectRefused(r, "20000 arrivals in one replication", /about 1\.0e\+10 in the whole run\) \(the cap, --max-arrivals\)/);
  });

  it("borderflow run baseline --set trucksPerDay=1e6 stops within the default caps, naming the overloaded stage (built CLI)", () => {
    const folder = tempFolder();
    const r = run(["run", join(SCENARIOS, "baseline.json"), "--set", "directions.kg-to-kz.trucksPerDay=1000000", "--quiet", "--workers", "1", "--out", "r.json"], folder);
    expectRefused(r, 'stopped: replication 0 of "baseline": 50000 customers in the system at once', /the cap, --max-in-system.*station "kg-[a-z-]+" \(offered load rho = \d+\.\d\d\): rho >= 1/);
    expect(filesIn(folder)).toEqual([]);
  });

  it("borderflow run with a run-time cap exits 2 with the same message on 1 worker and on 2 (built CLI)", () => {
    const folder = tempFolder();
    writeFileSync(join(folder, "f.json"), variant("mm1", (s) => void (s.arrivals[0].interarrival.mean = 0.09)));
    const args = ["run", "f.json", "--replications", "2", "--quiet", "--max-in-system", "500"];
    const one = run([...args, "--workers", "1"], folder);
    const two = run([...args, "--workers", "2"], folder);
    expectRefused(one, "500 customers in the system at once", /rho >= 1/);
    expectRefused(two, "500 customers in the system at once", /rho >= 1/);
    expect(two.err.replace(/replication \d/, "")).toBe(one.err.replace(/replication \d/, ""));
    expect(one.err).toMatch(/^borderflow run: stopped: replication \d of "M\/M\/1 at utilisation 0\.9": 500 customers/);
  });

  // A study of many variants of one scenario names the variant that stopped, not only the scenario.
  it("borderflow sweep stopped by a cap names the swept value whose queue grows, the same on 1 worker and on 2 (built CLI)", () => {
    const folder = tempFolder();
    for (const workers of ["1", "2"]) {
      const r = run(["sweep", join(SCENARIOS, "mm1.json"), "--set", "stations.0.service.mean=0.5,1.2", "--replications", "2", "--workers", workers, "--quiet", "--max-in-system", "200", "--out", "r.json"], folder);
      expectRefused(r, 'stopped: replication 0 of "M/M/1 at utilisation 0.9" at stations.0.service.mean=1.2: 200 customers in the system at once', /rho = 1\.\d\d\): rho >= 1/);
      expect(filesIn(folder)).toEqual([]);
    }
  });

  it("main(['optimize', STUDY]) stopped by a cap names the configuration whose queue grows", async () => {
    const study = JSON.stringify({
      scenario: "mmc.json", decisions: [{ path: "stations.0.servers", min: 2, max: 4 }], cost: { "stations.0.servers": 1 },
      constraints: [{ metric: "stations.desks.waitInQueue", max: 0.5, tolerance: 0.1 }], indifference: 1,
    });
    const r = await cli(["optimize", "scenarios/s.study.json", "--horizon", "20000", "--warmup", "1000", "--workers", "1", "--quiet", "--max-in-system", "1000", "--out", "r.json"], { "scenarios/s.study.json": study });
    expectRefused(r, 'stopped: replication 0 of "M/M/3 at utilisation 0.9" in configuration {"stations.0.servers":2}: 1000 customers in the system at once', /rho >= 1/);
    expect(r.err).toMatch(/A configuration that cannot keep up stops the whole study: leave it out of the decisions' values in scenarios\/s\.study\.json, or raise the cap/);
  });

  it("main(['compare', A, B]) stopped by a cap names the file, and main(['uncertainty', ...]) the design point's inputs", async () => {
    const fast = variant("mm1", (s) => void (s.stations[0].service.mean = 0.5));
    const compared = await cli(["compare", "fast.json", "scenarios/mm1.json", "--set", "stations.0.service.mean=1.2", "--workers", "1", "--quiet", "--max-in-system", "200"], { "fast.json": fast });
    expectRefused(compared, 'stopped: replication 0 of "M/M/1 at utilisation 0.9" (fast.json): 200 customers', /rho >= 1/);
    // The service mean's declared range 0.8 to 0.93 stays below rho = 1; a fast arrival stream pushes one world over.
    const busy = variant("mm1", (s) => void (s.uncertain = [{ path: "arrivals.0.interarrival.mean", low: 0.5, high: 2, why: "test" }]));
    const spread = await cli(["uncertainty", "busy.json", "--samples", "4", "--replications", "2", "--workers", "1", "--quiet", "--max-in-system", "300"], { "busy.json": busy });
    expectRefused(spread, 'stopped: replication ', /of "M\/M\/1 at utilisation 0\.9" at arrivals\.0\.interarrival\.mean=0\.[5-8]\d*: 300 customers in the system at once/);
  });

  it("main(['run', FILE, '--replications', '1000000000']) exits 2 at once naming the bound", async () => {
    const r = await cli(["run", "scenarios/mm1.json", "--replications", "1000000000"]);
    expectRefused(r, "--replications", /must be an integer from 1 to 100000, written in decimal digits, got "1000000000"/);
    const set = await cli(["run", "scenarios/mm1.json", "--set", "replications=1000000000"]);
    expectRefused(set, "replications:", /must be an integer >= 1 and <= 100000/);
  });

  it("borderflow run FILE --workers 1000 runs on the machine's threads and says so (built CLI)", () => {
    const folder = tempFolder();
    const r = run(["run", join(SCENARIOS, "mm1.json"), "--workers", "1000", "--replications", "2", "--horizon", "100", "--warmup", "0", "--quiet", "--format", "json"], folder);
    expect(r.err).toMatch(/--workers 1000 is more than the \d+ threads this machine can run at once; using \d+/);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).replications).toBe(2);
  });
});
