import { describe, expect, it } from "vitest";
import { briefMethod, formatDays, resultsNote, studyNote } from "../../../web/app/run-notes.js";

const quick = { replications: 10, days: 21, quick: true };
const chosen = { replications: 20, days: 60, quick: false };

describe("run notes", () => {
  it("formatDays(days) writes whole and fractional days", () => {
    expect([formatDays(1), formatDays(7), formatDays(3.25)]).toEqual(["1 day", "7 days", "3.3 days"]);
  });

  it("studyNote(settings) says when the first view is shortened", () => {
    expect(studyNote(quick)).toMatch(/^A shortened first view: 10 replications of 21 simulated days each/);
    expect(studyNote(chosen)).toBe("20 replications of 60 simulated days each (warm-up included), the same for every scenario so that they pair.");
  });

  it("resultsNote(run, stale) says what ran, how it pairs, and when the controls no longer match", () => {
    const run = { scenarios: 5, settings: quick, warmupHours: 168, seed: 1, seconds: 2.04 };
    expect(resultsNote(run, false)).toBe(
      "5 scenarios, each 10 replications of 21 simulated days (the first 7 days discarded as warm-up), all with seed 1 so that the comparison is paired. " +
        "This is the shortened first view: intervals are wider than with the scenarios' own settings. " +
        "Bars and whiskers are means with 95% confidence intervals across replications. Ran in 2.0 s.",
    );
    expect(resultsNote({ ...run, scenarios: 1, settings: chosen }, true)).toMatch(/^1 scenario, each 20 .* press “Run comparison” to update\.$/);
  });

  it("briefMethod(settings, warmupHours) states that the measures' effects are assumptions", () => {
    expect(briefMethod(chosen, 168)).toMatch(/assumptions written in the scenario files, not measurements/);
    expect(briefMethod(chosen, 168)).not.toMatch(/shortened/);
    expect(briefMethod(quick, 168)).toMatch(/rerun with the scenarios' own settings before quoting\.$/);
  });
});
