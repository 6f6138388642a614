import { loadScenario, formatProblems, type Scenario } from "../../src/scenario/index.js";

/** A scenario file shipped with the dashboard. */
export interface BundledScenario {
  /** The file name without `.json`, as links name it: `seals-and-unified`. */
  readonly id: string;
  /** The path as the CLI names it: `scenarios/seals-and-unified.json`. */
  readonly file: string;
  /** The file's text, which edits are applied to (as `--set` overrides) before loading. */
  readonly text: string;
  /** The file loaded as it is, defaults filled in. */
  readonly scenario: Scenario;
}

/** The bundled scenarios of one model, and what was wrong with files that would not load. */
export interface Bundle {
  readonly scenarios: ReadonlyMap<string, BundledScenario>;
  readonly problems: readonly string[];
}

/**
 * Loads the scenario files the page was built with (`import.meta.glob` of `scenarios/*.json`, keyed
 * by their path) and keeps those of `model`, sorted by id. Files that are not scenarios (the JSON
 * Schema) are skipped; a scenario that does not load is reported, never silently dropped.
 */
export function bundleScenarios(files: Readonly<Record<string, string>>, model: string): Bundle {
  const scenarios = new Map<string, BundledScenario>();
  const problems: string[] = [];
  for (const [key, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const name = key.split("/").at(-1) ?? key;
    const id = name.replace(/\.json$/, "");
    const file = `scenarios/${name}`;
    const declared = declaredModel(text);
    // A file that is not JSON may be a broken scenario of this model: report it rather than skip it.
    if (declared !== model && declared !== notJson) continue;
    const loaded = loadScenario(text, file);
    if (loaded.ok) {
      if (loaded.scenario.model === model) scenarios.set(id, { id, file, text, scenario: loaded.scenario });
    } else problems.push(formatProblems(loaded.problems));
  }
  return { scenarios, problems };
}

const notJson = Symbol("not JSON");

function declaredModel(text: string): unknown {
  try {
    const data = JSON.parse(text) as unknown;
    return typeof data === "object" && data !== null ? (data as { model?: unknown }).model : undefined;
  } catch {
    return notJson;
  }
}
