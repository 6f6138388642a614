import { describe, expect, it } from "vitest";
import { empirical } from "../../../src/engine/index.js";
import { QUICK, cli, expectRefused, variant } from "./harness.js";

const overflowing = { dist: "empirical", values: [0.5, 1], weights: [1e308, 1e308] };

describe("bad input: numbers that would give wrong results or crash", () => {
  it("empirical(values, [1e308, 1e308]) draws both values, as equal weights do, although the sum overflows", () => {
    const d = empirical([0.5, 1], [1e308, 1e308]);
    expect(d.mean).toBe(0.75);
    let state = 0;
    const u = (): number => (state = (state + 0.37) % 1);
    const draws = Array.from({ length: 100 }, () => d.sample(u));
    expect(new Set(draws)).toEqual(new Set([0.5, 1]));
  });

  it("main(['run', service with weights [1e308, 1e308]]) runs, and the desk serves in 0.75 on average", async () => {
    const text = variant("mm1", (s) => void (s.stations[0].service = overflowing));
    const r = await cli(["run", "f.json", ...QUICK, "--format", "json"], { "f.json": text });
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    // Utilisation = arrival rate (1) x mean service (0.75): well away from 1, the value every draw of the last value gives.
    expect(result.stations.desk.utilization.mean).toBeLessThan(0.9);
  });

  it("main(['theory', service with weights [1e308, 1e308]]) gives finite numbers", async () => {
    const text = variant("mm1", (s) => void (s.stations[0].service = overflowing));
    const r = await cli(["theory", "f.json", "--format", "json"], { "f.json": text });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).values["system.timeInSystem"]).toBe(2);
  });

  it("main(['run', Weibull shape 0.001]) exits 2 naming the field and its bound, with any number of workers", async () => {
    const text = variant("mm1", (s) => void (s.stations[0].service = { dist: "weibull", shape: 0.001, scale: 1 }));
    expectRefused(await cli(["run", "f.json", ...QUICK, "--out", "r.json"], { "f.json": text }), "f.json: stations[0].service.shape:", /must be a number >= 0\.012, got 0\.001/);
  });

  it("main(['run', a distribution whose variance overflows]) exits 2 naming it", async () => {
    const text = variant("mm1", (s) => void (s.stations[0].service = { dist: "gamma", mean: 1, cv: 1e200 }));
    expectRefused(await cli(["run", "f.json", ...QUICK], { "f.json": text }), "f.json: stations[0].service:", /variance \(Infinity\) must be finite/);
  });

  it("main(['run', values whose weighted mean overflows]) exits 2", async () => {
    const text = variant("mm1", (s) => void (s.stations[0].service = { dist: "empirical", values: [1e308, 1.7e308] }));
    expectRefused(await cli(["run", "f.json", ...QUICK], { "f.json": text }), "f.json: stations[0].service:", /must be finite numbers/);
  });

  it("main(['run', border with monthOfYear all 0]) exits 2, like hourOfDay all 0", async () => {
    const text = variant("baseline", (s) => void (s.monthOfYear = Array.from({ length: 12 }, () => 0)));
    expectRefused(await cli(["run", "b.json", "--quiet", "--workers", "1", "--out", "r.json"], { "b.json": text }), "b.json: monthOfYear:", /at least one multiplier > 0/);
    const hours = variant("baseline", (s) => void (s.directions["kg-to-kz"].hourOfDay = Array.from({ length: 24 }, () => 0)));
    expectRefused(await cli(["validate", "h.json"], { "h.json": hours }), "h.json: directions.kg-to-kz.hourOfDay:", /at least one weight > 0/);
  });

  it("main(['theory', a station routing half its customers back to itself]) gives the Jackson values", async () => {
    const text = variant("mm1", (s) => {
      s.stations[0].routes = [{ to: "desk", p: 0.5 }];
      s.arrivals[0].interarrival.mean = 3;
    });
    const r = await cli(["theory", "f.json", "--format", "json"], { "f.json": text });
    expect(r.code).toBe(0);
    // λ = 1/3 entering, 2/3 visits per unit time, ρ = 2/3 × 0.9 = 0.6.
    expect(JSON.parse(r.out).values["stations.desk.utilization"]).toBeCloseTo(0.6, 12);
  });

  it("main(['theory', a station routing every customer back to itself]) exits 2: nobody can leave", async () => {
    const text = variant("mm1", (s) => void (s.stations[0].routes = [{ to: "desk", p: 1 }]));
    expectRefused(await cli(["theory", "f.json"], { "f.json": text }), "f.json: stations[0].routes:", /nobody can leave the network from here/);
  });
});
