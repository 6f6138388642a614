import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { arrivalWrites, loadScenario } from "../../../src/scenario/index.js";
import type { BorderScenario } from "../../../src/scenario/format/border-scenario.js";
import type { ArrivalProfileFit, Estimate } from "../../../src/stats/index.js";

const e = (mean: number): Estimate => ({ mean, halfWidth: 0, lo: mean, hi: mean });
const loaded = loadScenario(readFileSync("scenarios/baseline.json", "utf8"), "baseline.json");
const baseline = (loaded.ok ? loaded.scenario : null) as BorderScenario;
// 10 days from 1 May 2023 (a hand-made fit: only the fields arrivalWrites reads matter).
const fit: ArrivalProfileFit = {
  n: 2000, days: 10, firstDay: Date.UTC(2023, 4, 1) / 86_400_000, trucksPerDay: e(200),
  hourOfDay: Array.from({ length: 24 }, () => e(1)), dayOfWeek: Array.from({ length: 7 }, () => e(1)), monthOfYear: null, dispersion: { index: 1, p: 0.5 },
};

describe("arrivalWrites(fit, scenario, base)", () => {
  it("arrivalWrites(fit, baseline, base) writes the profile and trucksPerDay as estimated in a month with multiplier 1", () => {
    const planned = arrivalWrites(fit, baseline, "directions.kg-to-kz");
    expect(planned.writes.map((w) => w.path)).toEqual(["directions.kg-to-kz.hourOfDay", "directions.kg-to-kz.dayOfWeek", "directions.kg-to-kz.trucksPerDay"]);
    expect(planned.trucksPerDay).toBe(200);
    expect(planned.note).toBe("");
  });

  it("arrivalWrites(fit, scenario, base) divides trucksPerDay by the scenario's multiplier of the months the records cover", () => {
    const may2 = { ...baseline, monthOfYear: baseline.monthOfYear.map((m, i) => (i === 4 ? 2 : m)) };
    const planned = arrivalWrites(fit, may2, "directions.kg-to-kz");
    expect(planned.trucksPerDay).toBe(100);
    expect(planned.note).toMatch(/divided by 2/);
  });

  it("arrivalWrites(fit with monthOfYear, ...) writes monthOfYear at the top and keeps trucksPerDay", () => {
    const planned = arrivalWrites({ ...fit, monthOfYear: Array.from({ length: 12 }, () => e(1)) }, baseline, "directions.kz-to-kg");
    expect(planned.writes.map((w) => w.path)).toContain("monthOfYear");
    expect(planned.trucksPerDay).toBe(200);
  });
});
