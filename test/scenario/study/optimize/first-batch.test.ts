import { describe, expect, it } from "vitest";
import { firstBatch } from "../../../../src/scenario/study/optimize/first-batch.js";
import { executor, scenario, study, units } from "./synthetic-study.js";

describe("firstBatch(study, scenario, execute)", () => {
  it("firstBatch of a space run whole is the pilot, then every configuration's first stage, the pilot's replication left out", async () => {
    const s = study(2, { firstStageReplications: 3 }); // 9 configurations, run whole
    const execute = executor(s);
    const batch = await firstBatch(s, scenario, execute);
    const expected = ["0#0", "0#1", "0#2"];
    for (let c = 1; c < 9; c++) expected.push(`${c}#0`, `${c}#1`, `${c}#2`);
    expect(units(batch.units)).toEqual(expected);
    // only the pilot ran; its output is the executor's
    expect(execute.calls.map(units)).toEqual([["0#0"]]);
    expect(batch.outputs).toEqual(await executor(s)([{ configuration: 0, replication: 0 }]));
  });

  it("firstBatch of a searched space is the first start's (the centre's) first stage", async () => {
    const s = study(29, { firstStageReplications: 4 }); // 900 configurations > maxConfigurations 500
    const batch = await firstBatch(s, scenario, executor(s));
    const centre = 14 * 30 + 14; // a = 14, b = 14: the centre of 0..29 x 0..29, the first decision slowest
    expect(units(batch.units)).toEqual([0, 1, 2, 3].map((r) => `${centre}#${r}`));
    expect(batch.outputs).toHaveLength(1);
  });
});
