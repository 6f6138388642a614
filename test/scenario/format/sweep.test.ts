import { describe, expect, it } from "vitest";
import { parseSweep } from "../../../src/scenario/format/sweep.js";

describe("parseSweep(text)", () => {
  it("parseSweep(text) splits the values at commas and reads each like a --set value", () => {
    expect(parseSweep("stations.0.servers=1,2,3")).toEqual({ ok: true, path: "stations.0.servers", values: [1, 2, 3] });
    expect(parseSweep("warmup=0, 100, auto")).toEqual({ ok: true, path: "warmup", values: [0, 100, "auto"] });
    expect(parseSweep("flag=true,false")).toEqual({ ok: true, path: "flag", values: [true, false] });
  });

  it("parseSweep(text) returns a bracketed path in dotted form", () => {
    expect(parseSweep("stations[1].servers=1,2")).toEqual({ ok: true, path: "stations.1.servers", values: [1, 2] });
  });

  it("parseSweep(text) accepts a single value", () => {
    expect(parseSweep("seed=4")).toEqual({ ok: true, path: "seed", values: [4] });
  });

  it("parseSweep(text) rejects an empty list and an empty item", () => {
    expect(parseSweep("seed=")).toEqual({ ok: false, problems: [{ path: "--set seed=", message: 'no values after "="; expected PATH=V1,V2,..., such as stations.0.servers=1,2,3' }] });
    expect(parseSweep("seed=1,,3")).toEqual({ ok: false, problems: [{ path: "--set seed=1,,3", message: "value 2 is empty; separate values with single commas, such as 1,2,3" }] });
    expect(parseSweep("seed=1,")).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/^value 2 is empty/) }] });
  });

  it("parseSweep(text) rejects values that are not numbers, strings or booleans", () => {
    expect(parseSweep("seed=1,null")).toEqual({ ok: false, problems: [{ path: "--set seed=1,null", message: "value 2 is null; a sweep takes numbers, strings or booleans" }] });
  });

  it("parseSweep(text) rejects text without PATH=", () => {
    expect(parseSweep("1,2,3")).toMatchObject({ ok: false, problems: [{ path: "--set 1,2,3" }] });
  });
});
