import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cli, scenario } from "./harness.js";

type Json = Record<string, unknown> | unknown[];

// Every node of a scenario that a mutation can target, as a path of keys and indices.
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (typeof value === "object" && value !== null) return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  return [prefix];
}

function replaced(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Json;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  // defineProperty, so that a key such as "__proto__" is written as data, as JSON.parse would.
  Object.defineProperty(parent, path[path.length - 1] as string | number, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

// The values a hostile user tries: extremes, prototype keys, dots, control characters, wrong types.
const hostile = fc.oneof(
  fc.constantFrom(0, -1, 1, 0.5, 1e-300, 1e-9, 1e9, 1e308, -1e308, 2 ** 53, 0.999999999, 1.0000001),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom("__proto__", "constructor", "toString", "a.b", "", "desk", "\u001b[2J", "=1+1", "auto", "exponential", "weibull"),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Asserts the promise: exit 0 with finite numbers, or exit 2 with a message; never exit 1, never a stack trace. */
function expectHandled(r: { code: number; out: string; err: string }): void {
  expect(r.err).not.toMatch(/\n\s+at \S/);
  expect(r.err).not.toMatch(/internal error/);
  expect([0, 2]).toContain(r.code);
  if (r.code === 2) {
    expect(r.err.length).toBeGreaterThan(0);
    expect(r.out).toBe("");
    return;
  }
  const walk = (node: unknown): void => {
    if (typeof node === "number") expect(Number.isFinite(node)).toBe(true);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === "object" && node !== null) Object.values(node).forEach(walk);
  };
  walk(JSON.parse(r.out));
}

// Small caps keep a mutated run that grows without bound short; the messages are the same as with the defaults.
const caps = ["--replications", "2", "--workers", "1", "--quiet", "--format", "json", "--max-in-system", "300", "--max-arrivals", "20000"];

function property(name: string, base: Record<string, unknown>, runs: number): void {
  const paths = pathsOf(base).filter((p) => p[0] !== "description" && p[0] !== "sources" && p[0] !== "assumptions");
  it(`main(['run', ${name} with 1 to 3 fields replaced]) exits 0 with finite numbers or 2 with a message, never 1`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...paths), hostile), { minLength: 1, maxLength: 3 }), async (steps) => {
        const mutated = steps.reduce<unknown>((value, [path, v]) => {
          try {
            return replaced(value, path, v);
          } catch {
            return value; // an earlier step removed the path
          }
        }, base);
        expectHandled(await cli(["run", "f.json", ...caps], { "f.json": JSON.stringify(mutated) }));
      }),
      { numRuns: runs, seed: 9 },
    );
  });
}

describe("bad input: mutated scenarios (fast-check)", () => {
  const short = (name: string, edit: (s: Record<string, unknown>) => void): Record<string, unknown> => {
    const s = scenario(name);
    edit(s);
    return s;
  };
  property("mm1", short("mm1", (s) => { s["horizon"] = 500; s["warmup"] = 50; }), 60);
  property("tandem", short("tandem", (s) => { s["horizon"] = 300; s["warmup"] = 0; }), 40);
  property("priority", short("priority", (s) => { s["horizon"] = 300; s["warmup"] = 0; }), 30);
  property("baseline (border)", short("baseline", (s) => { s["days"] = 3; s["warmupDays"] = 1; }), 25);
});
