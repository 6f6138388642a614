import { describe, expect, it } from "vitest";
import { loadScenario, networkTheory, type NetworkScenario } from "../../../src/scenario/index.js";

/** One station fed by one stream, loaded as the CLI loads a file. */
function oneDesk(interarrival: object, service: object, servers: number): NetworkScenario {
  const loaded = loadScenario(JSON.stringify({
    name: "one desk", model: "network", horizon: 1000, warmup: 100, replications: 2, seed: 1,
    arrivals: [{ to: "desk", interarrival }], stations: [{ id: "desk", servers, service }],
  }), "test");
  if (!loaded.ok || loaded.scenario.model !== "network") throw new Error("the test scenario does not load");
  return loaded.scenario;
}

describe("networkTheory(scenario)", () => {
  it("networkTheory(scenario) marks Allen–Cunneen an approximation for lognormal arrivals of cv 1, which are not Poisson", () => {
    // Kingman by hand: ρ = 0.8, ca² = cs² = 1, E[S] = 0.8, so Wq ≈ ρ/(1 − ρ) · (1 + 1)/2 · 0.8 = 3.2.
    const r = networkTheory(oneDesk({ dist: "lognormal", mean: 1, cv: 1 }, { dist: "exponential", mean: 0.8 }, 1));
    expect(r.applies).toBe(true);
    expect(r.exact).toBe(false);
    expect(r.values["system.waitInQueue"]).toBeCloseTo(3.2, 12);
  });

  it("networkTheory(scenario) marks Allen–Cunneen an approximation for M/G/2 with lognormal service of cv 1, which is not M/M/2", () => {
    // M/M/2 by hand: a = 1.6, ρ = 0.8, C = 2ρ²/(1 + ρ) = 0.71111, Wq = C/(2μ − λ) = 0.71111/0.25 = 2.84444; (1 + cs²)/2 = 1.
    const r = networkTheory(oneDesk({ dist: "exponential", mean: 1 }, { dist: "lognormal", mean: 1.6, cv: 1 }, 2));
    expect(r.applies).toBe(true);
    expect(r.exact).toBe(false);
    expect(r.values["system.waitInQueue"]).toBeCloseTo(1.28 / 1.8 / 0.25, 12);
  });

  it("networkTheory(scenario) keeps exact results exact: M/M/2, and D/D/1, which never waits", () => {
    const mm2 = networkTheory(oneDesk({ dist: "exponential", mean: 1 }, { dist: "exponential", mean: 1.6 }, 2));
    expect([mm2.model, mm2.exact]).toEqual(["M/M/2", true]);
    const dd1 = networkTheory(oneDesk({ dist: "deterministic", value: 1 }, { dist: "deterministic", value: 0.8 }, 1));
    expect(dd1.exact).toBe(true);
    expect(dd1.values["system.waitInQueue"]).toBe(0);
  });
});
