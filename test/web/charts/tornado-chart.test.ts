// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { tornadoChart } from "../../../web/charts/tornado-chart.js";
import { sealsInputLabels, sealsTornado } from "./analysis-fixtures.js";
import { bottomLabel, caption, count, numbers, texts } from "./query.js";

describe("tornadoChart(result, options)", () => {
  it("tornadoChart(result, options) draws a low and a high bar per input, the widest swing at the top", () => {
    const svg = tornadoChart(sealsTornado, { document, inputLabels: sealsInputLabels });
    expect(count(svg, ".bar.low")).toBe(5);
    expect(count(svg, ".bar.high")).toBe(5);
    // Names wrap into lines (tspans); read them joined by spaces.
    const names = [...svg.querySelectorAll(".y-axis .tick")].map((t) => [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" "));
    expect(names[0]).toBe("X-ray repair time, hours (2–12)");
    expect(names[2]).toBe("Share of eligible trucks sealed (0.2–0.8)");
    expect(count(svg, ".whisker")).toBe(10);
  });

  it("tornadoChart(result, options) starts every bar at the nominal line and marks inputs within noise", () => {
    const svg = tornadoChart(sealsTornado, { document });
    const nominal = Number(svg.querySelector(".nominal-line")?.getAttribute("x1"));
    const bars = [...svg.querySelectorAll(".bar")];
    for (const bar of bars) {
      const x = Number(bar.getAttribute("x"));
      const width = Number(bar.getAttribute("width"));
      expect(Math.min(Math.abs(x - nominal), Math.abs(x + width - nominal))).toBeLessThan(1.01);
    }
    expect(count(svg, ".within-noise")).toBe(1);
    expect(texts(svg, ".noise-note")).toEqual(["within noise"]);
    expect(numbers(svg, ".within-noise", "opacity")).toEqual([0.45]);
  });

  it("tornadoChart(result, options) says what the line and whiskers are in its caption", () => {
    const text = caption(tornadoChart(sealsTornado, { document }));
    expect(text).toContain("the value with every input nominal, −2.20 hours");
    expect(text).toContain("95% intervals over 10 replications");
  });

  it("tornadoChart(result, options) draws at most `limit` inputs and rejects a Morris result or an unknown metric", () => {
    expect(count(tornadoChart(sealsTornado, { document, limit: 2 }), ".input")).toBe(2);
    expect(() => tornadoChart({ ...sealsTornado, method: "morris" }, { document })).toThrow(/needs a one-at-a-time result/);
    expect(() => tornadoChart(sealsTornado, { document, metric: "system.throughput" })).toThrow(/has no metric "system.throughput"/);
  });

  it("tornadoChart(result, { width: 360 }) wraps an axis label wider than a phone's chart, above the caption, rather than cut it at the edge", () => {
    // "Crossing time, Kyrgyzstan → Kazakhstan: seals minus baseline (hours)" is 68 characters; at 12 px a glyph is at most
    // about 7.2 px wide, so 46 characters fill the 336 px inside a 360 px chart's 12 px padding.
    const { lines, lastBaseline, captionTop } = bottomLabel(tornadoChart(sealsTornado, { document, width: 360 }));
    expect(lines.join(" ")).toBe("Crossing time, Kyrgyzstan → Kazakhstan: seals minus baseline (hours)");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(46);
    // The caption's first line (12 px text) starts below the label's last line.
    expect(captionTop - 12).toBeGreaterThan(lastBaseline);
  });
});
