import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { randomStream } from "../../src/engine/random-stream.js";

const draw = (n: number, u: () => number): number[] => Array.from({ length: n }, () => u());

describe("randomStream(seed, replication, name)", () => {
  it("randomStream(seed, replication, name) gives exactly seedrandom's xor4096 double() numbers for the stream's seed string", () => {
    // The stream runs its own copy of the generator for speed; it must not change a single number.
    for (const [seed, replication, name] of [[1, 0, "arrivals:0"], [7, 3, "service:desks"], [-5, 12, "class:kg-to-kz"], [2 ** 40, 0, "x"]] as const) {
      const reference = seedrandom.xor4096(`borderflow/${seed}/${replication}/${name}`);
      const u = randomStream(seed, replication, name);
      for (let i = 0; i < 100_000; i++) {
        const expected = reference.double();
        const got = u();
        if (got !== expected) expect({ draw: i, got }).toEqual({ draw: i, got: expected });
      }
    }
  });

  it("randomStream(seed, replication, name) repeats the same numbers for the same triple", () => {
    expect(draw(5, randomStream(7, 2, "service"))).toEqual(draw(5, randomStream(7, 2, "service")));
  });

  it("randomStream(seed, replication, name) differs when any part of the triple differs", () => {
    const base = draw(5, randomStream(7, 2, "service"));
    expect(draw(5, randomStream(8, 2, "service"))).not.toEqual(base);
    expect(draw(5, randomStream(7, 3, "service"))).not.toEqual(base);
    expect(draw(5, randomStream(7, 2, "arrivals"))).not.toEqual(base);
  });

  it("randomStream(seed, replication, name) is unaffected by drawing from another stream", () => {
    const a = randomStream(1, 0, "a");
    const b = randomStream(1, 0, "b");
    const alone = draw(3, randomStream(1, 0, "b"));
    draw(100, a);
    expect(draw(3, b)).toEqual(alone);
  });

  it("randomStream(seed, replication, name) yields numbers in [0, 1)", () => {
    const xs = draw(10_000, randomStream(3, 0, "range"));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it("randomStream(seed, replication, name) rejects a non-integer seed, a negative replication and an empty name", () => {
    expect(() => randomStream(1.5, 0, "x")).toThrow(/seed must be an integer/);
    expect(() => randomStream(1, -1, "x")).toThrow(/replication must be an integer >= 0/);
    expect(() => randomStream(1, 0, "")).toThrow(/name must be a non-empty string/);
  });
});
