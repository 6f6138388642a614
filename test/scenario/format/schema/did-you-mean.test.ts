import { describe, expect, it } from "vitest";
import { didYouMean } from "../../../../src/scenario/format/schema/did-you-mean.js";
import { childPath, displayPath } from "../../../../src/scenario/format/schema/json-path.js";

describe("didYouMean(word, allowed) and childPath(path, key)", () => {
  it("didYouMean(word, allowed) finds swapped, missing and extra letters", () => {
    expect(didYouMean("sevrers", ["id", "servers", "service"])).toBe("servers");
    expect(didYouMean("servce", ["id", "servers", "service"])).toBe("service");
    expect(didYouMean("Horizon", ["horizon", "warmup"])).toBe("horizon");
  });

  it("didYouMean(word, allowed) offers nothing for a word far from every allowed one", () => {
    expect(didYouMean("colour", ["id", "servers", "service"])).toBeUndefined();
    expect(didYouMean("expo", ["exponential", "erlang"])).toBeUndefined();
  });

  it("childPath(path, key) writes indices in brackets and quotes keys that are not identifiers", () => {
    expect(childPath(childPath(childPath("", "stations"), 1), "id")).toBe("stations[1].id");
    expect(childPath("serviceByClass", "cold chain")).toBe('serviceByClass["cold chain"]');
    expect(childPath("", "$schema")).toBe("$schema");
    expect(displayPath("")).toBe("$");
  });
});
