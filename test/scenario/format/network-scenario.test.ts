import { describe, expect, it } from "vitest";
import { scenarioSchema } from "../../../src/scenario/format/scenario-schema.js";
import { validate } from "../../../src/scenario/format/schema/validate.js";
import { twoDesks } from "../fixtures/two-desks.js";

// any: the tests reach deep into plain JSON to break one field at a time.
type Json = Record<string, any>;

const problemsOf = (edit: (s: Json) => void) => {
  const scenario = twoDesks() as Json;
  edit(scenario);
  const result = validate(scenarioSchema, scenario);
  return result.ok ? [] : result.problems;
};

describe("the network form", () => {
  it("validate(scenarioSchema, value) accepts the documented example and fills in defaults", () => {
    const result = validate(scenarioSchema, twoDesks());
    expect(result.ok).toBe(true);
    if (!result.ok || result.value.model !== "network") return;
    expect(result.value.stations[1]).toEqual({ id: "scan", servers: 1, service: { dist: "lognormal", mean: 1.5, cv: 0.5 }, discipline: "fifo", routes: [] });
  });

  it("validate(scenarioSchema, value) fills in replications, seed, description, class and priority when absent", () => {
    const scenario = twoDesks();
    for (const key of ["replications", "seed", "description"]) delete scenario[key];
    scenario["arrivals"] = [{ to: "desk", interarrival: { dist: "exponential", mean: 1 } }];
    const result = validate(scenarioSchema, scenario);
    expect(result).toMatchObject({ ok: true, value: { replications: 10, seed: 1, description: "", arrivals: [{ class: "default", priority: 0 }] } });
  });

  it("validate(scenarioSchema, value) allows $schema only as a declared top-level field", () => {
    expect(problemsOf((s) => delete s["$schema"])).toEqual([]);
    expect(problemsOf((s) => (s["stations"][0]["$schema"] = "x"))[0]?.path).toBe("stations[0].$schema");
  });

  it("validate(scenarioSchema, value) reports an unknown station in routes and in arrivals", () => {
    expect(
      problemsOf((s) => {
        s["stations"][0]["routes"][0]["to"] = "scn";
        s["arrivals"][0]["to"] = "gate";
      }),
    ).toEqual([
      { path: "arrivals[0].to", message: 'unknown station "gate"; stations: desk, scan' },
      { path: "stations[0].routes[0].to", message: 'unknown station "scn" (did you mean "scan"?); stations: desk, scan' },
    ]);
  });

  it("validate(scenarioSchema, value) reports a duplicate station id at its second use", () => {
    expect(problemsOf((s) => (s["stations"][1]["id"] = "desk"))).toContainEqual({
      path: "stations[1].id",
      message: 'duplicate station id "desk"; stations[0] has it already',
    });
  });

  it("validate(scenarioSchema, value) rejects route probabilities summing above 1, beyond rounding", () => {
    expect(problemsOf((s) => s["stations"][0]["routes"].push({ to: "desk", p: 0.71 }))).toEqual([
      { path: "stations[0].routes", message: "probabilities must sum to at most 1 (the rest leaves the network), got 1.01" },
    ]);
    expect(problemsOf((s) => (s["stations"][0]["routes"] = [0.1, 0.2, 0.3, 0.4].map((p) => ({ to: "scan", p }))))).toEqual([]);
  });

  it("validate(scenarioSchema, value) requires warmup below horizon, or \"auto\"", () => {
    expect(problemsOf((s) => (s["warmup"] = 50000))).toEqual([{ path: "warmup", message: "must be < horizon (50000), got 50000" }]);
    expect(problemsOf((s) => (s["warmup"] = "auto"))).toEqual([]);
    expect(problemsOf((s) => (s["warmup"] = "Auto"))).toEqual([{ path: "warmup", message: 'must be a number >= 0 or "auto", got "Auto"' }]);
  });

  it("validate(scenarioSchema, value) checks replications and seed are integers", () => {
    expect(problemsOf((s) => (s["replications"] = 0))).toEqual([{ path: "replications", message: "must be an integer >= 1 and <= 100000, got 0" }]);
    expect(problemsOf((s) => (s["seed"] = 1.5))).toEqual([{ path: "seed", message: "must be an integer, got 1.5" }]);
  });

  it("validate(scenarioSchema, value) accepts a rota whose times increase within the period, and rejects others", () => {
    const rota = (changes: object[]) => (s: Json) => {
      delete s["stations"][0]["servers"];
      s["stations"][0]["schedule"] = { periodLength: 24, changes };
    };
    expect(problemsOf(rota([{ at: 0, servers: 2 }, { at: 20, servers: 0 }]))).toEqual([]);
    expect(problemsOf(rota([{ at: 8, servers: 2 }, { at: 8, servers: 0 }, { at: 24, servers: 1 }]))).toEqual([
      { path: "stations[0].schedule.changes[1].at", message: "must be greater than the previous change's at (8), got 8" },
      { path: "stations[0].schedule.changes[2].at", message: "must be < periodLength (24), got 24" },
    ]);
  });

  it("validate(scenarioSchema, value) refuses servers beside a schedule, which would be ignored", () => {
    expect(problemsOf((s) => (s["stations"][0]["schedule"] = { periodLength: 24, changes: [{ at: 0, servers: 2 }] }))).toEqual([
      { path: "stations[0].servers", message: "must be left out when a schedule is given: the schedule sets the number of servers" },
    ]);
  });

  it("validate(scenarioSchema, value) requires every class in serviceByClass to arrive", () => {
    expect(problemsOf((s) => (s["stations"][0]["serviceByClass"] = { truck: { dist: "deterministic", value: 1 } }))).toEqual([]);
    expect(problemsOf((s) => (s["stations"][0]["serviceByClass"] = { car: { dist: "deterministic", value: 1 } }))).toEqual([
      { path: "stations[0].serviceByClass.car", message: 'unknown class "car"; the arrivals have classes: truck' },
    ]);
  });

  it("validate(scenarioSchema, value) checks discipline, queueLimit and breakdowns", () => {
    expect(
      problemsOf((s) => {
        s["stations"][0]["discipline"] = "preemptive";
        s["stations"][0]["queueLimit"] = 0;
        s["stations"][0]["breakdowns"] = { timeToFailure: { dist: "exponential", mean: 100 }, timeToRepair: { dist: "uniform", min: 1, max: 2 } };
      }),
    ).toEqual([]);
    expect(problemsOf((s) => (s["stations"][0]["discipline"] = "lifo"))[0]?.message).toBe('must be one of "fifo", "priority", "preemptive", got "lifo"');
    expect(problemsOf((s) => (s["stations"][0]["breakdowns"] = { timeToFailure: { dist: "exponential", mean: 100 } }))).toEqual([
      { path: "stations[0].breakdowns.timeToRepair", message: expect.stringMatching(/^missing required field; must be a distribution/) },
    ]);
  });

  it("validate(scenarioSchema, value) reports shape problems throughout the file at once", () => {
    const paths = problemsOf((s) => {
      s["horizon"] = -1;
      s["stations"][0]["sevrers"] = 2;
      s["stations"][1]["service"] = { dist: "expo", mean: 1 };
      s["arrivals"][0]["interarrival"]["mean"] = "1";
    }).map((p) => p.path);
    expect(paths.sort()).toEqual(["arrivals[0].interarrival.mean", "horizon", "stations[0].sevrers", "stations[1].service.dist"]);
  });

  it("validate(scenarioSchema, value) names the models there are for any other", () => {
    expect(problemsOf((s) => (s["model"] = "queue"))).toEqual([{ path: "model", message: 'unknown model "queue"; allowed: network, border' }]);
  });

  it("validate(scenarioSchema, value) refuses routes nobody can leave, at each trapped station's routes, with the reason", () => {
    const selfLoop = problemsOf((s) => (s["stations"][0]["routes"] = [{ to: "desk", p: 1 }]));
    expect(selfLoop.map((p) => p.path)).toEqual(["stations[0].routes"]);
    expect(selfLoop[0]?.message).toMatch(/nobody can leave the network from here: every route from this station returns to it/);
    const cycle = problemsOf((s) => {
      s["stations"][0]["routes"] = [{ to: "scan", p: 1 }];
      s["stations"][1]["routes"] = [{ to: "desk", p: 0.6 }, { to: "scan", p: 0.4 }];
    });
    expect(cycle.map((p) => p.path)).toEqual(["stations[0].routes", "stations[1].routes"]);
    expect(cycle[0]?.message).toMatch(/"desk", "scan" leads back among them/);
  });

  it("validate(scenarioSchema, value) accepts feedback that some customers leave, and a loop behind an exit", () => {
    expect(problemsOf((s) => (s["stations"][0]["routes"] = [{ to: "desk", p: 0.5 }, { to: "scan", p: 0.5 }]))).toEqual([]);
    expect(problemsOf((s) => (s["stations"][1]["routes"] = [{ to: "desk", p: 0.99 }]))).toEqual([]);
  });
});

describe("the common fields", () => {
  it("validate(scenarioSchema, value) takes an optional title for people, a non-empty string", () => {
    expect(problemsOf((s) => (s["title"] = "Two desks, one line"))).toEqual([]);
    expect(problemsOf((s) => (s["title"] = ""))[0]?.path).toBe("title");
    const result = validate(scenarioSchema, { ...twoDesks(), title: "Two desks, one line" });
    expect(result.ok && result.value.title).toBe("Two desks, one line");
  });

  it("every bundled border scenario has a title for people", async () => {
    const { readFileSync } = await import("node:fs");
    for (const id of ["baseline", "seals", "unified", "seals-and-unified", "logistics-centre", "harvest-peak"]) {
      const file = JSON.parse(readFileSync(`scenarios/${id}.json`, "utf8")) as { title?: unknown };
      expect(typeof file.title, id).toBe("string");
    }
  });
});
