import { describe, expect, it } from "vitest";
import { assignProblems, dottedPath } from "../../../web/app/field-problems.js";

describe("field problems", () => {
  it("dottedPath(path) turns the loader's JSON paths into --set paths", () => {
    expect(dottedPath("directions.kg-to-kz.stages[1].lanes")).toBe("directions.kg-to-kz.stages.1.lanes");
    expect(dottedPath('serviceByClass["cold chain"].mean')).toBe("serviceByClass.cold chain.mean");
    expect(dottedPath("$")).toBe("");
  });

  it("assignProblems(problems, fields) puts each message next to the field it names, without the --set note", () => {
    const { byField, other } = assignProblems(
      [
        { path: "seals.share", message: "must be a number <= 1, got 2 (in --set seals.share=2)" },
        { path: "directions.kg-to-kz.stages[0].lanes", message: "must be an integer >= 1, got 0" },
        { path: "directions.kg-to-kz.stages[0].lanes", message: "second reason" },
        { path: "warmupDays", message: "must be less than days (14), got 20" },
      ],
      ["seals.share", "directions.kg-to-kz.stages.0.lanes", "days"],
    );
    expect(Object.fromEntries(byField)).toEqual({
      "seals.share": ["must be a number <= 1, got 2"],
      "directions.kg-to-kz.stages.0.lanes": ["must be an integer >= 1, got 0", "second reason"],
    });
    expect(other).toEqual(["warmupDays: must be less than days (14), got 20"]);
  });

  it("assignProblems(problems, fields) gives a field the problems below it but not those of a field sharing its prefix", () => {
    const { byField, other } = assignProblems(
      [{ path: "unified.jointControl.enabled", message: "must be a boolean" }, { path: "seals.shareX", message: "unknown field" }],
      ["unified.jointControl", "seals.share"],
    );
    expect(Object.fromEntries(byField)).toEqual({ "unified.jointControl": ["must be a boolean"] });
    expect(other).toEqual(["seals.shareX: unknown field"]);
  });
});
