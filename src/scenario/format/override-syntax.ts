import type { PathProblem } from "./schema/node.js";

/** A `PATH=VALUE` override split into the path's segments and the value's text. */
export interface Assignment {
  /** The path as written, such as `stations.0.servers`. */
  readonly path: string;
  /** The path's segments: field names, and item indices as digit strings. */
  readonly segments: readonly string[];
  /** Everything after the first `=`, untouched. */
  readonly valueText: string;
}

const example = "such as stations.0.servers=3";

/**
 * Splits `PATH=VALUE` at its first `=`. The path is dotted (`stations.0.servers`); `stations[0]`
 * is accepted too, so a path copied from a problem message works as it is.
 *
 * @example
 * splitAssignment("stations[0].servers=3");
 * // => { ok: true, assignment: { path: "stations[0].servers", segments: ["stations", "0", "servers"], valueText: "3" } }
 */
export function splitAssignment(text: string): { readonly ok: true; readonly assignment: Assignment } | { readonly ok: false; readonly problem: PathProblem } {
  const malformed = (why: string) => ({ ok: false as const, problem: { path: `--set ${text}`, message: `${why}; expected PATH=VALUE, ${example}` } });
  const equals = text.indexOf("=");
  if (equals < 0) return malformed("no \"=\"");
  const path = text.slice(0, equals).trim();
  if (path === "") return malformed("no path before \"=\"");
  const segments = pathSegments(path);
  if (segments.some((s) => s === "")) return malformed(`the path "${path}" has an empty segment`);
  return { ok: true, assignment: { path, segments, valueText: text.slice(equals + 1) } };
}

/**
 * The segments of a path as `--set` reads it: dotted, with `[0]` accepted for `.0`.
 *
 * @example
 * pathSegments("stations[0].servers"); // => ["stations", "0", "servers"]
 */
export function pathSegments(path: string): string[] {
  return path.replace(/\[(\d+)\]/g, ".$1").split(".");
}

/**
 * The value of an override: JSON when the text parses as JSON (numbers, booleans, arrays,
 * objects, quoted strings), otherwise the text itself as a string.
 *
 * @example
 * parseValueText("3"); // => 3
 * parseValueText("Two desks"); // => "Two desks"
 */
export function parseValueText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Why a number written in an override would not be the number read, or undefined: JSON reads
 * "1e-400" as 0 and "1e400" as Infinity, and the field's check would then name a value nobody wrote.
 * A JSON object or array value (`{"dist":"exponential","mean":1e-400}`) is looked at number by number,
 * strings skipped.
 *
 * @example
 * lostNumber("1e-400"); // => "1e-400 is too small to hold in a double (it reads as 0); the smallest is about 5e-324"
 * lostNumber("0.5"); // => undefined
 */
export function lostNumber(valueText: string): string | undefined {
  const text = valueText.trim();
  if (text.startsWith("{") || text.startsWith("[")) {
    // A string literal is matched whole (and skipped), so digits inside one are never taken for a number.
    for (const [, literal] of text.matchAll(/"(?:[^"\\]|\\.)*"|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g)) {
      const lost = literal === undefined ? undefined : lostNumber(literal);
      if (lost !== undefined) return lost;
    }
    return undefined;
  }
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return undefined;
  const n = Number(text);
  if (n === 0 && /[1-9]/.test(text.split(/[eE]/)[0] as string)) return `${text} is too small to hold in a double (it reads as 0); the smallest is about 5e-324`;
  if (!Number.isFinite(n)) return `${text} is too large to hold in a double (it reads as ${n > 0 ? "" : "-"}Infinity); the largest is about 1.8e308`;
  return undefined;
}
