import { describe, expect, it } from "vitest";
import { directionStations, runBorder } from "../../../src/model/index.js";
import { borderSpec, exponentialStage, flatDirection } from "./border-fixture.js";

const stages = { "kg-to-kz": [exponentialStage("kg-a", "kg", 5), exponentialStage("kz-b", "kz", 5)], "kz-to-kg": [exponentialStage("kz-c", "kz", 5)] };
const plain = borderSpec({ "kg-to-kz": flatDirection(100, stages["kg-to-kz"]), "kz-to-kg": flatDirection(100, stages["kz-to-kg"]) }, 3, 1);
/** Seals on, fitted at the checkpoint, a dedicated lane, and kz-b skipped by sealed trucks. */
const sealed = { ...plain, seals: { ...plain.seals, share: 1, eligibleClasses: ["general"], fittingAt: "checkpoint" as const, fittingLanes: 2, dedicatedLane: true, skipStages: ["kz-b"] } };

describe("directionStations(spec, direction)", () => {
  it("directionStations(spec, direction) is the direction's stages in order when seals are off", () => {
    expect(directionStations(plain, "kg-to-kz")).toEqual([
      { id: "kg-a", role: "stage", stage: stages["kg-to-kz"][0], post: "kg", lanes: 1 },
      { id: "kz-b", role: "stage", stage: stages["kg-to-kz"][1], post: "kz", lanes: 1 },
    ]);
  });

  it("directionStations(spec, direction) puts seal fitting first, at the exit post, and a sealed lane after each stage sealed trucks still pass", () => {
    expect(directionStations(sealed, "kg-to-kz").map((s) => [s.id, s.role, s.post, s.lanes])).toEqual([
      ["kg-seal-fitting", "seal-fitting", "kg", 2], ["kg-a", "stage", "kg", 1], ["kg-a-sealed-lane", "sealed-lane", "kg", 1], ["kz-b", "stage", "kz", 1],
    ]);
    expect(directionStations(sealed, "kz-to-kg").map((s) => s.id)).toEqual(["kz-seal-fitting", "kz-c", "kz-c-sealed-lane"]);
    expect(directionStations({ ...sealed, seals: { ...sealed.seals, share: 0 } }, "kz-to-kg").map((s) => s.id)).toEqual(["kz-c"]);
  });

  it("directionStations(spec, direction): the model builds and reports exactly these stations", () => {
    for (const spec of [plain, sealed]) {
      const run = runBorder(spec, 0);
      const reported = new Set(Object.keys(run.metrics).filter((k) => k.startsWith("stations.")).map((k) => k.split(".")[1]));
      const rule = (["kg-to-kz", "kz-to-kg"] as const).flatMap((d) => directionStations(spec, d).map((s) => s.id));
      expect(new Set(rule)).toEqual(reported);
    }
  });
});
