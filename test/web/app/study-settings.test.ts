import { describe, expect, it } from "vitest";
import { studySettings } from "../../../web/app/study-settings.js";

describe("study settings", () => {
  it("studySettings(state, files) runs the quick study, two observed weeks after the longest warm-up, when the link sets none", () => {
    expect(studySettings({ replications: null, days: null }, { longestWarmupDays: 7 })).toEqual({ replications: 10, days: 21, quick: true });
    expect(studySettings({ replications: null, days: null }, { longestWarmupDays: 31 })).toEqual({ replications: 10, days: 45, quick: true });
  });

  it("studySettings(state, files) keeps what the user chose", () => {
    expect(studySettings({ replications: 4, days: null }, { longestWarmupDays: 7 })).toEqual({ replications: 4, days: 21, quick: false });
    expect(studySettings({ replications: 20, days: 60 }, { longestWarmupDays: 31 })).toEqual({ replications: 20, days: 60, quick: false });
  });

  it("studySettings(state, files) carries a chosen seed and warm-up, the warm-up replacing the files' longest in the quick horizon", () => {
    expect(studySettings({ replications: null, days: null, seed: 9, warmupDays: 2 }, { longestWarmupDays: 31 }))
      .toEqual({ replications: 10, days: 16, quick: true, seed: 9, warmupDays: 2 });
    expect(studySettings({ replications: 5, days: 30, seed: null, warmupDays: 0 }, { longestWarmupDays: 7 }))
      .toEqual({ replications: 5, days: 30, quick: false, warmupDays: 0 });
  });
});
