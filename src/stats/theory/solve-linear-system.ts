/**
 * Solves A·x = b by Gaussian elimination with partial pivoting, for a small dense square A.
 * Returns null when A is singular to working precision (a pivot below 1e-12 times the largest entry).
 * Internal to the traffic equations; arguments are not checked. Cost: O(n³).
 */
export function solveLinearSystem(A: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  const n = b.length;
  const m = A.map((row, i) => [...row, b[i]!]);
  const scale = Math.max(...A.flat().map(Math.abs), 0);
  if (scale === 0) return n === 0 ? [] : null;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-12 * scale) return null;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const top = m[col]!;
    for (let r = col + 1; r < n; r++) {
      const row = m[r]!;
      const factor = row[col]! / top[col]!;
      if (factor === 0) continue;
      for (let k = col; k <= n; k++) row[k] = row[k]! - factor * top[k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r]!;
    let s = row[n]!;
    for (let k = r + 1; k < n; k++) s -= row[k]! * x[k]!;
    x[r] = s / row[r]!;
  }
  return x;
}
