import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runBorder, type BorderSpec } from "../../../src/model/index.js";
import { loadScenario } from "../../../src/scenario/index.js";
import { BorderDirection } from "../../../src/model/border/border-direction.js";
import type { Truck } from "../../../src/model/border/truck.js";
import { drawTrucksOnly } from "../../bench/border-draws.js";

// The bench's floor for the border year ("the model's own draws alone") is only a floor if it draws what
// the model draws: the same arrival times and the same trucks, from the same streams.

function border(file: string): BorderSpec {
  const loaded = loadScenario(readFileSync(`scenarios/${file}`, "utf8"), file, ["days=20", "warmupDays=0"]);
  if (!loaded.ok || loaded.scenario.model !== "border") throw new Error(`${file} is not a border scenario`);
  return loaded.scenario;
}

/** Everything drawn for a truck, as text. */
function drawn(direction: string, truck: Truck): string {
  const { classIndex, sealed, alarm, incomplete, documentsHours, rank, preclearDraw } = truck;
  return JSON.stringify([direction, classIndex, sealed, alarm, incomplete, documentsHours, rank, preclearDraw, Array.from(truck.serviceHours)]);
}

describe("drawTrucksOnly (the bench's floor under a border run)", () => {
  afterEach(() => { vi.restoreAllMocks(); });

  it("draws every attribute and service time of the trucks the model makes, in the same order per direction", () => {
    const spec = border("seals-and-unified.json");
    const made: string[] = [];
    const original = BorderDirection.prototype._newTruck;
    // Listen to the one place the model makes trucks (first arrivals; a returning truck is not made there).
    vi.spyOn(BorderDirection.prototype, "_newTruck").mockImplementation(function (this: BorderDirection) {
      const truck = original.call(this);
      made.push(drawn(this.id, truck));
      return truck;
    });
    runBorder(spec, 1);
    vi.restoreAllMocks();
    const floor: string[] = [];
    drawTrucksOnly(spec, 1, (direction, _t, truck) => floor.push(drawn(direction, truck)));
    const perDirection = (lines: string[], d: string): string[] => lines.filter((l) => l.startsWith(`["${d}"`));
    for (const d of ["kg-to-kz", "kz-to-kg"]) {
      expect(perDirection(floor, d).length).toBeGreaterThan(1000);
      expect(perDirection(floor, d)).toEqual(perDirection(made, d));
    }
  });

  for (const file of ["baseline.json", "seals.json"]) {
    it(`draws the arrival times, classes and seals of ${file}'s run, truck for truck`, () => {
      const spec = border(file);
      const seen: string[] = [];
      runBorder(spec, 2, {
        trace: (t, e) => { if (e.kind === "arrive") seen.push(`${e.direction} ${t} ${e.truckClass} ${String(e.sealed)}`); },
      });
      const drawn: string[] = [];
      const count = drawTrucksOnly(spec, 2, (direction, t, truck) => {
        drawn.push(`${direction} ${t} ${spec.directions[direction].classes[truck.classIndex]!.id} ${String(truck.sealed)}`);
      });
      // The model interleaves both directions in time; the floor draws one direction, then the other.
      const byDirection = (lines: string[]): string[] => [...lines].sort((a, b) => a.localeCompare(b));
      expect(count).toBe(drawn.length);
      expect(drawn.length).toBeGreaterThan(20 * 300);
      expect(byDirection(drawn)).toEqual(byDirection(seen));
      if (file === "seals.json") expect(drawn.some((line) => line.endsWith(" true"))).toBe(true);
    });
  }
});
