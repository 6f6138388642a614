import { childPath, displayPath } from "./schema/json-path.js";
import type { PathProblem } from "./schema/node.js";

interface Frame {
  readonly path: string;
  /** Keys seen so far in an object, with where each was first written; null for an array. */
  readonly keys: Map<string, string> | null;
  /** The next item's index in an array, or the key whose value comes next in an object. */
  next: number | string;
}

/**
 * Every key written twice in one object of a JSON text, which JSON.parse would silently resolve by
 * keeping the last (`"servers": 1, "servers": 3`). Each problem names the key's JSON path and the
 * line and column of both occurrences. The text must already be valid JSON.
 *
 * @example
 * duplicateKeys('{"a": 1,\n "a": 2}');
 * // => [{ path: "a", message: "written twice in the same object (line 1, column 2 and line 2, column 2); JSON keeps only the last, so write it once" }]
 */
export function duplicateKeys(text: string): PathProblem[] {
  const problems: PathProblem[] = [];
  const stack: Frame[] = [];
  let line = 1;
  let lineStart = 0;
  let expectKey = false;
  const valuePath = (): string => {
    const top = stack[stack.length - 1];
    if (top === undefined) return "";
    return childPath(top.path, top.next);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "\n") {
      line++;
      lineStart = i + 1;
    } else if (ch === "{" || ch === "[") {
      const path = valuePath();
      stack.push({ path, keys: ch === "{" ? new Map() : null, next: 0 });
      expectKey = ch === "{";
    } else if (ch === "}" || ch === "]") {
      stack.pop();
      expectKey = false;
    } else if (ch === ",") {
      const top = stack[stack.length - 1];
      if (top !== undefined && top.keys === null) top.next = (top.next as number) + 1;
      expectKey = top?.keys !== null && top !== undefined;
    } else if (ch === '"') {
      const start = i;
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      i = end;
      const top = stack[stack.length - 1];
      if (expectKey && top !== undefined && top.keys !== null) {
        const key = JSON.parse(text.slice(start, end + 1)) as string;
        const where = `line ${line}, column ${start - lineStart + 1}`;
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, where);
        else {
          problems.push({
            path: displayPath(childPath(top.path, key)),
            message: `written twice in the same object (${first} and ${where}); JSON keeps only the last, so write it once`,
          });
        }
        top.next = key;
        expectKey = false;
      }
    }
  }
  return problems;
}
