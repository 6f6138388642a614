import { area, line, type Selection } from "d3";
import type { BandPoint } from "../../src/scenario/study/study-result.js";

type Group = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Draw a series as its 95% band (pale, where both ends are known) under its mean line,
 * with x and y mapping data values to pixels. `floor` clips the band's lower end for a quantity that
 * cannot go below it (a queue length cannot be negative, though a Student-t interval can reach below 0).
 */
export function drawBandSeries(
  g: Group,
  points: readonly BandPoint[],
  x: (value: number) => number,
  y: (value: number) => number,
  color: string,
  floor = -Infinity,
): void {
  // Points without an interval (one replication) leave a gap in the band rather than a band of zero width.
  const band = area<BandPoint>()
    .defined((p) => p.lo !== null && p.hi !== null)
    .x((p) => x(p.x))
    .y0((p) => y(Math.max(floor, p.lo ?? p.mean)))
    .y1((p) => y(p.hi ?? p.mean));
  const mean = line<BandPoint>().x((p) => x(p.x)).y((p) => y(p.mean));
  g.append("path").attr("class", "band").attr("d", band(points) ?? "").attr("fill", color).attr("fill-opacity", 0.2);
  g.append("path").attr("class", "mean-line").attr("d", mean(points) ?? "").attr("fill", "none").attr("stroke", color)
    .attr("stroke-width", 2);
}

/** The largest value a series reaches: the highest upper end, or mean where there is no interval. */
export function seriesTop(points: readonly BandPoint[]): number {
  return Math.max(0, ...points.map((p) => Math.max(p.mean, p.hi ?? p.mean)));
}
