import type { Lever } from "./levers.js";

/**
 * Values worth sweeping for a lever, around its current value: the whole range of a share, the four
 * seasons' first months, one lane fewer to two more, ±20% of a daily volume, both states of a switch.
 * @example suggestedSweep(sealShare, 0.2) // => [0, 0.25, 0.5, 0.75, 1]
 */
export function suggestedSweep(lever: Lever, current: number | boolean): (number | boolean)[] {
  if (lever.kind === "switch") return [false, true];
  const value = Number(current);
  switch (lever.kind) {
    case "share":
      return [0, 0.25, 0.5, 0.75, 1];
    case "month":
      return [1, 4, 7, 10];
    case "rate":
      return [...new Set([0.8, 0.9, 1, 1.1, 1.2].map((f) => Math.min(lever.max, Math.max(lever.min, Math.round(value * f)))))];
    case "count": {
      if (value === 0) return [0, 50, 100, 200].filter((v) => v <= lever.max);
      const values = [value - 1, value, value + 1, value + 2].filter((v) => v >= lever.min && v <= lever.max);
      return values.length >= 2 ? values : [lever.min, lever.max];
    }
  }
}
