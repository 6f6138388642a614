/**
 * Every number borderflow computes must come out the same in every JavaScript engine. IEEE 754 rounds
 * + − × ÷ and Math.sqrt correctly everywhere, but leaves Math.log, Math.exp, Math.pow, the trigonometric
 * and hyperbolic functions and the like to each engine (Chromium 156 and Node 20 differ in the last bit).
 * So no file under src/ may call them: src/math has portable versions. This test reads every source file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repository = fileURLToPath(new URL("../../", import.meta.url));

/** Math members that are exact or correctly rounded in every engine (or constants). */
const ALLOWED = new Set(["PI", "E", "abs", "ceil", "floor", "round", "trunc", "sign", "min", "max", "sqrt", "fround", "imul", "clz32"]);

/** The source text with comments and the literal text of strings blanked (template `${…}` code is kept). */
function codeOnly(text: string): string {
  let out = "";
  let i = 0;
  const braces: number[] = []; // depth of `{` inside each open template substitution
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
    } else if (c === "/" && startsRegex(out)) {
      // A regular expression literal: skip to its closing slash (not one inside a [...] class).
      i++;
      let inClass = false;
      while (i < text.length && text[i] !== "\n" && (inClass || text[i] !== "/")) {
        if (text[i] === "\\") i++;
        else if (text[i] === "[") inClass = true;
        else if (text[i] === "]") inClass = false;
        i++;
      }
      i++;
      out += "/./";
    } else if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c) i += text[i] === "\\" ? 2 : 1;
      i++;
      out += `${c}${c}`;
    } else if (c === "`" || (c === "}" && braces.length > 0 && braces[braces.length - 1] === 0)) {
      // A template literal's text, up to its end or to the next `${`.
      if (c === "}") braces.pop();
      i++;
      while (i < text.length && text[i] !== "`" && !(text[i] === "$" && text[i + 1] === "{")) i += text[i] === "\\" ? 2 : 1;
      if (text[i] === "$") {
        braces.push(0);
        i += 2;
        out += "`${";
      } else {
        i++;
        out += "``";
      }
    } else {
      if (braces.length > 0 && c === "{") braces[braces.length - 1]!++;
      if (braces.length > 0 && c === "}") braces[braces.length - 1]!--;
      out += c;
      i++;
    }
  }
  return out;
}

/** True when a `/` after `code` begins a regular expression rather than a division. */
function startsRegex(code: string): boolean {
  const before = code.trimEnd();
  return before === "" || /[(,=:[!&|?{};+\-*%<>~^]$/.test(before) || /\b(return|typeof|case|of|in)$/.test(before);
}

/** Each use in `code` of an engine-dependent Math function, or of `**` with an exponent that is not an integer literal. */
function nonPortable(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/\bMath\s*\.\s*([A-Za-z_$][\w$]*)/g)) if (!ALLOWED.has(m[1]!)) found.push(`Math.${m[1]}`);
  for (const m of code.matchAll(/\*\*=?\s*([^;,\n]{0,20})/g)) {
    if (!/^(?:-?\d+(?![\w.$])|\(\s*-?\d+\s*\))/.test(m[1]!)) found.push(`** ${m[1]!.trim()}`);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

describe("portable numerics in src/", () => {
  it("nonPortable(codeOnly(text)) finds engine-dependent calls and fractional powers, and ignores comments and strings", () => {
    const bad = [
      "const y = Math.log(x);",
      "const y = Math . exp(x);",
      "const y = Math.pow(x, 0.5);",
      "const y = Math.log1p(-u());",
      "const f = Math.expm1;",
      "Math.cbrt(x); Math.log2(x); Math.log10(x); Math.hypot(a, b);",
      "Math.sin(x); Math.cos(x); Math.tan(x); Math.atan2(y, x); Math.sinh(x); Math.tanh(x);",
      "const y = x ** 0.5;",
      "const y = x ** (1 / k);",
      "const y = x ** k;",
      "y **= 1.5;",
      "const s = `${Math.log(x)} days`;",
      "Math.random();",
      "const quote = /[\"'`]/g; const y = Math.log(x);",
      "const y = a / b; const z = Math.exp(c) / 2;",
    ];
    for (const text of bad) expect(nonPortable(codeOnly(text)), text).not.toEqual([]);
    const good = [
      "const y = Math.sqrt(x) + Math.abs(y) * Math.floor(z) / Math.max(a, b);",
      "const limit = 2 ** 43;",
      "const y = x ** 2;",
      "const y = x ** (-3);",
      "// Math.log(x) in a comment",
      "/* Math.exp(x) ** 0.5 */ const y = 1;",
      "const s = 'Math.log(x)';",
      'const s = "x ** 0.5";',
      "const s = `Math.pow(${x}, 2)`;",
      "const r = /Math.log\\(x\\) ** 0.5/; const half = a / 2 / b;",
    ];
    for (const text of good) expect(nonPortable(codeOnly(text)), text).toEqual([]);
  });

  it("no file under src/ calls Math.log, Math.exp, Math.pow, Math.log1p, Math.expm1, Math.log2, Math.log10, Math.cbrt, trigonometric or hyperbolic functions, or uses ** with a non-integer exponent", () => {
    const files = sourceFiles(join(repository, "src"));
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((file) =>
      nonPortable(codeOnly(readFileSync(file, "utf8"))).map((use) => `${relative(repository, file)}: ${use}`),
    );
    expect(problems).toEqual([]);
  });
});
