import { describe, expect, it } from "vitest";
import { Simulation } from "../../src/engine/simulation.js";
import { Timeout } from "../../src/engine/timeout.js";

describe("Timeout", () => {
  it("sim.timeout(delay, value) is triggered at once and processed when the clock reaches it", () => {
    const sim = new Simulation();
    const t = sim.timeout(2.5, "late");
    expect(t).toBeInstanceOf(Timeout);
    expect([t.triggered, t.processed, t.delay]).toEqual([true, false, 2.5]);
    sim.run(2.5);
    expect(t.processed).toBe(false);
    sim.run();
    expect([t.processed, t.value, sim.now]).toEqual([true, "late", 2.5]);
  });

  it("timeout.succeed(value) is refused: a timeout is triggered from its creation", () => {
    const sim = new Simulation();
    expect(() => sim.timeout(1).succeed()).toThrow("SimEvent.succeed: the event has already been triggered");
  });
});
