import { duplicateKeys } from "./duplicate-keys.js";
import type { PathProblem } from "./schema/node.js";

/** The outcome of parsing JSON text: the value, or where and why the text is not JSON. */
export type JsonParse = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: PathProblem; readonly problems: readonly PathProblem[] };

/**
 * Parses JSON text, reporting a syntax error by line and column (1-based) rather than by offset,
 * and refusing a key written twice in one object (JSON.parse would keep the last silently); `problems`
 * lists every duplicate, `problem` is the first. A leading byte-order mark, which some Windows
 * editors write, is skipped. Never throws.
 *
 * @example
 * parseJson('{\n  "a": 1,\n}');
 * // => { ok: false, problem: { path: "$", message: "invalid JSON at line 3, column 1: expected double-quoted property name" } }
 */
export function parseJson(text: string): JsonParse {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const { line, column } = lineAndColumn(body, errorOffset(body, reason));
    const problem = { path: "$", message: `invalid JSON at line ${line}, column ${column}: ${cleanReason(reason)}` };
    return { ok: false, problem, problems: [problem] };
  }
  const duplicates = duplicateKeys(body);
  const first = duplicates[0];
  return first === undefined ? { ok: true, value } : { ok: false, problem: first, problems: duplicates };
}

function errorOffset(text: string, reason: string): number {
  const position = reportedPosition(reason);
  if (position !== undefined) return position;
  if (isEndOfInput(reason)) return text.length;
  // V8 omits the position for some errors ("Unexpected token 'x', ... is not valid JSON"). The parser
  // reads left to right, so the error is at the end of the shortest prefix that fails for another
  // reason than ending early: find that prefix by bisection.
  let lo = 0;
  let hi = text.length;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (failsBeforeEnd(text.slice(0, mid))) hi = mid;
    else lo = mid;
  }
  return hi - 1;
}

function failsBeforeEnd(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const reason = error instanceof Error ? error.message : "";
    const position = reportedPosition(reason);
    // A prefix cut inside a value fails at its very end ("Expected property name ... at position 1" for "{").
    return position !== undefined ? position < prefix.length : !isEndOfInput(reason);
  }
}

function reportedPosition(reason: string): number | undefined {
  const match = /at position (\d+)/.exec(reason);
  return match === null ? undefined : Number(match[1]);
}

function isEndOfInput(reason: string): boolean {
  return /end of (JSON )?input/i.test(reason);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

// V8's messages repeat the offset, and sometimes a piece of the text; the line and column say it better.
function cleanReason(reason: string): string {
  const token = /^Unexpected token '(.+?)', .* is not valid JSON$/s.exec(reason);
  const text = token !== null ? `unexpected character '${token[1]}'` : reason.replace(/ in JSON at position \d+.*$/s, "");
  return text.charAt(0).toLowerCase() + text.slice(1);
}
