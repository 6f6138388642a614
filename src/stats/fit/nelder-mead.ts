/**
 * Minimises f over the plane by the Nelder–Mead simplex method (reflection 1, expansion 2,
 * contraction 1/2, shrink 1/2), from `start` with a first simplex of side `step`. Stops when the
 * three values differ by less than `tolerance` (absolute plus relative) or after `maxIterations`.
 * Written by hand: simple-statistics has no optimiser. Cost: a few evaluations of f per iteration.
 *
 * @example
 * nelderMead2(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]).point; // => about [1, -2]
 */
export function nelderMead2(
  f: (point: readonly [number, number]) => number,
  start: readonly [number, number],
  step = 0.5,
  tolerance = 1e-10,
  maxIterations = 400,
): { point: [number, number]; value: number } {
  type Vertex = { p: [number, number]; v: number };
  const at = (p: [number, number]): Vertex => {
    const v = f(p);
    return { p, v: Number.isNaN(v) ? Infinity : v };
  };
  let s: Vertex[] = [at([start[0], start[1]]), at([start[0] + step, start[1]]), at([start[0], start[1] + step])];
  for (let i = 0; i < maxIterations; i++) {
    s.sort((x, y) => x.v - y.v);
    const [best, mid, worst] = s as [Vertex, Vertex, Vertex];
    if (Math.abs(worst.v - best.v) <= tolerance * (1 + Math.abs(best.v))) break;
    const c: [number, number] = [(best.p[0] + mid.p[0]) / 2, (best.p[1] + mid.p[1]) / 2];
    const along = (t: number): [number, number] => [c[0] + t * (worst.p[0] - c[0]), c[1] + t * (worst.p[1] - c[1])];
    const reflected = at(along(-1));
    if (reflected.v < best.v) {
      const expanded = at(along(-2));
      s = [best, mid, expanded.v < reflected.v ? expanded : reflected];
    } else if (reflected.v < mid.v) {
      s = [best, mid, reflected];
    } else {
      const contracted = reflected.v < worst.v ? at(along(-0.5)) : at(along(0.5));
      if (contracted.v < Math.min(worst.v, reflected.v)) s = [best, mid, contracted];
      else {
        const half = (v: Vertex): Vertex => at([(best.p[0] + v.p[0]) / 2, (best.p[1] + v.p[1]) / 2]);
        s = [best, half(mid), half(worst)];
      }
    }
  }
  s.sort((x, y) => x.v - y.v);
  const best = s[0] as Vertex;
  return { point: best.p, value: best.v };
}
