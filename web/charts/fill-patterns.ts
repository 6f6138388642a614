import type { Selection } from "d3";

/** One hatching: parallel lines, a grid of lines, or dots, at an angle and spacing; "none" leaves the fill plain. */
export interface Hatching {
  readonly kind: "none" | "lines" | "grid" | "dots";
  /** Angle in degrees of the lines (0: vertical stripes, 90: horizontal). */
  readonly angle: number;
  /** Pixels between lines or dots. */
  readonly spacing: number;
}

const h = (kind: Hatching["kind"], angle: number, spacing: number): Hatching => ({ kind, angle, spacing });

/** Sixteen hatchings that differ in kind, angle or density, so sixteen categories stay apart in greyscale. */
const HATCHINGS: readonly Hatching[] = [
  h("none", 0, 0),
  h("lines", 45, 5), h("lines", -45, 5), h("lines", 90, 5), h("lines", 0, 5),
  h("dots", 0, 5), h("grid", 45, 6), h("grid", 0, 6),
  h("lines", 45, 9), h("lines", -45, 9), h("lines", 90, 9), h("lines", 0, 9),
  h("dots", 45, 9), h("grid", 45, 10), h("grid", 0, 10), h("lines", 22.5, 7),
];

/**
 * The hatching of category `index` (distinct for the first sixteen, then repeating), drawn over its colour so
 * that categories whose colours print as the same grey stay apart.
 * @throws {RangeError} if index is not a non-negative integer.
 * @example hatching(0).kind // => "none"
 */
export function hatching(index: number): Hatching {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`hatching(index): index must be a non-negative integer, got ${index}`);
  return HATCHINGS[index % HATCHINGS.length] as Hatching;
}

/** Number of distinct hatchings before they repeat. */
export const hatchingCount = HATCHINGS.length;

type Defs = Selection<SVGDefsElement, unknown, null, undefined>;

/**
 * Adds an SVG pattern drawing `h` in `ink` to `defs` under `id`, and returns the fill that uses it
 * (`url(#id)`), or "none" for a plain hatching.
 */
export function addHatchPattern(defs: Defs, id: string, hatch: Hatching, ink: string): string {
  if (hatch.kind === "none") return "none";
  const size = hatch.spacing;
  // The tile is rotated as a whole (patternTransform), so its stripes join seamlessly at any angle.
  const pattern = defs.append("pattern").attr("id", id).attr("patternUnits", "userSpaceOnUse").attr("width", size).attr("height", size)
    .attr("patternTransform", `rotate(${hatch.angle})`);
  if (hatch.kind === "dots") {
    pattern.append("circle").attr("cx", size / 2).attr("cy", size / 2).attr("r", Math.max(1, size / 5)).attr("fill", ink);
  } else {
    pattern.append("line").attr("x1", size / 2).attr("x2", size / 2).attr("y1", 0).attr("y2", size).attr("stroke", ink).attr("stroke-width", 1.2);
    if (hatch.kind === "grid") pattern.append("line").attr("x1", 0).attr("x2", size).attr("y1", size / 2).attr("y2", size / 2).attr("stroke", ink).attr("stroke-width", 1.2);
  }
  return `url(#${id})`;
}
