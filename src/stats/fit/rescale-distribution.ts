/** Fields of a scenario distribution that are times (they change with the unit); cv, k, shape and weights do not. */
const TIME_FIELDS = new Set(["mean", "sd", "min", "mode", "max", "scale", "value"]);

/**
 * A scenario distribution `{ dist, ...parameters }` in another time unit: every time field
 * multiplied by `factor` (60 from hours to minutes), the others unchanged. Every family of the
 * format is a scale family in these terms, so the result is the same distribution in the new unit.
 *
 * @example
 * rescaleDistribution({ dist: "gamma", mean: 0.5, cv: 0.3 }, 60); // => { dist: "gamma", mean: 30, cv: 0.3 }
 */
export function rescaleDistribution(spec: Readonly<Record<string, unknown>>, factor: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec)) {
    if (TIME_FIELDS.has(key) && typeof value === "number") out[key] = value * factor;
    else if (key === "values" && Array.isArray(value)) out[key] = value.map((v: number) => v * factor);
    else out[key] = value;
  }
  return out;
}
