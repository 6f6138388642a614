import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ObservedCheck } from "../../../src/scenario/index.js";
import { bundleScenarios } from "../../../web/app/bundled-scenarios.js";
import { checkDirection, checkTargets, testLine } from "../../../web/app/check-view.js";

const { scenarios } = bundleScenarios({ "../scenarios/baseline.json": readFileSync("scenarios/baseline.json", "utf8") }, "border");
const baseline = scenarios.get("baseline")!;

describe("the check's pieces in the data-in panel", () => {
  it("checkTargets(bundled) offers each direction's crossing records, and checkDirection(target) reads the direction back", () => {
    const targets = checkTargets(baseline);
    expect(targets.map((t) => t.path)).toEqual(["check:kg-to-kz", "check:kz-to-kg"]);
    expect(targets[0]!.label).toBe("Kyrgyzstan → Kazakhstan: crossing records (check the scenario against them)");
    expect(targets.map((t) => checkDirection(t.path))).toEqual(["kg-to-kz", "kz-to-kg"]);
    expect(checkDirection("arrivals:kg-to-kz")).toBeNull();
    expect(checkDirection("check:sideways")).toBeNull();
  });

  it("testLine(check) gives the statistic, the p-value and the finding at 5%", () => {
    const c = { test: { statistic: 0.21634, p: 0.05 }, simulated: { replications: 19 }, consistent: false } as unknown as ObservedCheck;
    expect(testLine(c)).toBe("Two-sample test: mean Kolmogorov–Smirnov distance 0.2163 to the 19 replications, p = 0.050 (Monte Carlo rank test); rejected at 5%.");
  });
});
