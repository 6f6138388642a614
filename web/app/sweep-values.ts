import { checkLeverText } from "./lever-input.js";
import type { Lever } from "./levers.js";
import type { LeverEditValue } from "./url-state.js";

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
    case "integer":
      return [value, value + 1, value + 2];
    case "count": {
      if (value === 0) return [0, 50, 100, 200].filter((v) => v <= lever.max);
      const values = [value - 1, value, value + 1, value + 2].filter((v) => v >= lever.min && v <= lever.max);
      return values.length >= 2 ? values : [lever.min, lever.max];
    }
  }
}

/** The most values a sweep runs in the browser; each is a whole study. */
export const maxSweepValues = 12;

/**
 * Reads a sweep's comma-separated values, each checked as the lever's own field would check it.
 * @example parseSweepValues(sealShare, "0, 0.5, 2") // => { ok: false, messages: ["2: must be from 0 to 1, got 2"] }
 */
export function parseSweepValues(lever: Lever, text: string): { ok: true; values: LeverEditValue[] } | { ok: false; messages: string[] } {
  const texts = text.split(",").map((t) => t.trim()).filter((t) => t !== "");
  const messages: string[] = [];
  const values: LeverEditValue[] = [];
  for (const item of texts) {
    const checked = checkLeverText(lever, item);
    if (checked.ok) values.push(checked.value);
    else messages.push(`${item}: ${checked.message}`);
  }
  if (texts.length < 2) messages.push("enter two or more values separated by commas");
  if (texts.length > maxSweepValues) messages.push(`at most ${maxSweepValues} values in the browser, got ${texts.length}`);
  return messages.length > 0 ? { ok: false, messages } : { ok: true, values };
}
