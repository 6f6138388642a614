import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeState, defaultState, encodeState, parseEditValue, type DashboardState } from "../../../web/app/url-state.js";

const known = ["baseline", "seals", "unified", "seals-and-unified", "logistics-centre", "harvest-peak"];
const defaults = known.slice(0, 5);

describe("url state", () => {
  it("encodeState(state) writes the scenarios, edits and settings as a readable query", () => {
    const state: DashboardState = {
      ...defaultState(["baseline", "seals"]),
      edits: { seals: { "seals.share": 0.5, "unified.allDayOperation": true } },
      replications: 8,
      days: 21,
      view: "brief",
      brief: "seals",
    };
    expect(encodeState(state)).toBe(
      "s=baseline,seals&set=seals:seals.share=0.5&set=seals:unified.allDayOperation=true&r=8&days=21&view=brief&brief=seals",
    );
  });

  it("decodeState(encodeState(state)) gives the state back", () => {
    const value = fc.oneof(fc.boolean(), fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }));
    const path = fc.constantFrom("seals.share", "directions.kg-to-kz.trucksPerDay", "directions.kz-to-kg.stages.1.lanes", "startMonth");
    const state = fc
      .record({
        scenarios: fc.uniqueArray(fc.constantFrom(...known), { minLength: 1, maxLength: known.length }),
        replications: fc.option(fc.integer({ min: 1, max: 200 })),
        days: fc.option(fc.integer({ min: 1, max: 365 })),
        seed: fc.option(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })),
        warmupDays: fc.option(fc.integer({ min: 0, max: 400 })),
        view: fc.constantFrom("compare" as const, "sweep" as const, "brief" as const),
        editList: fc.array(fc.tuple(fc.nat(), path, value), { maxLength: 6 }),
        sweep: fc.option(fc.record({
          scenario: fc.constantFrom(...known),
          path,
          values: fc.array(value, { minLength: 2, maxLength: 6 }),
          metric: fc.constantFrom("directions.kg-to-kz.crossingHours", "directions.kz-to-kg.queueTrucks"),
          second: fc.option(fc.record({ path, values: fc.array(value, { minLength: 2, maxLength: 6 }) }), { nil: undefined }),
        }).map(({ second, ...rest }) => (second === undefined ? rest : { ...rest, second }))),
      })
      .map(({ scenarios, editList, ...rest }): DashboardState => {
        const edits: Record<string, Record<string, number | boolean>> = {};
        for (const [i, p, v] of editList) (edits[scenarios[i % scenarios.length] as string] ??= {})[p] = v;
        return { ...rest, scenarios, edits, brief: scenarios.at(-1) ?? null };
      });
    fc.assert(
      fc.property(state, (s) => {
        const decoded = decodeState(encodeState(s), known, defaults);
        expect(decoded.warnings).toEqual([]);
        expect(decoded.state).toEqual(s);
      }),
    );
  });

  it("decodeState(search) reads a hand-written link with escaped characters", () => {
    const { state, warnings } = decodeState("?s=baseline%2Cseals&set=seals%3Aseals.share%3D0.25", known, defaults);
    expect(warnings).toEqual([]);
    expect(state.scenarios).toEqual(["baseline", "seals"]);
    expect(state.edits).toEqual({ seals: { "seals.share": 0.25 } });
  });

  it("decodeState('') opens the default comparison", () => {
    expect(decodeState("", known, defaults)).toEqual({ state: defaultState(defaults), warnings: [] });
  });

  it("decodeState(search) leaves out what it cannot use and says why", () => {
    const { state, warnings } = decodeState(
      "s=baseline,nowhere,baseline&set=seals:seals.share=0.5&set=baseline:seals.share=half&set=junk&r=0&view=map&brief=seals",
      known,
      defaults,
    );
    expect(state).toEqual(defaultState(["baseline"]));
    expect(warnings).toEqual([
      expect.stringContaining('scenario "nowhere" ignored: no bundled scenario'),
      'set=seals:seals.share=0.5 ignored: "seals" is not among the chosen scenarios',
      "set=baseline:seals.share=half ignored: expected scenario:path=value with a number, true, false or a distribution {\"dist\":...}",
      "set=junk ignored: expected scenario:path=value with a number, true, false or a distribution {\"dist\":...}",
      "view=map ignored: allowed views are compare, sweep, brief, optimize, how-sure",
      'brief=seals ignored: "seals" is not among the chosen scenarios',
      "r=0 ignored: it must be a whole number ≥ 1",
    ]);
  });

  it("decodeState(search) keeps an edit of __proto__ or constructor as an edit of that name, for the loader to refuse", () => {
    const { state, warnings } = decodeState("s=baseline&set=baseline:__proto__=1&set=baseline:constructor=2", known, defaults);
    expect(warnings).toEqual([]);
    const edits = state.edits["baseline"] ?? {};
    expect(Object.keys(edits)).toEqual(["__proto__", "constructor"]);
    expect(Object.entries(edits)).toEqual([["__proto__", 1], ["constructor", 2]]);
    expect(encodeState(state)).toBe("s=baseline&set=baseline:__proto__=1&set=baseline:constructor=2");
  });

  it("decodeState(search) reads the seed and the warm-up, and refuses what the CLI's --seed and warmupDays refuse", () => {
    expect(decodeState("s=baseline&seed=-42&warmup=0", known, defaults).state).toMatchObject({ seed: -42, warmupDays: 0 });
    const { state, warnings } = decodeState("s=baseline&seed=1e3&warmup=-1", known, defaults);
    expect(state).toMatchObject({ seed: null, warmupDays: null });
    expect(warnings).toEqual([
      "seed=1e3 ignored: it must be a whole number, written in decimal digits",
      "warmup=-1 ignored: it must be a whole number ≥ 0, written in decimal digits",
    ]);
    expect(encodeState({ ...defaultState(["baseline"]), seed: 7, warmupDays: 3 })).toBe("s=baseline&seed=7&warmup=3");
  });

  it("decodeState(search) falls back to the defaults when no named scenario exists", () => {
    const { state, warnings } = decodeState("s=nowhere", known, defaults);
    expect(state.scenarios).toEqual(defaults);
    expect(warnings).toHaveLength(1);
  });

  it("decodeState(search) refuses a sweep with fewer than two values", () => {
    const { state, warnings } = decodeState("s=seals&sweep=seals:seals.share&values=0.5&metric=m", known, defaults);
    expect(state.sweep).toBeNull();
    expect(warnings[0]).toMatch(/a sweep needs two or more values/);
  });

  it("parseEditValue(text) accepts numbers and switches only", () => {
    expect([parseEditValue("0.5"), parseEditValue("true"), parseEditValue("false"), parseEditValue("-3")]).toEqual([0.5, true, false, -3]);
    expect([parseEditValue(""), parseEditValue(" "), parseEditValue("NaN"), parseEditValue("Infinity"), parseEditValue("yes")]).toEqual([
      undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it("parseEditValue(text) reads a number as `--set` does: 1e3 and ' 1' are numbers, 0x10, .5 and 1e400 are not", () => {
    expect([parseEditValue("1e3"), parseEditValue(" 1"), parseEditValue("-0.25")]).toEqual([1000, 1, -0.25]);
    expect([parseEditValue("0x10"), parseEditValue(".5"), parseEditValue("1e400"), parseEditValue("0b1"), parseEditValue("1_000")]).toEqual([
      undefined, undefined, undefined, undefined, undefined,
    ]);
    const { state, warnings } = decodeState("s=baseline&set=baseline:seals.share=0x10", known, defaults);
    expect(state.edits).toEqual({});
    expect(warnings).toEqual([expect.stringContaining("set=baseline:seals.share=0x10 ignored")]);
  });
});
