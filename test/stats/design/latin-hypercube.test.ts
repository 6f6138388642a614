import { describe, expect, it } from "vitest";
import { randomStream } from "../../../src/engine/index.js";
import { latinHypercube } from "../../../src/stats/index.js";

describe("latinHypercube(n, k, random)", () => {
  it("latinHypercube(n, k, random) puts exactly one point in each of the n strata of every coordinate", () => {
    const points = latinHypercube(20, 3, randomStream(1, 0, "lhs"));
    expect(points).toHaveLength(20);
    for (let j = 0; j < 3; j++) {
      const strata = points.map((p) => Math.floor((p[j] as number) * 20)).sort((a, b) => a - b);
      expect(strata).toEqual(Array.from({ length: 20 }, (_, i) => i));
    }
  });

  it("latinHypercube(n, k, random) is the same for the same random source and differs for another", () => {
    const a = latinHypercube(8, 2, randomStream(1, 0, "lhs"));
    expect(latinHypercube(8, 2, randomStream(1, 0, "lhs"))).toEqual(a);
    expect(latinHypercube(8, 2, randomStream(2, 0, "lhs"))).not.toEqual(a);
  });

  it("latinHypercube(n, k, random) rejects n < 1 and a fractional k", () => {
    expect(() => latinHypercube(0, 2, Math.random)).toThrow(RangeError);
    expect(() => latinHypercube(3, 1.5, Math.random)).toThrow(RangeError);
  });
});
