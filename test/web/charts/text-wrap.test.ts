import { describe, expect, it } from "vitest";
import { textWidth, wrapText } from "../../../web/charts/text-wrap.js";

describe("wrapText(text, maxWidth, fontSize)", () => {
  it("wrapText(text, maxWidth, fontSize) breaks after hyphens and spaces", () => {
    expect(wrapText("seals-and-unified", 60, 10)).toEqual(["seals-and-", "unified"]);
    expect(wrapText("Mean hours by scenario", 70, 10)).toEqual(["Mean hours", "by scenario"]);
    expect(wrapText("baseline", 200, 10)).toEqual(["baseline"]);
  });

  it("wrapText(text, maxWidth, fontSize) never makes a line wider than maxWidth, cutting words that cannot fit", () => {
    const lines = wrapText("a kazakhstan-kyrgyzstan crossing", 42, 10);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(42);
    expect(lines.join("")).toBe("akazakhstan-kyrgyzstancrossing");
  });

  it("wrapText(text, maxWidth, fontSize) rejects a width that is not positive", () => {
    expect(() => wrapText("x", 0, 10)).toThrow("wrapText: maxWidth must be a positive number of pixels, got 0");
  });
});
