import { describe, expect, it } from "vitest";
import { didYouMean, suggestion, unknownName } from "../../../../src/scenario/format/schema/did-you-mean.js";
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

  it("suggestion(word, allowed) writes the guess as every message does, and nothing when there is none", () => {
    expect(suggestion("sevrers", ["id", "servers"])).toBe(' (did you mean "servers"?)');
    expect(suggestion("colour", ["id", "servers"])).toBe("");
  });

  it("unknownName(noun, word, allowed, listed) names the kind, the word, the guess and what is allowed", () => {
    expect(unknownName("stage", "kz-xrya", ["kz-xray", "kz-customs"], "stages: kz-xray, kz-customs")).toBe('unknown stage "kz-xrya" (did you mean "kz-xray"?); stages: kz-xray, kz-customs');
    expect(unknownName("station", "far", ["desk"], "stations: desk")).toBe('unknown station "far"; stations: desk');
  });

  it("childPath(path, key) writes indices in brackets and quotes keys that are not identifiers", () => {
    expect(childPath(childPath(childPath("", "stations"), 1), "id")).toBe("stations[1].id");
    expect(childPath("serviceByClass", "cold chain")).toBe('serviceByClass["cold chain"]');
    expect(childPath("", "$schema")).toBe("$schema");
    expect(displayPath("")).toBe("$");
  });
});
