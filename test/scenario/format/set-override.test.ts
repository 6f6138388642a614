import { describe, expect, it } from "vitest";
import { applyOverrides } from "../../../src/scenario/format/set-override.js";
import { twoDesks } from "../fixtures/two-desks.js";

describe("applyOverrides(raw, overrides)", () => {
  it("applyOverrides(raw, overrides) sets a field through array indices, parsing the value as JSON", () => {
    const { value, problems } = applyOverrides(twoDesks(), ["stations.0.servers=3", "warmup=\"auto\"", "stations.1.service={\"dist\":\"gamma\",\"mean\":1,\"cv\":0.5}"]);
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ warmup: "auto", stations: [{ servers: 3 }, { service: { dist: "gamma", mean: 1, cv: 0.5 } }] });
  });

  it("applyOverrides(raw, overrides) takes a value that is not JSON as a string", () => {
    expect(applyOverrides(twoDesks(), ["name=Three desks", "warmup=auto"]).value).toMatchObject({ name: "Three desks", warmup: "auto" });
  });

  it("applyOverrides(raw, overrides) accepts the bracket paths that problems are reported with", () => {
    expect(applyOverrides(twoDesks(), ["stations[1].servers=4"]).value).toMatchObject({ stations: [{}, { servers: 4 }] });
  });

  it("applyOverrides(raw, overrides) never changes the caller's object", () => {
    const raw = twoDesks();
    const before = structuredClone(raw);
    applyOverrides(raw, ["stations.0.servers=3", "seed=7", "stations.0.routes.0.p=0.5"]);
    expect(raw).toEqual(before);
  });

  it("applyOverrides(raw, overrides) names a path that is not a field, with the fields allowed there", () => {
    expect(applyOverrides(twoDesks(), ["days=365"]).problems).toEqual([
      { path: "days", message: 'unknown field "days"; allowed: model, $schema, name, title, description, replications, seed, uncertain, horizon, warmup, arrivals, stations (in --set days=365)' },
    ]);
    expect(applyOverrides(twoDesks(), ["stations.0.sevrers=3"]).problems[0]).toMatchObject({ path: "stations[0].sevrers", message: expect.stringContaining('did you mean "servers"') });
  });

  it("applyOverrides(raw, overrides) follows the distribution the file chose", () => {
    expect(applyOverrides(twoDesks(), ["stations.1.service.cv=1"]).problems).toEqual([]);
    expect(applyOverrides({ ...twoDesks(), stations: [{ service: { dist: "expo" } }] }, ["stations.0.service.mean=1"]).problems[0]?.message).toMatch(
      /^the distribution here has no valid "dist"/,
    );
    expect(applyOverrides(twoDesks(), ["stations.0.service.cv=1"]).problems).toEqual([
      { path: "stations[0].service.cv", message: 'unknown field "cv"; allowed: dist, mean (in --set stations.0.service.cv=1)' },
    ]);
  });

  it("applyOverrides(raw, overrides) rejects an index past the end and a field of a number", () => {
    expect(applyOverrides(twoDesks(), ["stations.2.servers=1"]).problems).toEqual([
      { path: "stations[2]", message: "there is no item 2: use an index from 0 to 1 (in --set stations.2.servers=1)" },
    ]);
    expect(applyOverrides(twoDesks(), ["horizon.days=1"]).problems).toEqual([
      { path: "horizon.days", message: 'there is no field "days" inside a number > 0 (in --set horizon.days=1)' },
    ]);
    expect(applyOverrides(twoDesks(), ["stations.first.servers=1"]).problems[0]?.path).toBe("stations.first");
  });

  it("applyOverrides(raw, overrides) creates a missing section so that it can be set field by field", () => {
    const { value } = applyOverrides(twoDesks(), ["stations.0.schedule.periodLength=24"]);
    expect((value as { stations: unknown[] }).stations[0]).toMatchObject({ schedule: { periodLength: 24 } });
  });

  it("applyOverrides(raw, overrides) reports a malformed override and still applies the others", () => {
    const { value, problems } = applyOverrides(twoDesks(), ["servers", "=3", "stations..servers=1", "seed=9"]);
    expect(problems).toEqual([
      { path: "--set servers", message: 'no "="; expected PATH=VALUE, such as stations.0.servers=3' },
      { path: "--set =3", message: 'no path before "="; expected PATH=VALUE, such as stations.0.servers=3' },
      { path: "--set stations..servers=1", message: 'the path "stations..servers" has an empty segment; expected PATH=VALUE, such as stations.0.servers=3' },
    ]);
    expect(value).toMatchObject({ seed: 9 });
  });

  it("applyOverrides(raw, overrides) keeps a record key named __proto__ as data", () => {
    const { value } = applyOverrides(twoDesks(), ['stations.0.serviceByClass.__proto__={"dist":"deterministic","value":1}']);
    const byClass = (value as { stations: { serviceByClass: object }[] }).stations[0]?.serviceByClass;
    expect(Object.keys(byClass ?? {})).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(byClass)).toBe(Object.prototype);
  });
});
