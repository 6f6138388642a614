// @vitest-environment jsdom
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { expectSnapshot, normalize, serializeSnapshot } from "./snapshot.js";

const name = "harness-self-test";
const output = join(import.meta.dirname, "../../output");
const ci = process.env.CI;

function svgWith(width: string): SVGSVGElement {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("width", width);
  svg.setAttribute("aria-labelledby", "borderflow-chart-41-title");
  svg.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "text")).textContent = "p50 12.345 h";
  return svg;
}

afterEach(() => {
  if (ci === undefined) delete process.env.CI;
  else process.env.CI = ci;
  rmSync(join(output, `${name}.svg`), { force: true });
  rmSync(join(output, `${name}-changed.svg`), { force: true });
});

describe("snapshot harness", () => {
  it("normalize(value, ids) rounds numbers to two decimals and renumbers chart ids", () => {
    const ids = new Map<string, string>();
    expect(normalize("M0.12345,-0.001L3.999,4", ids)).toBe("M0.12,0L4,4");
    expect(normalize("borderflow-chart-9-title borderflow-chart-3", ids)).toBe("borderflow-chart-1-title borderflow-chart-2");
  });

  it("serializeSnapshot(svg) leaves drawn text as it is", () => {
    expect(serializeSnapshot(svgWith("640.004"))).toBe(
      '<svg width="640" aria-labelledby="borderflow-chart-1-title" xmlns="http://www.w3.org/2000/svg">\n  <text>p50 12.345 h</text>\n</svg>\n',
    );
  });

  it("expectSnapshot(name, svg) fails under CI when the snapshot is missing", () => {
    process.env.CI = "true";
    expect(() => expectSnapshot(name, svgWith("640"))).toThrow(`snapshot test/output/${name}.svg is missing`);
    expect(existsSync(join(output, `${name}.svg`))).toBe(false);
  });

  it("expectSnapshot(name, svg) writes a missing snapshot locally, then writes -changed.svg and fails on a change", () => {
    delete process.env.CI;
    expectSnapshot(name, svgWith("640"));
    expect(readFileSync(join(output, `${name}.svg`), "utf8")).toContain('width="640"');
    expectSnapshot(name, svgWith("640.001"));
    expect(() => expectSnapshot(name, svgWith("360"))).toThrow(`compare it with test/output/${name}-changed.svg`);
    expect(readFileSync(join(output, `${name}-changed.svg`), "utf8")).toContain('width="360"');
  });
});
