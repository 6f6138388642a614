import { describe, expect, it } from "vitest";
import type { OptimizationStudy } from "../../../../src/scenario/format/optimization-study-schema.js";
import { guaranteeStatement } from "../../../../src/scenario/study/optimize/guarantee-words.js";
import type { SearchSummary } from "../../../../src/scenario/study/optimize/optimization-result.js";

const whole: SearchSummary = { method: "whole", space: 8, visited: 8, finalists: 8, starts: 0, capped: false, replications: 80 } as SearchSummary;

describe("guaranteeStatement", () => {
  it("states Kim and Nelson's indifference-zone promise, not a promise of a choice within δ of the best", () => {
    const study = { alpha: 0.05, objective: "minimize", indifference: 0.5 } as unknown as OptimizationStudy;
    const text = guaranteeStatement(study, 0.025, 0.025, false, whole);
    expect(text).toContain("the best feasible configuration is chosen if its objective beats every other's by at least 0.5");
    expect(text).not.toMatch(/within 0\.5 of the best/);
    expect(text).toMatch(/^with probability at least 95%, /);
  });

  it("words a tie in cost settled on the first constraint the same way", () => {
    const study = { alpha: 0.1, objective: "min-cost", indifference: 1 } as unknown as OptimizationStudy;
    expect(guaranteeStatement(study, 0.05, 0.05, false, whole))
      .toContain("among equally cheap feasible configurations the best on the first constraint is chosen if it beats the others by at least that constraint's tolerance");
  });
});
