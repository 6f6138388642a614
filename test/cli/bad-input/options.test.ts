import { describe, expect, it } from "vitest";
import { QUICK, cli, expectRefused } from "./harness.js";

describe("bad input: options", () => {
  it("main(['run', FILE, '--trace', 'x']) exits 2: the option does not exist (it was accepted and did nothing)", async () => {
    expectRefused(await cli(["run", "scenarios/mm1.json", "--trace", "x"]), 'unknown option "--trace"', /allowed: --replications/);
  });

  for (const text of ["0x3", "1e3", "3.0", " 3", "+0x1"]) {
    it(`main(['run', FILE, '--replications', '${text}']) exits 2: counts are written in decimal digits`, async () => {
      expectRefused(await cli(["run", "scenarios/mm1.json", "--replications", text]), "--replications must be an integer", new RegExp(`written in decimal digits, got "${text.replace("+", "\\+")}"`));
    });
  }

  it("main(['run', FILE, '--workers', '0x2']) and '--max-in-system 1e3' exit 2 too", async () => {
    expectRefused(await cli(["run", "scenarios/mm1.json", "--workers", "0x2"]), "--workers must be an integer >= 1", /decimal digits/);
    expectRefused(await cli(["run", "scenarios/mm1.json", "--max-in-system", "1e3"]), "--max-in-system must be an integer >= 1", /decimal digits/);
  });

  it("main(['validate', FILE with a shape problem]) says that the checks across fields follow once it is fixed", async () => {
    const text = JSON.stringify({
      name: "x", model: "network", horizon: 100, warmup: 0,
      arrivals: [{ to: "nowhere", interarrival: { dist: "exponential", mean: 1 } }],
      stations: [{ id: "desk", servers: 0, service: { dist: "exponential", mean: 1 } }],
    });
    const r = await cli(["validate", "f.json"], { "f.json": text });
    expect(r.code).toBe(2);
    expect(r.err).toContain("f.json: stations[0].servers: must be an integer >= 1, got 0");
    expect(r.err).toContain("checks across fields, such as unknown ids and sums of shares, run once these are fixed");
  });

  it("main(['validate', FILE with a bad id]) still runs the checks across fields (the unknown station is listed too)", async () => {
    const text = JSON.stringify({
      name: "x", model: "network", horizon: 100, warmup: 0,
      arrivals: [{ to: "nowhere", interarrival: { dist: "exponential", mean: 1 } }],
      stations: [{ id: "desk.1", service: { dist: "exponential", mean: 1 } }],
    });
    const r = await cli(["validate", "f.json"], { "f.json": text });
    expect(r.code).toBe(2);
    expect(r.err).toContain("f.json: stations[0].id: must not contain a dot");
    expect(r.err).toContain('f.json: arrivals[0].to: unknown station "nowhere"');
  });

  it("main(['validate', FILE]) that says ok means run accepts it", async () => {
    const v = await cli(["validate", "scenarios/tandem.json"]);
    expect(v.code).toBe(0);
    const r = await cli(["run", "scenarios/tandem.json", ...QUICK]);
    expect(r.code).toBe(0);
  });
});
