import { describe, expect, it } from "vitest";
import { checkLeverText } from "../../../web/app/lever-input.js";
import { leversOf, studyLevers, valueAt, type Lever } from "../../../web/app/levers.js";
import { stageLabelsOf } from "../../../web/app/stage-labels.js";

/** The fields of a border scenario the levers read; the rest of a scenario does not matter here. */
const border = {
  model: "border",
  startMonth: 9,
  directions: {
    "kg-to-kz": { trucksPerDay: 300, stages: [{ id: "kg-exit", label: "KG exit control", lanes: 2 }, { id: "kz-xray", lanes: 1 }] },
    "kz-to-kg": { trucksPerDay: 150, stages: [{ id: "kz-exit", label: "KZ exit control", lanes: 2 }] },
  },
  seals: { share: 0.2 },
  unified: {
    jointControl: { enabled: false },
    preArrivalInfo: { enabled: true },
    turnBackIncomplete: false,
    allDayOperation: true,
    electronicQueue: { enabled: false },
  },
  logisticsCentre: { places: 0 },
};

const share = leversOf(border).find((l) => l.lever.path === "seals.share")?.lever;

describe("levers", () => {
  it("leversOf(scenario) lists every main lever with its current value, stages labelled from the file", () => {
    const levers = leversOf(border).map(({ lever, value }) => [lever.group, lever.path, value]);
    expect(levers).toEqual([
      ["Traffic", "directions.kg-to-kz.trucksPerDay", 300],
      ["Traffic", "directions.kz-to-kg.trucksPerDay", 150],
      ["Traffic", "startMonth", 9],
      ["Electronic seals", "seals.share", 0.2],
      ["Unified algorithm", "unified.jointControl.enabled", false],
      ["Unified algorithm", "unified.preArrivalInfo.enabled", true],
      ["Unified algorithm", "unified.turnBackIncomplete", false],
      ["Unified algorithm", "unified.allDayOperation", true],
      ["Unified algorithm", "unified.electronicQueue.enabled", false],
      ["Logistics centre", "logisticsCentre.places", 0],
      ["Lanes, Kyrgyzstan → Kazakhstan", "directions.kg-to-kz.stages.0.lanes", 2],
      ["Lanes, Kyrgyzstan → Kazakhstan", "directions.kg-to-kz.stages.1.lanes", 1],
      ["Lanes, Kazakhstan → Kyrgyzstan", "directions.kz-to-kg.stages.0.lanes", 2],
    ]);
    expect(leversOf(border).filter((l) => l.lever.path.endsWith("lanes")).map((l) => l.lever.label)).toEqual([
      "Lanes: KG exit control", "Lanes: kz-xray", "Lanes: KZ exit control",
    ]);
  });

  it("leversOf(scenario) offers nothing for a network scenario", () => {
    expect(leversOf({ model: "network", stations: [{ id: "desk", servers: 1 }] })).toEqual([]);
  });

  it("valueAt(data, path) walks objects and array indices, undefined where the path leads nowhere", () => {
    expect(valueAt(border, "directions.kg-to-kz.stages.1.lanes")).toBe(1);
    expect(valueAt(border, "directions.kg-to-kz.stages.5.lanes")).toBeUndefined();
    expect(valueAt(border, "seals.share.more")).toBeUndefined();
  });

  it("checkLeverText(lever, text) accepts a value in range", () => {
    expect(checkLeverText(share as Lever, " 0.35 ")).toEqual({ ok: true, value: 0.35 });
    expect(checkLeverText(studyLevers.replications, "12")).toEqual({ ok: true, value: 12 });
  });

  it("checkLeverText(lever, text) refuses bad values and says why", () => {
    expect(checkLeverText(share as Lever, "1.5")).toEqual({ ok: false, message: "must be from 0 to 1, got 1.5" });
    expect(checkLeverText(share as Lever, "")).toEqual({ ok: false, message: "enter a number from 0 to 1" });
    expect(checkLeverText(share as Lever, "half")).toEqual({ ok: false, message: '"half" is not a number; enter one from 0 to 1' });
    expect(checkLeverText(studyLevers.replications, "2.5")).toEqual({
      ok: false,
      message: "must be a whole number from 2 to 100 runs (at least 2 for a confidence interval, at most 100 in the browser: use the CLI for more), got 2.5",
    });
    expect(checkLeverText(studyLevers.replications, "1")).toMatchObject({ ok: false, message: expect.stringMatching(/^must be from 2 to 100 runs/) });
  });

  it("checkLeverText(switch, text) takes true or false only", () => {
    const joint = leversOf(border).find((l) => l.lever.kind === "switch")?.lever as Lever;
    expect(checkLeverText(joint, "true")).toEqual({ ok: true, value: true });
    expect(checkLeverText(joint, "yes")).toEqual({ ok: false, message: 'must be on or off (true or false), got "yes"' });
  });

  it("stageLabelsOf(scenarios) names each stage id as the files label it", () => {
    expect(stageLabelsOf([border, undefined])).toEqual({ "kg-exit": "KG exit control", "kz-exit": "KZ exit control" });
  });
});
