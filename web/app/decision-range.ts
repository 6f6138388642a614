/** A decision's values as a study file gives them: a list, or a range from min to max in steps. */
export type DecisionRange =
  | { readonly values: readonly number[] }
  | { readonly min: number; readonly max: number; readonly step?: number };

/**
 * Reads the values a user typed for a decision: a list (`1, 2, 4`) or a range (`3 to 8`, `0 to 1 step 0.25`).
 * The numbers are passed on as typed; whether they suit the field (whole lanes, shares in [0, 1]) is for
 * the study and scenario loaders to say, as the CLI's would.
 * @example parseDecisionRange("4 to 8 step 2") // => { ok: true, range: { min: 4, max: 8, step: 2 } }
 */
export function parseDecisionRange(text: string): { ok: true; range: DecisionRange } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: "give the values to try: a list such as 1, 2, 3 or a range such as 1 to 4 (step 1)" };
  const range = /^(\S+)\s+to\s+(\S+)(?:\s+step\s+(\S+))?$/i.exec(trimmed);
  if (range !== null) {
    const [min, max, step] = [range[1], range[2], range[3]].map((t) => (t === undefined ? undefined : Number(t)));
    const bad = [range[1], range[2], range[3]].find((t, i) => t !== undefined && !Number.isFinite([min, max, step][i]));
    if (bad !== undefined) return { ok: false, message: `"${bad}" is not a number` };
    return { ok: true, range: step === undefined ? { min: min as number, max: max as number } : { min: min as number, max: max as number, step } };
  }
  const parts = trimmed.split(/\s*,\s*/);
  const values = parts.map(Number);
  const bad = parts.findIndex((t, i) => t === "" || !Number.isFinite(values[i]));
  if (bad >= 0) return { ok: false, message: `"${parts[bad]}" is not a number; write a list such as 1, 2, 3 or a range such as 1 to 4 step 1` };
  return { ok: true, range: { values } };
}

/**
 * A study file's decision values as the form shows them, the inverse of parseDecisionRange.
 * @example decisionRangeText({ min: 3, max: 8 }) // => "3 to 8"
 */
export function decisionRangeText(range: { readonly values?: readonly number[]; readonly min?: number; readonly max?: number; readonly step?: number }): string {
  if (range.values !== undefined) return range.values.join(", ");
  return `${range.min ?? ""} to ${range.max ?? ""}${range.step === undefined ? "" : ` step ${range.step}`}`;
}
