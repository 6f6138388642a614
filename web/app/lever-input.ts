import type { Lever } from "./levers.js";

/** What a lever field holds: the value to use, or why the text was refused. */
export type LeverInput = { readonly ok: true; readonly value: number | boolean } | { readonly ok: false; readonly message: string };

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The name of month 1–12. */
export function monthName(month: number): string {
  return months[month - 1] ?? String(month);
}

function range(lever: Lever): string {
  const unit = lever.unit === "" ? "" : ` ${lever.unit}`;
  const note = lever.rangeNote === undefined ? "" : ` (${lever.rangeNote})`;
  return `from ${lever.min} to ${lever.max}${unit}${note}`;
}

/**
 * Checks the text of a lever's field before any scenario is built: a number, whole where the lever
 * counts things, within the lever's range. Switches take "true" or "false".
 * @example checkLeverText(sealShare, "1.5") // => { ok: false, message: "must be from 0 to 1, got 1.5" }
 */
export function checkLeverText(lever: Lever, text: string): LeverInput {
  const trimmed = text.trim();
  if (lever.kind === "switch") {
    if (trimmed === "true" || trimmed === "false") return { ok: true, value: trimmed === "true" };
    return { ok: false, message: `must be on or off (true or false), got "${text}"` };
  }
  if (lever.kind === "integer") {
    const n = Number(trimmed);
    const ok = /^[+-]?\d+$/.test(trimmed) && Number.isSafeInteger(n) && n >= lever.min && n <= lever.max;
    const note = lever.rangeNote === undefined ? "" : ` (${lever.rangeNote})`;
    return ok ? { ok: true, value: n } : { ok: false, message: `must be a whole number written in decimal digits, from −2⁵³ + 1 to 2⁵³ − 1${note}, got "${text}"` };
  }
  if (trimmed === "") return { ok: false, message: `enter a number ${range(lever)}` };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: `"${text}" is not a number; enter one ${range(lever)}` };
  if (lever.kind !== "share" && lever.kind !== "rate" && !Number.isInteger(value)) {
    return { ok: false, message: `must be a whole number ${range(lever)}, got ${trimmed}` };
  }
  if (value < lever.min || value > lever.max) return { ok: false, message: `must be ${range(lever)}, got ${trimmed}` };
  return { ok: true, value };
}
