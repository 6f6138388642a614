import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// A class field declared without a value (`private last: number;`) is emitted for ES2022 as a field that
// starts as undefined. V8 then keeps it as a general (tagged) slot, and every double written to it later
// allocates a new heap number: in the kernel and the stations, several per event (the clock, the
// time-weighted levels), which was a tenth of an M/M/2 run's instructions. Such fields are `declare`d and
// assigned in the constructor, or given a number where they are declared. Fields written only once
// (`readonly`) are left alone.

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

const mutableNumberField = /^\s+(?:(?:private|protected|public|static|override)\s+)*[#\w]+\??:\s*number(?:\s*\|\s*[\w.]+)*;\s*$/;

/**
 * The lines of `text` that declare, directly in a class body, a mutable field of type number with no value
 * and no `declare`, as "line: text". Braces are counted outside comments and string literals; a block is a
 * class body when its line opens with `class Name`.
 */
function undeclaredNumberFields(text: string): string[] {
  const found: string[] = [];
  const blocks: ("class" | "other")[] = [];
  let inComment = false;
  text.split("\n").forEach((raw, i) => {
    let line = raw;
    if (inComment) {
      const end = line.indexOf("*/");
      if (end < 0) return;
      line = line.slice(end + 2);
      inComment = false;
    }
    line = line.replace(/\/\*.*?\*\//g, "").replace(/\/\/.*$/, "").replace(/`[^`]*`|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
    const open = line.indexOf("/*");
    if (open >= 0) {
      inComment = true;
      line = line.slice(0, open);
    }
    if (blocks.at(-1) === "class" && mutableNumberField.test(line)) found.push(`${i + 1}: ${raw.trim()}`);
    const classLine = /\bclass\s+[\w$]+/.test(line);
    for (const ch of line) {
      if (ch === "{") blocks.push(classLine ? "class" : "other");
      else if (ch === "}") blocks.pop();
    }
  });
  return found;
}

describe("number fields of the kernel and the models", () => {
  it("undeclaredNumberFields finds a mutable number field without a value in a class body, and nothing else", () => {
    const text = [
      "/** A { brace in a comment */",
      "interface Options {",
      "  last: number;",
      "}",
      "export class Monitor extends Base {",
      "  private last: number;",
      "  private declare since: number;",
      "  private area = 0;",
      "  readonly built: number;",
      "  count?: number | undefined;",
      '  name = "}";',
      "  update(now: number): void {",
      "    let t: number;",
      "  }",
      "  peak: number;",
      "}",
    ].join("\n");
    expect(undeclaredNumberFields(text)).toEqual(["6: private last: number;", "10: count?: number | undefined;", "15: peak: number;"]);
  });

  it("src/engine and src/model declare no mutable number field without a value", () => {
    const found = [...sources("src/engine"), ...sources("src/model")].flatMap((file) =>
      undeclaredNumberFields(readFileSync(file, "utf8")).map((line) => `${file}:${line}`));
    expect(found).toEqual([]);
  });
});
