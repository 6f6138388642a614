// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { spreadChart } from "../../../web/charts/spread-chart.js";
import { sealsSpread } from "./analysis-fixtures.js";
import { bottomLabel, caption, count, numbers } from "./query.js";

describe("spreadChart(result, options)", () => {
  it("spreadChart(result, options) draws one dot and whisker per world, sorted by the effect", () => {
    const svg = spreadChart(sealsSpread, { document });
    expect(count(svg, ".dot")).toBe(12);
    expect(count(svg, ".whisker")).toBe(12);
    const xs = numbers(svg, ".dot", "cx");
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it("spreadChart(result, options) shades the 5–95% range, marks the median and zero, and colours the worlds where the measure helps", () => {
    const svg = spreadChart(sealsSpread, { document });
    const band = svg.querySelector(".range-band");
    const zero = Number(svg.querySelector(".zero-line")?.getAttribute("x1"));
    const median = Number(svg.querySelector(".median-line")?.getAttribute("x1"));
    expect(Number(band?.getAttribute("x"))).toBeLessThan(median);
    expect(median).toBeLessThan(zero);
    // Worlds with the interval wholly below zero help (-0.6 ± 0.35 does, -0.1 and 0.2 do not).
    const colours = [...svg.querySelectorAll(".dot")].map((d) => d.getAttribute("fill"));
    expect(colours.filter((c) => c === "#888888")).toHaveLength(2);
  });

  it("spreadChart(result, options) states the range, the median and the share of worlds that help in its caption", () => {
    const text = caption(spreadChart(sealsSpread, { document }));
    expect(text).toContain("−4.20 to −0.05 hours");
    expect(text).toContain("helps (its interval is beyond zero on the better side) in 75% of the worlds");
  });

  it("spreadChart(result, options) rejects a metric the result does not have", () => {
    expect(() => spreadChart(sealsSpread, { document, metric: "system.throughput" })).toThrow(/has no metric "system.throughput"/);
  });

  it("spreadChart(result, { width: 360 }) wraps an axis label wider than a phone's chart, above the caption, rather than cut it at the edge", () => {
    // "Crossing time, Kyrgyzstan → Kazakhstan: seals minus baseline (hours)" is 68 characters; at 12 px a glyph is at most
    // about 7.2 px wide, so 46 characters fill the 336 px inside a 360 px chart's 12 px padding.
    const { lines, lastBaseline, captionTop } = bottomLabel(spreadChart(sealsSpread, { document, width: 360 }));
    expect(lines.join(" ")).toBe("Crossing time, Kyrgyzstan → Kazakhstan: seals minus baseline (hours)");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(46);
    // The caption's first line (12 px text) starts below the label's last line.
    expect(captionTop - 12).toBeGreaterThan(lastBaseline);
  });
});
