import { pathSegments, splitAssignment } from "./override-syntax.js";
import { scenarioSchema } from "./scenario-schema.js";
import type { Scenario } from "./scenario-types.js";
import { childPath } from "./schema/json-path.js";
import type { PathProblem, SchemaNode } from "./schema/node.js";
import { numberRule, type NumberRule } from "./schema/number.js";
import type { UncertainDeclaration } from "./uncertain-schema.js";

/** One number field an uncertain input moves. */
export interface UncertainField {
  /** The path as the file writes it. */
  readonly path: string;
  /** The path dotted, as `--set` overrides are compared (`stages[3]` becomes `stages.3`). */
  readonly key: string;
  /** The scenario's value of the field. */
  readonly nominal: number;
  /** What values the field accepts. */
  readonly rule: NumberRule;
}

/** A declared uncertain input, resolved against its scenario: the fields it moves and its nominal value. */
export interface UncertainInput {
  /** The (first) path as written; the input's name in results. */
  readonly path: string;
  /** All paths, when the declaration moves several fields together; absent for one. */
  readonly paths?: readonly string[];
  /** The least plausible value of the first field. */
  readonly low: number;
  /** The scenario's value of the first field. */
  readonly nominal: number;
  /** The greatest plausible value of the first field. */
  readonly high: number;
  readonly distribution: "uniform" | "triangular";
  readonly why: string;
  /** The fields moved, the first carrying low, nominal and high. */
  readonly fields: readonly UncertainField[];
}

/** Whether a declaration moves a field that an override sets (dotted paths): the user then holds it. */
export function isHeld(declaration: UncertainDeclaration, overridden: ReadonlySet<string>): boolean {
  return (declaration.paths ?? [declaration.path ?? ""]).some((p) => overridden.has(pathSegments(p).join(".")));
}

/**
 * The (first) paths of the declared inputs of a scenario that `--set` overrides hold (a held
 * input is left out of the loaded scenario's declarations and is not varied).
 *
 * @example
 * heldInputs(mm1, ["stations.0.service.mean=0.5"]); // => ["stations.0.service.mean"]
 */
export function heldInputs(scenario: Scenario, overrides: readonly string[]): string[] {
  const set = new Set<string>();
  for (const text of overrides) {
    const split = splitAssignment(text);
    if (split.ok) set.add(split.assignment.segments.join("."));
  }
  return scenario.uncertain.filter((d) => isHeld(d, set)).map((d) => d.paths?.[0] ?? d.path ?? "");
}

/** The identity of an input across two scenario files: its dotted paths. */
export function inputKey(input: Pick<UncertainInput, "fields">): string {
  return input.fields.map((f) => f.key).join(",");
}

/**
 * The top-level fields that say how a study runs, not what it simulates: the random numbers' seed, the
 * replication count and the uncertain declarations themselves. Varying one (an uncertain input, an
 * optimisation decision) would only change the noise (the seed, and with it common random numbers),
 * or nothing at all, so neither may name them.
 */
export const NOT_MODEL_FIELDS: readonly string[] = ["seed", "replications", "uncertain"];

/** Why `path` cannot be varied, if its first segment is one of NOT_MODEL_FIELDS; else undefined. */
export function notModelField(path: string): string | undefined {
  const [first] = pathSegments(path);
  if (first === undefined || !NOT_MODEL_FIELDS.includes(first)) return undefined;
  return `${first} says how the study runs, not what it simulates (varying it changes ${first === "seed" ? "only the random numbers, and breaks their pairing across points" : "no result"}); only fields of the model can vary (not ${NOT_MODEL_FIELDS.join(", ")})`;
}

type Found = { readonly ok: true; readonly value: number; readonly rule: NumberRule } | { readonly ok: false; readonly message: string };

/** Follows a `--set` path through the schema and the decoded scenario to a number field. */
function follow(scenario: Scenario, path: string): Found {
  const why = notModelField(path);
  if (why !== undefined) return { ok: false, message: why };
  let node: SchemaNode<unknown> = scenarioSchema;
  let value: unknown = scenario;
  let at = "";
  for (const key of pathSegments(path)) {
    if (key === "") return { ok: false, message: `the path "${path}" has an empty segment` };
    const lookup = node.child(key, value);
    if (!lookup.ok) return { ok: false, message: `${at === "" ? "" : `at ${at}: `}${lookup.message}` };
    const container = value as Record<string, unknown> | readonly unknown[] | undefined;
    const next: unknown = lookup.container === "array"
      ? (container as readonly unknown[] | undefined)?.[Number(key)]
      : container !== undefined && Object.hasOwn(container, key) ? (container as Record<string, unknown>)[key] : undefined;
    at = childPath(at, lookup.container === "array" ? Number(key) : key);
    if (next === undefined) {
      const list = lookup.container === "array" && Array.isArray(container) ? ` (it has ${container.length} item${container.length === 1 ? "" : "s"})` : "";
      return { ok: false, message: `${at} has no value in this scenario${list}; a declared input must name a field the scenario has` };
    }
    node = lookup.schema;
    value = next;
  }
  const rule = numberRule(node);
  if (rule === undefined || typeof value !== "number") return { ok: false, message: `${at} is ${node.expected}, not a number field; only numbers can be uncertain inputs` };
  return { ok: true, value, rule };
}

/** The value a field takes when its input's first field takes `x`: the same, or in proportion. */
export function fieldValue(input: Pick<UncertainInput, "nominal">, field: Pick<UncertainField, "nominal" | "rule">, x: number): number {
  const v = field.nominal === input.nominal ? x : field.nominal * (x / input.nominal);
  return field.rule.integer ? Math.round(v) : v;
}

/**
 * The declared uncertain inputs of a validated scenario, resolved, and every problem with their
 * declarations, each at its JSON path (`uncertain[2].path`): a path that leads nowhere or to no
 * number field, a range the field does not allow (a share outside [0, 1], lanes not whole), the
 * scenario's value outside [low, high], a field declared twice. The scenario's value is not checked
 * against the range for fields in `overridden` (dotted paths given by `--set`), which holds the
 * field at the value the user chose.
 *
 * @example
 * uncertainInputs(mm1).inputs[0]; // => { path: "stations.0.service.mean", low: 0.8, nominal: 0.9, high: 0.95, ... }
 */
export function uncertainInputs(scenario: Scenario, overridden: ReadonlySet<string> = new Set()): { inputs: UncertainInput[]; problems: PathProblem[] } {
  const problems: PathProblem[] = [];
  const inputs: UncertainInput[] = [];
  const declaredAt = new Map<string, string>();
  scenario.uncertain.forEach((d: UncertainDeclaration, i) => {
    const at = childPath("uncertain", i);
    const report = (where: readonly (string | number)[], message: string): void => {
      problems.push({ path: where.reduce<string>(childPath, at), message });
    };
    const written = d.paths ?? (d.path === undefined ? [] : [d.path]);
    const fields: UncertainField[] = [];
    written.forEach((path, j) => {
      const where = d.paths === undefined ? ["path"] : ["paths", j];
      const found = follow(scenario, path);
      if (!found.ok) return report(where, found.message);
      const key = pathSegments(path).join(".");
      const twin = declaredAt.get(key);
      if (twin !== undefined) return report(where, `${path} is already declared by ${twin}; declare each field once`);
      declaredAt.set(key, d.paths === undefined ? childPath(at, "path") : childPath(childPath(at, "paths"), j));
      fields.push({ path, key, nominal: found.value, rule: found.rule });
    });
    if (fields.length !== written.length || fields.length === 0) return;
    const first = fields[0] as UncertainField;
    const input: UncertainInput = {
      path: first.path, ...(d.paths === undefined ? {} : { paths: d.paths }),
      low: d.low, nominal: first.nominal, high: d.high, distribution: d.distribution, why: d.why, fields,
    };
    let ok = true;
    fields.forEach((f, j) => {
      if (j > 0 && f.nominal !== first.nominal && first.nominal === 0) {
        report(["paths", j], `cannot move in proportion to ${first.path}, whose value is 0; declare it as an input of its own`);
        ok = false;
        return;
      }
      for (const end of ["low", "high"] as const) {
        const v = j === 0 ? d[end] : fieldValue(input, f, d[end]);
        if (!f.rule.accepts(v)) {
          const which = j === 0 ? "" : ` (${f.path} would be ${v})`;
          report([end], `${f.path} must be ${describeRule(f.rule)}, so ${end} ${d[end]} is not a plausible value${which}`);
          ok = false;
        }
      }
    });
    if (!overridden.has(first.key) && d.low <= d.high) {
      if (d.low > first.nominal) report(["low"], `must be <= the scenario's value of ${first.path}, ${first.nominal}, got ${d.low}`);
      if (d.high < first.nominal) report(["high"], `must be >= the scenario's value of ${first.path}, ${first.nominal}, got ${d.high}`);
    }
    if (ok) inputs.push(input);
  });
  return { inputs, problems };
}

function describeRule(rule: NumberRule): string {
  const bounds = [
    rule.min === undefined ? "" : `>= ${rule.min}`,
    rule.exclusiveMin === undefined ? "" : `> ${rule.exclusiveMin}`,
    rule.max === undefined ? "" : `<= ${rule.max}`,
    rule.exclusiveMax === undefined ? "" : `< ${rule.exclusiveMax}`,
  ].filter((b) => b !== "");
  return [rule.integer ? "a whole number" : "a number", bounds.join(" and ")].filter((s) => s !== "").join(" ");
}
