// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { AnimationScene } from "../../../web/teach/animation-scene.js";
import { pairedScene } from "../../../web/teach/paired-scene.js";

/** A scene over a list of event times, drawn as an empty SVG of the given size. */
function fakeScene(events: readonly number[], width: number, unit = "min"): AnimationScene & { draws: number[] } {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", "100");
  let time = 0;
  const draws: number[] = [];
  return {
    svg, draws, end: events[events.length - 1] ?? 0, timeUnit: unit,
    get time() { return time; },
    get nextTime() { return events.find((t) => t > time) ?? Infinity; },
    seek(t) { time = t; },
    step() {
      const next = events.find((t) => t > time);
      if (next === undefined) return false;
      time = next;
      return true;
    },
    draw(seconds) { draws.push(seconds); return false; },
    summary: () => `at ${time}`,
  };
}

describe("pairedScene(scenes, options)", () => {
  it("pairedScene(scenes, options) moves every scene to the same time: one clock for both", () => {
    const a = fakeScene([1, 4, 9], 300);
    const b = fakeScene([2, 3, 12], 300);
    const paired = pairedScene([a, b], { labels: ["Shared line", "A line each"] });
    expect(paired.end).toBe(9);
    expect(paired.nextTime).toBe(1);
    expect(paired.step()).toBe(true);
    expect([a.time, b.time, paired.time]).toEqual([1, 1, 1]);
    expect(paired.step()).toBe(true);
    expect([a.time, b.time]).toEqual([2, 2]);
    paired.seek(5.5);
    expect([a.time, b.time]).toEqual([5.5, 5.5]);
    paired.draw(0.1);
    expect([a.draws, b.draws]).toEqual([[0.1], [0.1]]);
    expect(paired.summary()).toBe("Shared line: at 5.5 A line each: at 5.5");
  });

  it("pairedScene(scenes, options) nests the drawings side by side, or stacked", () => {
    const across = pairedScene([fakeScene([1], 300), fakeScene([1], 200)], { labels: ["a", "b"], gap: 10 });
    expect([across.svg.getAttribute("width"), across.svg.getAttribute("height")]).toEqual(["510", "100"]);
    expect([...across.svg.children].map((c) => c.getAttribute("x"))).toEqual(["0", "310"]);
    const stacked = pairedScene([fakeScene([1], 300), fakeScene([1], 200)], { labels: ["a", "b"], gap: 10, sideBySide: false });
    expect([stacked.svg.getAttribute("width"), stacked.svg.getAttribute("height")]).toEqual(["300", "210"]);
  });

  it("pairedScene(scenes, options) refuses mismatched labels or time units", () => {
    expect(() => pairedScene([fakeScene([1], 10)], { labels: [] })).toThrow(/one label per scene/);
    expect(() => pairedScene([fakeScene([1], 10), fakeScene([1], 10, "h")], { labels: ["a", "b"] })).toThrow(/different units/);
  });
});
