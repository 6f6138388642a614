import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProblems, loadScenario, runReplication, studyHeader, summarizeStudy, type Scenario } from "../../src/scenario/index.js";
import type { BorderScenario } from "../../src/scenario/format/scenario-types.js";

const BORDER_FILES = ["baseline", "seals", "unified", "seals-and-unified", "logistics-centre", "harvest-peak"];
const short = ["days=10", "warmupDays=2"];
const unifiedOff = [
  "unified.jointControl.enabled=false", "unified.preArrivalInfo.enabled=false", "unified.turnBackIncomplete=false",
  "unified.allDayOperation=false", "unified.electronicQueue.enabled=false",
];

function border(name: string, overrides: readonly string[] = []): BorderScenario {
  const file = `scenarios/${name}.json`;
  const loaded = loadScenario(readFileSync(file, "utf8"), file, overrides);
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  if (loaded.scenario.model !== "border") throw new Error(`${file} is not a border scenario`);
  return loaded.scenario;
}

/** The study result's JSON text of two replications, under the baseline's header so that only the numbers can differ. */
function resultText(scenario: Scenario, header: Scenario): string {
  return JSON.stringify(summarizeStudy(studyHeader(header), [0, 1].map((r) => runReplication(scenario, r))));
}

describe("the bundled border scenarios", () => {
  it("runReplication(scenario, r): seals, unified, seals-and-unified and logistics-centre with their measures off give the baseline's output byte for byte", () => {
    const baseline = border("baseline", short);
    const expected = resultText(baseline, baseline);
    const off: [string, string[]][] = [
      ["seals", ["seals.share=0"]],
      ["unified", unifiedOff],
      ["seals-and-unified", ["seals.share=0", ...unifiedOff]],
      ["logistics-centre", ["logisticsCentre.places=0"]],
    ];
    for (const [name, overrides] of off) {
      expect(resultText(border(name, [...short, ...overrides]), baseline), name).toBe(expected);
      // With the measure on, the output differs: the identity above is not the trivial one.
      expect(resultText(border(name, short), baseline), name).not.toBe(expected);
    }
  });

  it("runReplication(scenario, r): unified and seals-and-unified with documents.returnShare=0 give byte for byte the output of the same file without the return fields", () => {
    for (const name of ["unified", "seals-and-unified"]) {
      const file = `scenarios/${name}.json`;
      const raw = JSON.parse(readFileSync(file, "utf8")) as { documents: Record<string, unknown>; uncertain: { path?: string }[] };
      delete raw.documents["returnShare"];
      delete raw.documents["returnAfterHours"];
      // Their declarations as uncertain inputs go with them (a declaration must name a field the file has).
      raw.uncertain = raw.uncertain.filter((u) => !(u.path ?? "").startsWith("documents.return"));
      const loaded = loadScenario(JSON.stringify(raw), file, short);
      if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
      const withoutFields = resultText(loaded.scenario, loaded.scenario);
      expect(resultText(border(name, [...short, "documents.returnShare=0"]), loaded.scenario), name).toBe(withoutFields);
      expect(withoutFields).not.toContain("returnedPerDay");
      // As bundled, trucks come back, and the output says how many.
      const bundled = summarizeStudy(studyHeader(loaded.scenario), [0, 1].map((r) => runReplication(border(name, short), r)));
      expect(bundled.directions?.["kg-to-kz"].returnedPerDay?.mean, name).toBeGreaterThan(0);
    }
  });

  it("runReplication(scenario, r) gives the same output twice for the same scenario and replication", () => {
    const s = border("seals-and-unified", short);
    expect(JSON.stringify(runReplication(s, 1))).toBe(JSON.stringify(runReplication(s, 1)));
    expect(JSON.stringify(runReplication(s, 1))).not.toBe(JSON.stringify(runReplication(s, 2)));
  });

  it("summarizeStudy(runReplication(baseline)) has, for each direction, the estimates, activities and series the dashboard reads", () => {
    const s = border("baseline", short);
    const result = summarizeStudy(studyHeader(s), [0, 1].map((r) => runReplication(s, r)));
    expect(result.horizon).toBe(240);
    for (const d of ["kg-to-kz", "kz-to-kg"] as const) {
      const dir = result.directions?.[d];
      expect(dir, d).toBeDefined();
      for (const field of ["crossingHours", "waitHours", "trucksPerDay", "queueTrucks", "queueKm", "maxQueueTrucks", "turnedBackPerDay", "bufferIndex"] as const) {
        expect(typeof dir?.[field].mean, `${d}.${field}`).toBe("number");
      }
      expect(Object.keys(dir!.crossingHours)).toEqual(expect.arrayContaining(["p50", "p90", "p95"]));
      expect(Object.keys(dir!.activities)).toEqual(s.directions[d].stages.map((st) => st.id));
      const series = result.series?.[d];
      expect(series?.queueByHourOfDay.map((p) => p.x)).toEqual(Array.from({ length: 24 }, (_, h) => h));
      expect(series?.queueByDay.length).toBe(8);
      expect(series?.crossingHistogram.edgesHours.length).toBe(73);
      expect(series?.crossingHistogram.counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    }
    for (const stage of [...s.directions["kg-to-kz"].stages, ...s.directions["kz-to-kg"].stages]) {
      expect(result.stations[stage.id]?.["utilization"], stage.id).toBeDefined();
    }
  });

  it("every bundled border scenario explains itself: a description a policymaker can read, its sources and its assumptions", () => {
    for (const name of BORDER_FILES) {
      const s = border(name);
      expect(s.name, name).toBe(name);
      expect(s.description.length, name).toBeGreaterThan(300);
      expect(s.sources.length, name).toBeGreaterThan(3);
      expect(s.assumptions.length, name).toBeGreaterThan(5);
      // A default run stays small (under 50,000 trucks per replication), so it takes seconds.
      const perDay = s.directions["kg-to-kz"].trucksPerDay + s.directions["kz-to-kg"].trucksPerDay;
      expect(perDay * s.days * Math.max(...s.monthOfYear), name).toBeLessThan(50_000);
    }
  });

  it("harvest-peak measures September and October with the baseline's measures; the others share the baseline's traffic and controls", () => {
    const baseline = border("baseline");
    const peak = border("harvest-peak");
    expect([peak.startMonth, peak.warmupDays, peak.days]).toEqual([8, 31, 92]);
    expect(peak.directions).toEqual(baseline.directions);
    expect([peak.seals, peak.unified, peak.logisticsCentre]).toEqual([baseline.seals, baseline.unified, baseline.logisticsCentre]);
    // Which trucks arrive with incomplete documents is traffic; whether turned-back trucks come back belongs to the unified measure.
    const arriving = (b: BorderScenario) => ({ incompleteShare: b.documents.incompleteShare, waitHours: b.documents.waitHours });
    for (const name of ["seals", "unified", "seals-and-unified", "logistics-centre"]) {
      const s = border(name);
      expect([s.directions, s.days, s.warmupDays, s.startMonth, s.monthOfYear, arriving(s), s.seed], name)
        .toEqual([baseline.directions, baseline.days, baseline.warmupDays, baseline.startMonth, baseline.monthOfYear, arriving(baseline), baseline.seed]);
    }
    for (const name of ["seals", "logistics-centre"]) expect(border(name).documents, name).toEqual(baseline.documents);
  });
});
