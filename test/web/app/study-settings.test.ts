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
});
