import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../src/scenario/format/load-scenario.js";
import { twoDesks } from "../fixtures/two-desks.js";

// Every node of the example that a mutation can target, as a path of keys and indices.
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (typeof value === "object" && value !== null) return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  return [prefix];
}

type Mutation = { kind: "delete" } | { kind: "replace"; value: unknown } | { kind: "extra"; key: string; value: unknown };

function mutate(root: unknown, path: readonly (string | number)[], mutation: Mutation): unknown {
  const copy = structuredClone(root);
  // The root has no parent to edit through, so wrap it in one.
  if (path.length === 0) return (mutate({ root: copy }, ["root"], mutation) as { root?: unknown }).root;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (mutation.kind === "delete") {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (mutation.kind === "replace") parent[last] = mutation.value;
  else {
    const target = parent[last];
    if (typeof target === "object" && target !== null && !Array.isArray(target)) Object.defineProperty(target, mutation.key, { value: mutation.value, enumerable: true });
    else parent[last] = { [mutation.key]: mutation.value };
  }
  return copy;
}

const example = twoDesks();
const paths = pathsOf(example);
const anyNumber = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constantFrom(0, -1, 1, 0.5, 2 ** 53));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: "delete" as const }),
  fc.record({ kind: fc.constant("replace" as const), value: fc.oneof(anyNumber, fc.jsonValue(), fc.string()) }),
  fc.record({ kind: fc.constant("extra" as const), key: fc.string(), value: fc.jsonValue() }),
);
const mutated = fc.array(fc.tuple(fc.constantFrom(...paths), mutation), { minLength: 1, maxLength: 4 }).map((steps) =>
  // Later steps may target paths an earlier step removed; such steps are skipped.
  steps.reduce<unknown>((value, [path, m]) => {
    try {
      return mutate(value, path, m);
    } catch {
      return value;
    }
  }, example),
);
const override = fc.tuple(fc.constantFrom(...paths.map((p) => p.join(".")), "days", "stations.0.x", ""), fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))));

function expectOkOrProblems(text: string, overrides: string[] = []): void {
  const loaded = loadScenario(text, "f.json", overrides);
  if (loaded.ok) return;
  expect(loaded.problems.length).toBeGreaterThan(0);
  for (const problem of loaded.problems) {
    expect(problem.file).toBe("f.json");
    expect(problem.path).not.toBe("");
    expect(problem.message).not.toBe("");
  }
}

describe("loadScenario(text, file, overrides) on arbitrary input", () => {
  it("loadScenario(text, file) never throws on random JSON values", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectOkOrProblems(JSON.stringify(value) ?? "null")), { numRuns: 300, seed: 1 });
  });

  it("loadScenario(text, file) never throws on random strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => expectOkOrProblems(text)), { numRuns: 300, seed: 2 });
  });

  it("loadScenario(text, file, overrides) never throws on mutated valid scenarios and random overrides", () => {
    fc.assert(
      fc.property(mutated, fc.array(override, { maxLength: 3 }), (value, sets) => expectOkOrProblems(JSON.stringify(value) ?? "", sets.map(([p, v]) => `${p}=${v}`))),
      { numRuns: 500, seed: 3 },
    );
  });

  it("loadScenario(text, file) rejects a valid scenario with a random extra field at any object", () => {
    const objects = paths.filter((p) => {
      const node = p.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], example);
      return typeof node === "object" && node !== null && !Array.isArray(node);
    });
    const extraKey = fc.string({ minLength: 1 }).filter((k) => !["$schema", "name", "model", "description", "horizon", "warmup", "replications", "seed", "arrivals", "stations", "to", "class", "priority", "interarrival", "dist", "mean", "cv", "id", "servers", "service", "routes", "p", "serviceByClass", "discipline", "queueLimit", "schedule", "breakdowns"].includes(k));
    fc.assert(
      fc.property(fc.constantFrom(...objects), extraKey, fc.jsonValue(), (path, key, value) => {
        const loaded = loadScenario(JSON.stringify(mutate(example, path, { kind: "extra", key, value })), "f.json");
        expect(loaded.ok).toBe(false);
        if (!loaded.ok) expect(loaded.problems.some((p) => p.message.startsWith(`unknown field ${JSON.stringify(key)}`))).toBe(true);
      }),
      { numRuns: 200, seed: 4 },
    );
  });
});
