import { describe, expect, it } from "vitest";
import { configurationAt, enumerateConfigurations } from "../../../../src/scenario/study/optimize/configurations.js";
import { decisionLattice } from "../../../../src/scenario/study/optimize/decision-lattice.js";

const study = {
  decisions: [{ path: "a", values: [3, 1, 2] }, { path: "b", min: 0, max: 3 }, { path: "c", values: [10, 20] }],
  cost: { a: 5, c: 0.5 },
};

describe("decisionLattice(study)", () => {
  it("configurationAt(study, i) is the i-th configuration of enumerateConfigurations(study), cost included", () => {
    const all = enumerateConfigurations(study);
    expect(all).toHaveLength(24);
    for (const c of all) expect(configurationAt(study, c.index)).toEqual(c);
    // hand-counted: index 13 = a's 2nd value (1), b's 3rd (2), c's 2nd (20); cost 1 x 5 + 20 x 0.5
    expect(configurationAt(study, 13)).toEqual({ index: 13, decisions: { a: 1, b: 2, c: 20 }, cost: 15 });
    expect(() => configurationAt(study, 24)).toThrow(/index must be a whole number in \[0, 24\), got 24/);
  });

  it("decisionLattice(study) ranks each decision's values ascending and names points by configuration index", () => {
    const lattice = decisionLattice(study);
    expect(lattice.sizes).toEqual([3, 4, 2]);
    expect(lattice.count).toBe(24);
    for (let i = 0; i < 24; i++) expect(lattice.indexOf(lattice.pointOf(i))).toBe(i);
    // a = 3 is the largest of [3, 1, 2] (rank 2) and the first in the file (position 0)
    expect(lattice.pointOf(0)).toEqual([2, 0, 0]);
    expect(configurationAt(study, lattice.indexOf([0, 1, 1])).decisions).toEqual({ a: 1, b: 1, c: 20 });
  });

  it("lattice.neighbours(i) are the single steps, then the one-up-one-down exchanges, all inside the lattice", () => {
    const lattice = decisionLattice(study);
    const at = (point: number[]): number => lattice.indexOf(point);
    // from the corner [0, 0, 0]: steps up only; exchanges need a decision that can go down
    expect(lattice.neighbours(at([0, 0, 0]))).toEqual([at([1, 0, 0]), at([0, 1, 0]), at([0, 0, 1])]);
    const inner = lattice.neighbours(at([1, 1, 0])).map((i) => lattice.pointOf(i));
    expect(inner).toEqual([
      [0, 1, 0], [2, 1, 0], [1, 0, 0], [1, 2, 0], [1, 1, 1],
      [2, 0, 0], [0, 2, 0], [0, 1, 1], [1, 0, 1],
    ]);
  });

  it("lattice.wideNeighbours(i) trade one step of a decision for 2, 4 ... steps of another, the last held at the range's end", () => {
    const lattice = decisionLattice({ decisions: [{ path: "x", min: 0, max: 9 }, { path: "y", min: 0, max: 9 }] });
    const points = lattice.wideNeighbours(lattice.indexOf([1, 6])).map((i) => lattice.pointOf(i));
    // x up one with y down 2, 4, then held at 0; x down one with y up 2, then held at 9; y down one with x up 2, 4, 8
    // (y up one would need x down 2 from 1: none)
    expect(points).toEqual([[2, 4], [2, 2], [2, 0], [0, 8], [0, 9], [3, 5], [5, 5], [9, 5]]);
  });
});
