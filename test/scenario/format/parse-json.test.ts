import { describe, expect, it } from "vitest";
import { parseJson } from "../../../src/scenario/format/parse-json.js";

const messageOf = (text: string): string => {
  const result = parseJson(text);
  return result.ok ? "" : result.problem.message;
};

describe("parseJson(text)", () => {
  it("parseJson(text) returns the value of valid JSON", () => {
    expect(parseJson('{ "a": [1, true, null] }')).toEqual({ ok: true, value: { a: [1, true, null] } });
  });

  it("parseJson(text) reports a trailing comma by line and column", () => {
    expect(parseJson('{\n  "a": 1,\n}')).toEqual({
      ok: false,
      problem: { path: "$", message: "invalid JSON at line 3, column 1: expected double-quoted property name" },
      problems: [{ path: "$", message: "invalid JSON at line 3, column 1: expected double-quoted property name" }],
    });
  });

  it("parseJson(text) locates errors whose parser message gives no position", () => {
    expect(messageOf('{\n  "horizon": 5O0\n}')).toMatch(/^invalid JSON at line 2, column 15: /);
    expect(messageOf('{\n  "a": x}')).toBe("invalid JSON at line 2, column 8: unexpected character 'x'");
    expect(messageOf("// comment\n{}")).toBe("invalid JSON at line 1, column 1: unexpected character '/'");
  });

  it("parseJson(text) places an early end at the end of the text", () => {
    expect(messageOf('{\n  "a": [1, 2')).toMatch(/^invalid JSON at line 2, column 13: /);
    expect(messageOf("")).toMatch(/^invalid JSON at line 1, column 1: /);
  });

  it("parseJson(text) skips a byte-order mark", () => {
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});
