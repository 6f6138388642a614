import { describe, expect, it } from "vitest";
import { formatProblems } from "../../../src/scenario/format/problem.js";

describe("formatProblems(problems)", () => {
  it("formatProblems(problems) writes one line per problem: file, path, message", () => {
    expect(
      formatProblems([
        { file: "a.json", path: "stations[0].servers", message: "must be an integer >= 1, got 0" },
        { file: "a.json", path: "warmup", message: "must be < horizon (10), got 20" },
      ]),
    ).toBe("a.json: stations[0].servers: must be an integer >= 1, got 0\na.json: warmup: must be < horizon (10), got 20");
  });

  it("formatProblems(problems) leaves out the file when a problem has none", () => {
    expect(formatProblems([{ path: "--set x", message: 'no "="' }])).toBe('--set x: no "="');
    expect(formatProblems([])).toBe("");
  });
});
