import { describe, expect, it } from "vitest";
import { Simulation } from "../../../src/engine/index.js";
import { QueueArea } from "../../../src/model/border/queue-area.js";
import { Truck } from "../../../src/model/border/truck.js";

const truck = (id: number): Truck => new Truck(id, 0, false, false, false, 0, 2, 0.5, new Float64Array(0));

describe("QueueArea", () => {
  it("join(truck, now) fills the centre's places first, then the road; leave(truck, now) moves the longest-waiting road truck into the freed place", () => {
    const sim = new Simulation();
    const area = new QueueArea(sim, { name: "zone", zonePlaces: 1, centrePlaces: 2, booking: false });
    const trucks = [0, 1, 2, 3].map(truck);
    expect(trucks.map((t) => area.join(t, 0))).toEqual(["centre", "centre", "road", "road"]);
    expect([area.roadTrucks, area.waitingTrucks]).toEqual([2, 4]);
    expect(area.leave(trucks[0]!, 1)).toBe(trucks[2]);
    expect([trucks[2]!.waiting, trucks[2]!.visitedCentre, trucks[3]!.visitedCentre]).toEqual(["centre", true, false]);
    expect([area.roadTrucks, area.waitingTrucks]).toEqual([1, 3]);
    // The road held 2 trucks over [0, 1) and 1 over [1, 3).
    expect(area.road.mean(3)).toBeCloseTo(4 / 3, 12);
    expect(area.road.max).toBe(2);
  });

  it("join(truck, now) sends trucks to their booked slot under the electronic queue once the centre is full, never to the road", () => {
    const sim = new Simulation();
    const area = new QueueArea(sim, { name: "zone", zonePlaces: 1, centrePlaces: 1, booking: true });
    expect([0, 1, 2].map((i) => area.join(truck(i), 0))).toEqual(["centre", "booked", "booked"]);
    expect(area.roadTrucks).toBe(0);
    expect(area.booked.value).toBe(2);
  });

  it("leave(truck, now) of a road truck with no centre frees a road place and moves nobody", () => {
    const sim = new Simulation();
    const area = new QueueArea(sim, { name: "zone", zonePlaces: 1, centrePlaces: 0, booking: false });
    const a = truck(0);
    area.join(a, 0);
    area.join(truck(1), 0);
    expect(area.leave(a, 2)).toBeNull();
    expect([a.waiting, area.roadTrucks]).toEqual([null, 1]);
  });
});
