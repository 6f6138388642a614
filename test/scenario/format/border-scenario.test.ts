import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scenarioSchema } from "../../../src/scenario/format/scenario-schema.js";
import { validate } from "../../../src/scenario/format/schema/validate.js";
import type { PathProblem } from "../../../src/scenario/format/schema/node.js";

// any: edits deep into plain JSON
type Raw = Record<string, any>;
const baseline = (): Raw => JSON.parse(readFileSync("scenarios/baseline.json", "utf8")) as Raw;

function problemsOf(edit: (s: Raw) => void): PathProblem[] {
  const s = baseline();
  edit(s);
  const result = validate(scenarioSchema, s);
  return result.ok ? [] : result.problems;
}

describe("the border form", () => {
  it("validate(scenarioSchema, value) accepts the baseline and fills the measures' defaults when their sections are left out", () => {
    const s = baseline();
    for (const key of ["documents", "seals", "unified", "logisticsCentre", "sources", "assumptions", "monthOfYear", "metresPerTruck", "startMonth"]) delete s[key];
    const result = validate(scenarioSchema, s);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok || result.value.model !== "border") return;
    const v = result.value;
    expect([v.seals.share, v.seals.fittingAt, v.unified.turnBackIncomplete, v.unified.electronicQueue.enabled, v.logisticsCentre.places]).toEqual([0, "origin", false, false, 0]);
    expect([v.documents.incompleteShare, v.metresPerTruck, v.startMonth, v.monthOfYear.length]).toEqual([0, 12, 1, 12]);
    // Turned-back trucks do not come back unless asked to, and no return time is made up.
    expect(v.documents.returnShare).toBe(0);
    expect("returnAfterHours" in v.documents).toBe(false);
  });

  it("validate(scenarioSchema, value) wants documents.returnShare from 0 to 1, and returnAfterHours whenever returnShare > 0", () => {
    const after = { dist: "lognormal", mean: 24, cv: 0.5 };
    expect(problemsOf((s) => (s["documents"] = { ...s["documents"], returnShare: 1.5, returnAfterHours: after }))).toEqual([
      { path: "documents.returnShare", message: "must be a number >= 0 and <= 1, got 1.5" },
    ]);
    expect(problemsOf((s) => (s["documents"] = { ...s["documents"], returnShare: -0.1, returnAfterHours: after }))).toEqual([
      { path: "documents.returnShare", message: "must be a number >= 0 and <= 1, got -0.1" },
    ]);
    expect(problemsOf((s) => (s["documents"] = { ...s["documents"], returnShare: 0.9 }))).toEqual([
      {
        path: "documents.returnAfterHours",
        message: 'missing: required when returnShare > 0 (got 0.9); give the hours until a turned-back truck comes back as a distribution, such as {"dist": "lognormal", "mean": 24, "cv": 0.5}, or set returnShare to 0',
      },
    ]);
    expect(problemsOf((s) => (s["documents"] = { ...s["documents"], returnShare: 0.9, returnAfterHours: { dist: "lognormal", mean: -24, cv: 0.5 } })).map((p) => p.path))
      .toEqual(["documents.returnAfterHours.mean"]);
    // A return time with returnShare 0 is allowed and unused (so `--set documents.returnShare=0` turns returns off).
    expect(problemsOf((s) => (s["documents"] = { ...s["documents"], returnShare: 0, returnAfterHours: after }))).toEqual([]);
  });

  it("validate(scenarioSchema, value) caps the electronic queue's shares, naming the 2025 rules", () => {
    expect(problemsOf((s) => {
      s["unified"]["electronicQueue"]["priorityShare"] = 0.1;
      s["unified"]["electronicQueue"]["fastTrackShare"] = 0.02;
    })).toEqual([
      { path: "unified.electronicQueue.priorityShare", message: "must be at most 0.05: Kazakhstan's 2025 electronic-queue rules cap priority slots at 5% of daily capacity; got 0.1" },
      { path: "unified.electronicQueue.fastTrackShare", message: "must be at most 0.01: Kazakhstan's 2025 electronic-queue rules cap the paid fast track at 1% of daily capacity; got 0.02" },
    ]);
  });

  it("validate(scenarioSchema, value) names unknown stages and classes where the measures refer to them, with a guess", () => {
    const problems = problemsOf((s) => {
      s["seals"]["skipStages"] = ["kz-x-ray"];
      s["seals"]["eligibleClasses"] = ["transit", "tansit"];
      s["unified"]["preArrivalInfo"]["stages"] = ["nowhere"];
      s["logisticsCentre"]["preclearStages"] = ["kz-custom"];
    });
    expect(problems.map((p) => p.path)).toEqual(["seals.eligibleClasses[1]", "seals.skipStages[0]", "unified.preArrivalInfo.stages[0]", "logisticsCentre.preclearStages[0]"]);
    expect(problems[1]?.message).toMatch(/^unknown stage "kz-x-ray" \(did you mean "kz-xray"\?\); stages: kg-exit-documents, /);
    expect(problems[3]?.message).toMatch(/\(did you mean "kz-customs"\?\)/);
  });

  it("validate(scenarioSchema, value) wants stage ids unique across directions, without dots, and the exit post's stages first", () => {
    const problems = problemsOf((s) => {
      s["directions"]["kz-to-kg"]["stages"][0]["id"] = "kz-xray";
      s["directions"]["kz-to-kg"]["stages"][1]["id"] = "kz.exit";
      s["directions"]["kz-to-kg"]["stages"][3]["post"] = "kz";
    });
    // Renaming stages also leaves the measures' references dangling; those problems are checked elsewhere.
    expect(problems.filter((p) => p.path.startsWith("directions.kz-to-kg.stages"))).toEqual([
      // The dot is a shape problem, found while the stage is read; the rest are checks across stages.
      { path: "directions.kz-to-kg.stages[1].id", message: 'must not contain a dot (it is a segment of dotted result paths such as stations.<id>.utilization), got "kz.exit"' },
      { path: "directions.kz-to-kg.stages[0].id", message: 'duplicate stage id "kz-xray"; directions.kg-to-kz.stages[3] has it already (ids are unique across both directions)' },
      { path: "directions.kz-to-kg.stages[3].post", message: 'must be "kg": in kz-to-kg the exit post\'s ("kz") stages come first, then the entry post\'s, and an earlier stage is already at the entry post' },
    ]);
  });

  it("validate(scenarioSchema, value) checks joint-control pairs: an exit stage then an entry stage of the same direction, each in one pair, and pairs when enabled", () => {
    expect(problemsOf((s) => (s["unified"]["jointControl"]["mergedStages"] = [["kz-border-control", "kg-exit-documents"], ["kg-exit-search", "kg-entry-documents"]]))).toEqual([
      { path: "unified.jointControl.mergedStages[0][0]", message: "must be a stage of kg-to-kz's exit post (\"kg\"), got one at \"kz\"" },
      { path: "unified.jointControl.mergedStages[0][1]", message: "must be a stage of kg-to-kz's entry post (\"kz\"), got one at \"kg\"" },
      { path: "unified.jointControl.mergedStages[1]", message: "must be two stages of the same direction, got kg-to-kz and kz-to-kg" },
    ]);
    expect(problemsOf((s) => (s["unified"]["jointControl"]["mergedStages"] = [["kg-exit-documents", "kz-border-control"], ["kg-exit-documents", "kz-xray"]]))).toEqual([
      { path: "unified.jointControl.mergedStages[1][0]", message: 'stage "kg-exit-documents" is already in another merged pair' },
    ]);
    expect(problemsOf((s) => {
      s["unified"]["jointControl"] = { enabled: true };
      s["unified"]["preArrivalInfo"] = { enabled: true };
    })).toEqual([
      { path: "unified.jointControl.mergedStages", message: "must name at least one [exit stage, entry stage] pair when enabled is true" },
      { path: "unified.preArrivalInfo.stages", message: "must name at least one stage when enabled is true" },
    ]);
  });

  it("validate(scenarioSchema, value) checks a direction: class shares sum to 1, known stages and classes, lanes enough for the shifts, weights not all 0", () => {
    const problems = problemsOf((s) => {
      const d = s["directions"]["kg-to-kz"];
      d["classes"][0]["share"] = 0.4;
      d["classes"][3]["skipStages"] = ["kz-customs", "kz-scanner"];
      d["stages"][4]["lanes"] = 10;
      d["stages"][4]["serviceMinutesByClass"]["fruit"] = { dist: "exponential", mean: 20 };
      d["dayOfWeek"] = [0, 0, 0, 0, 0, 0, 0];
    });
    expect(problems).toEqual([
      { path: "directions.kg-to-kz.stages[4].lanes", message: "must be at least the most lanes the hours put on duty (12), got 10" },
      { path: "directions.kg-to-kz.dayOfWeek", message: "must hold at least one weight > 0" },
      { path: "directions.kg-to-kz.classes", message: "shares must sum to 1, got 1.1" },
      { path: "directions.kg-to-kz.classes[3].skipStages[1]", message: 'unknown stage "kz-scanner"; this direction\'s stages: kg-exit-documents, kg-exit-search, kz-border-control, kz-xray, kz-customs' },
      { path: "directions.kg-to-kz.stages[4].serviceMinutesByClass.fruit", message: 'unknown class "fruit"; this direction\'s classes: perishable, general, transit, empty' },
    ]);
  });

  it("validate(scenarioSchema, value) wants fewer warm-up days than days, and keeps the names borderflow gives to sealed lanes free", () => {
    expect(problemsOf((s) => {
      s["warmupDays"] = 35;
      s["directions"]["kg-to-kz"]["stages"][0]["id"] = "kg-seal-fitting";
      s["directions"]["kg-to-kz"]["stages"][1]["id"] = "kg-search-sealed-lane";
      s["unified"]["jointControl"]["mergedStages"] = [];
      s["seals"]["skipStages"] = [];
    })).toEqual([
      { path: "warmupDays", message: "must be < days (35), got 35" },
      { path: "directions.kg-to-kz.stages[0].id", message: '"kg-seal-fitting" is reserved for the seal-fitting stage and sealed lanes (kg-seal-fitting, kz-seal-fitting, <stage>-sealed-lane)' },
      { path: "directions.kg-to-kz.stages[1].id", message: '"kg-search-sealed-lane" is reserved for the seal-fitting stage and sealed lanes (kg-seal-fitting, kz-seal-fitting, <stage>-sealed-lane)' },
    ]);
  });
});

