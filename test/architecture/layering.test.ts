import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** Every .ts file under `dir`, as a repository path such as "src/engine/queue.ts". */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [path] : [];
  });
}

// Static imports and re-exports (type-only ones too: a type is a dependency), side-effect imports and dynamic imports.
const importPattern = /(?:^|[\s;])(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|(?:^|[\s;])import\s+["']([^"']+)["']/g;

/** The repository paths that `file` imports (relative specifiers only; packages are left out), with ".js" read as ".ts". */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
  const out: string[] = [];
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? "";
    if (!specifier.startsWith(".")) continue;
    out.push(normalize(join(dirname(file), specifier)).replace(/\.js$/, ".ts"));
  }
  return out;
}

const files = [...sources("src"), ...sources("web")];
const edges = files.flatMap((from) => importsOf(from).map((to) => ({ from, to })));
const under = (path: string, folder: string): boolean => path === folder || path.startsWith(`${folder}/`);

/** The imports from files under `folder` that go anywhere but the allowed folders, as "from -> to". */
function escapes(folder: string, allowed: readonly string[]): string[] {
  return edges.filter((e) => under(e.from, folder) && !allowed.some((a) => under(e.to, a))).map((e) => `${e.from} -> ${e.to}`);
}

/** The imports from files under `folder` into any of `forbidden`. */
function reaches(folder: string, forbidden: readonly string[]): string[] {
  return edges.filter((e) => under(e.from, folder) && forbidden.some((f) => under(e.to, f))).map((e) => `${e.from} -> ${e.to}`);
}

describe("layering", () => {
  it("the import scan finds the imports it should, so the rules below can fail", () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(edges).toContainEqual({ from: "src/model/border/stage-line.ts", to: "src/engine/index.ts" });
    expect(importsOf("web/main.ts")).toContain("web/app/page-state.ts");
  });

  it("src/math imports nothing outside itself", () => {
    expect(escapes("src/math", ["src/math"])).toEqual([]);
  });

  it("src/engine imports nothing above it (only itself and src/math)", () => {
    expect(escapes("src/engine", ["src/engine", "src/math"])).toEqual([]);
  });

  it("src/stats imports nothing but itself and src/math", () => {
    expect(escapes("src/stats", ["src/stats", "src/math"])).toEqual([]);
  });

  it("src/model imports only src/engine, src/stats and src/math below it", () => {
    expect(escapes("src/model", ["src/model", "src/engine", "src/stats", "src/math"])).toEqual([]);
  });

  it("src/scenario never imports src/cli, and nothing under src/ imports web/", () => {
    expect(reaches("src/scenario", ["src/cli"])).toEqual([]);
    expect(reaches("src", ["web"])).toEqual([]);
  });

  it("web/charts never import the engine", () => {
    expect(reaches("web/charts", ["src/engine"])).toEqual([]);
  });

  it("nothing the dashboard loads imports a Node module (node:path, node:fs ...), which the browser does not have", () => {
    const nodeImport = /(?:^|[\s;])(?:import|export)\s[^;]*?\sfrom\s+["'](node:[^"']+)["']|import\(\s*["'](node:[^"']+)["']\s*\)/;
    const loaded = new Set(files.filter((f) => under(f, "web")));
    for (const file of loaded) for (const to of importsOf(file)) loaded.add(to);
    const offending = [...loaded].filter((f) => files.includes(f) && nodeImport.test(readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "")));
    expect(loaded.size).toBeGreaterThan(100);
    expect(offending).toEqual([]);
  });

  it("no index.ts barrel is imported from inside its own folder", () => {
    const barrels = files.filter((f) => f.endsWith("/index.ts")).map((f) => dirname(f));
    const inward = edges.filter((e) => e.to.endsWith("/index.ts") && barrels.includes(dirname(e.to)) && under(e.from, dirname(e.to)) && e.from !== e.to);
    expect(inward.map((e) => `${e.from} -> ${relative(dirname(e.from), e.to)}`)).toEqual([]);
  });
});
