// @vitest-environment jsdom
import { describe, it } from "vitest";
import { expectSnapshot } from "./snapshot.js";
import * as snapshots from "./snapshots.js";

describe("chart snapshots", () => {
  for (const [name, render] of Object.entries(snapshots)) {
    it(`${name}() matches test/output/${name}.svg`, () => {
      expectSnapshot(name, render());
    });
  }
});
