// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { caption, count, texts } from "./query.js";
import * as snapshots from "./snapshots.js";

// Every snapshot is a chart under some option set, so the contract is checked for each chart at each width.
describe("chart contract", () => {
  for (const [name, render] of Object.entries(snapshots)) {
    it(`${name}() is an accessible image with a title, caption and labelled axes`, () => {
      const svg = render();
      expect(svg.getAttribute("role")).toBe("img");
      const title = texts(svg, ":scope > title")[0] ?? "";
      expect(title).not.toBe("");
      const squeeze = (text: string): string => text.replace(/\s+/g, "");
      expect(squeeze(texts(svg, ".chart-title")[0] ?? "")).toBe(squeeze(title));
      expect(svg.getAttribute("aria-labelledby")).toBe(svg.querySelector(":scope > title")?.id);
      expect(squeeze(texts(svg, ":scope > desc")[0] ?? "")).toBe(squeeze(caption(svg)));
      expect(caption(svg).length).toBeGreaterThan(40);
      const axisLabels = texts(svg, ".axis-label");
      expect(axisLabels.length).toBeGreaterThanOrEqual(2);
      for (const label of axisLabels) expect(label).not.toBe("");
    });

    it(`${name}() keeps every text inside its width`, () => {
      const svg = render();
      const width = Number(svg.getAttribute("width"));
      expect(svg.getAttribute("viewBox")).toBe(`0 0 ${width} ${svg.getAttribute("height")}`);
      for (const line of svg.querySelectorAll(".chart-title tspan, .caption tspan")) {
        const text = line.parentElement;
        // 0.6 em a glyph (0.66 bold) is at least as wide as common sans-serif fonts, so this bounds the drawn width.
        const em = text?.getAttribute("font-weight") === "bold" ? 0.66 : 0.6;
        const drawn = (line.textContent ?? "").length * Number(text?.getAttribute("font-size")) * em;
        expect(12 + drawn).toBeLessThanOrEqual(width - 12 + 1e-9);
      }
      // Ids are the title's and the caption's, and any fill patterns', all named after the chart so two charts never clash.
      expect(count(svg, "[id]:not(pattern)")).toBe(2);
      const own = (svg.getAttribute("aria-labelledby") ?? "").replace(/-title$/, "");
      for (const pattern of svg.querySelectorAll("pattern")) expect(pattern.id.startsWith(`${own}-`)).toBe(true);
      for (const el of svg.querySelectorAll("[fill^='url(#']")) {
        expect(svg.querySelector(`[id="${(el.getAttribute("fill") ?? "").slice(5, -1)}"]`), el.getAttribute("fill") ?? "").not.toBeNull();
      }
    });
  }
});
