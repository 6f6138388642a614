import { describe, expect, it } from "vitest";
import { QUICK, cli, expectRefused, variant } from "./harness.js";

const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

describe("bad input: ids that would break the keys of results", () => {
  for (const id of PROTOTYPE_KEYS) {
    it(`main(['run', network with station id "${id}']) exits 2 naming the path and that the name is reserved`, async () => {
      const text = variant("mm1", (s) => {
        s.stations[0].id = id;
        s.arrivals[0].to = id;
      });
      expectRefused(await cli(["run", "f.json", ...QUICK, "--out", "r.json"], { "f.json": text }), "f.json: stations[0].id:", /is reserved .*choose another name/);
    });

    it(`main(['run', network with class "${id}']) exits 2`, async () => {
      const text = variant("mm1", (s) => void (s.arrivals[0].class = id));
      expectRefused(await cli(["run", "f.json", ...QUICK, "--out", "r.json"], { "f.json": text }), "f.json: arrivals[0].class:", /is reserved/);
    });

    it(`main(['run', border with stage id and class id "${id}']) exits 2 for both`, async () => {
      const text = variant("baseline", (s) => {
        const d = s.directions["kg-to-kz"];
        d.classes[0].id = id;
        d.stages[0].id = id;
      });
      const r = await cli(["run", "b.json", "--quiet", "--workers", "1", "--out", "r.json"], { "b.json": text });
      expectRefused(r, 'b.json: directions.kg-to-kz.classes[0].id:', /is reserved/);
      expect(r.err).toContain('b.json: directions.kg-to-kz.stages[0].id:');
    });
  }

  it("main(['compare', A, B]) with a station \"__proto__\" in B exits 2 instead of changing A's utilisation", async () => {
    const b = variant("tandem", (s) => {
      const old = s.stations[1].id;
      s.stations[1].id = "__proto__";
      for (const st of s.stations) for (const r of st.routes) if (r.to === old) r.to = "__proto__";
    });
    expectRefused(await cli(["compare", "scenarios/tandem.json", "b.json", ...QUICK], { "b.json": b }), "b.json: stations[1].id:", /"__proto__" is reserved/);
    // Nothing leaked onto every object's prototype either.
    expect(({} as Record<string, unknown>)["utilization"]).toBeUndefined();
  });

  it("main(['run', FILE, '--set', 'stations.0.id=__proto__']) is refused like the file", async () => {
    const r = await cli(["run", "scenarios/mm1.json", ...QUICK, "--set", "stations.0.id=__proto__", "--set", "arrivals.0.to=__proto__"]);
    expectRefused(r, "stations[0].id:", /is reserved/);
  });

  it("main(['run', network with station ids 'a' and 'a.utilization']) exits 2: a dot would merge metric paths", async () => {
    const text = variant("tandem", (s) => {
      s.stations[0].id = "a";
      s.stations[1].id = "a.utilization";
      s.arrivals[0].to = "a";
      s.stations[0].routes = [{ to: "a.utilization", p: 1 }];
      s.stations[1].routes = [];
    });
    expectRefused(await cli(["run", "f.json", ...QUICK], { "f.json": text }), "f.json: stations[1].id:", /must not contain a dot/);
  });

  it("main(['run', border with class id 'a.b']) exits 2 (dots are refused in every id, not only stage ids)", async () => {
    const text = variant("baseline", (s) => void (s.directions["kz-to-kg"].classes[0].id = "a.b"));
    expectRefused(await cli(["validate", "f.json"], { "f.json": text }), 'f.json: directions.kz-to-kg.classes[0].id:', /must not contain a dot/);
  });

  it("main(['run', network with class 'x.y']) exits 2", async () => {
    const text = variant("mm1", (s) => void (s.arrivals[0].class = "x.y"));
    expectRefused(await cli(["run", "f.json", ...QUICK], { "f.json": text }), "f.json: arrivals[0].class:", /must not contain a dot/);
  });

  it("main(['run', scenario whose name holds a terminal escape]) exits 2 and escapes it in the message", async () => {
    const text = variant("mm1", (s) => void (s.name = "desk\u001b[2J"));
    const r = await cli(["run", "f.json", ...QUICK], { "f.json": text });
    expectRefused(r, "f.json: name:", /must be one line without control characters/);
    expect(r.err).not.toContain("\u001b");
  });

  it("main(['run', scenario whose name holds a right-to-left override]) runs, and the table escapes it so it cannot reorder the line", async () => {
    const text = variant("mm1", (s) => void (s.name = "desk\u202e1.0"));
    const r = await cli(["run", "f.json", ...QUICK], { "f.json": text });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("desk\\u202e1.0");
    expect(r.out).not.toContain("\u202e");
  });
});
