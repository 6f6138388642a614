import { describe, expect, it } from "vitest";
import { runBorder } from "../../../src/model/index.js";
import { borderPlanData } from "../../../web/teach/border-plan-data.js";
import { bundled } from "../../model/border/border-fixture.js";

describe("borderPlanData(scenario)", () => {
  it("borderPlanData(scenario) draws exactly the stations the model runs, also with seals fitted at the checkpoint on a lane of their own", () => {
    const short = ["days=2", "warmupDays=1"];
    for (const scenario of [bundled("baseline", short), bundled("seals", [...short, 'seals.fittingAt="checkpoint"', "seals.dedicatedLane=true"])]) {
      const planned = borderPlanData(scenario).directions.flatMap((d) => d.stations.map((s) => s.id));
      const run = runBorder(scenario, 0);
      const ran = new Set(Object.keys(run.metrics).filter((k) => k.startsWith("stations.")).map((k) => k.split(".")[1]));
      expect(new Set(planned)).toEqual(ran);
      expect(planned.length).toBe(ran.size);
    }
  });

  it("borderPlanData(scenario) labels seal fitting and sealed lanes, and each stage by its plain name", () => {
    const plan = borderPlanData(bundled("seals", ["days=2", "warmupDays=1", 'seals.fittingAt="checkpoint"', "seals.dedicatedLane=true"]));
    const first = plan.directions[0]?.stations.slice(0, 3).map((s) => [s.id, s.label, s.post]);
    expect(first?.[0]).toEqual(["kg-seal-fitting", "Seal fitting", "kg"]);
    expect(first?.[2]?.[1]).toBe("sealed lane");
  });
});
