import seedrandom from "seedrandom";

/** Test helper: n standard normal draws by Box–Muller from a seeded stream, so statistical tests repeat exactly. */
export function seededNormals(seed: string, n: number): number[] {
  const u = seedrandom(seed);
  const out: number[] = [];
  while (out.length < n) {
    const r = Math.sqrt(-2 * Math.log(1 - u()));
    const theta = 2 * Math.PI * u();
    out.push(r * Math.cos(theta), r * Math.sin(theta));
  }
  return out.slice(0, n);
}
