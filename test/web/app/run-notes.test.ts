import { describe, expect, it } from "vitest";
import { briefMethod, formatDays, resultsNote, shortWindowWarning, studyNote, warmupText } from "../../../web/app/run-notes.js";

const quick = { replications: 10, days: 21, quick: true };
const chosen = { replications: 20, days: 60, quick: false };
const window = (scenario: string, days: number, warmupDays: number) => ({ scenario, horizonHours: days * 24, warmupHours: warmupDays * 24 });
const weekWarmup = ["baseline", "seals", "unified", "seals-and-unified", "logistics-centre"].map((s) => window(s, 21, 7));

describe("run notes", () => {
  it("formatDays(days) writes whole and fractional days", () => {
    expect([formatDays(1), formatDays(7), formatDays(3.25)]).toEqual(["1 day", "7 days", "3.3 days"]);
  });

  it("studyNote(settings) says when the first view is shortened", () => {
    expect(studyNote(quick)).toMatch(/^A shortened first view: 10 replications of 21 simulated days each/);
    expect(studyNote(chosen)).toBe("20 replications of 60 simulated days each (warm-up included), the same for every scenario so that they pair. " +
      "Every scenario runs the base file's seed, with each file's own warm-up discarded.");
  });

  it("studyNote(settings) states a chosen seed and warm-up", () => {
    expect(studyNote({ ...chosen, seed: 42, warmupDays: 3 })).toMatch(/ Every scenario runs seed 42, with the first 3 days discarded as warm-up\.$/);
  });

  it("resultsNote(run, stale) says what ran, how it pairs, and when the controls no longer match", () => {
    const run = { scenarios: 5, settings: quick, windows: weekWarmup, seed: 1, seconds: 2.04 };
    expect(resultsNote(run, false)).toBe(
      "5 scenarios, each 10 replications of 21 simulated days (the first 7 days discarded as warm-up), all with seed 1 so that the comparison is paired. " +
        "This is the shortened first view: intervals are wider than with the scenarios' own settings. " +
        "Bars and whiskers are means with 95% confidence intervals across replications. Ran in 2.0 s.",
    );
    expect(resultsNote({ ...run, scenarios: 1, settings: chosen }, true)).toMatch(/^1 scenario, each 20 .* press “Run comparison” to update\.$/);
  });

  it("briefMethod(settings, windows, seed) states that the measures' effects are assumptions, and the seed", () => {
    expect(briefMethod(chosen, weekWarmup, 42)).toMatch(/\(the first 7 days discarded as warm-up\), seed 42, every scenario/);
    expect(briefMethod(chosen, weekWarmup, 1)).toMatch(/assumptions written in the scenario files, not measurements/);
    expect(briefMethod(chosen, weekWarmup, 1)).not.toMatch(/shortened/);
    expect(briefMethod(quick, weekWarmup, 1)).toMatch(/rerun with the scenarios' own settings before quoting\.$/);
  });

  it("warmupText(windows) states each scenario's own warm-up when they differ: harvest-peak's is 31 days", () => {
    const windows = [window("baseline", 35, 7), window("seals", 35, 7), window("harvest-peak", 35, 31)];
    expect(warmupText(windows)).toBe("warm-up discarded: 7 days for baseline, seals; 31 days for harvest-peak");
    expect(warmupText(weekWarmup)).toBe("the first 7 days discarded as warm-up");
    const run = { scenarios: 3, settings: { replications: 10, days: 35, quick: false }, windows, seed: 1, seconds: 3 };
    expect(resultsNote(run, false)).toMatch(/\(warm-up discarded: 7 days for baseline, seals; 31 days for harvest-peak\)/);
    expect(briefMethod(run.settings, windows, 1)).toMatch(/31 days for harvest-peak/);
  });

  it("shortWindowWarning(windows) warns when a scenario keeps few observed days: harvest-peak at 35 days keeps 4", () => {
    const windows = [window("baseline", 35, 7), window("harvest-peak", 35, 31)];
    expect(shortWindowWarning(windows)).toMatch(/^Short observed window: harvest-peak keeps only 4 days after its 31-day warm-up\./);
    expect(shortWindowWarning([window("baseline", 35, 7)])).toBe("");
    const run = { scenarios: 2, settings: { replications: 10, days: 35, quick: false }, windows, seed: 1, seconds: 3 };
    expect(resultsNote(run, false)).toMatch(/Short observed window: harvest-peak keeps only 4 days/);
    expect(briefMethod(run.settings, windows, 1)).toMatch(/Short observed window: harvest-peak/);
  });
});
