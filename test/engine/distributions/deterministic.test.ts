import { describe, expect, it } from "vitest";
import { deterministic } from "../../../src/engine/distributions/deterministic.js";
import { scripted } from "./sample-moments.js";

describe("deterministic(value)", () => {
  it("deterministic(value).sample(u) is always value and uses no uniform", () => {
    const d = deterministic(0.25);
    const u = scripted([0.3]);
    expect([d.sample(u), d.sample(u)]).toEqual([0.25, 0.25]);
    expect(u.calls).toBe(0);
    expect(d.mean).toBe(0.25);
    expect(d.variance).toBe(0);
  });

  it("deterministic(value) rejects a non-finite value", () => {
    expect(() => deterministic(Infinity)).toThrow("deterministic: value must be a finite number, got Infinity");
    expect(() => deterministic(undefined as unknown as number)).toThrow(TypeError);
  });
});
