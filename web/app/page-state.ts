import type { BundledScenario } from "./bundled-scenarios.js";
import { valueAt } from "./levers.js";
import { studySettings, type StudySettings } from "./study-settings.js";
import type { DashboardState, EditValue } from "./url-state.js";

/** How a state change goes into the browser's history: a new entry (a view change) or in place (an edit). */
export type HistoryMode = "push" | "replace";

/** What the page state needs from the page. */
export interface PageStateOptions {
  /** The state the page opens on (decoded from the link). */
  readonly initial: DashboardState;
  /** The bundled scenarios, for the settings that depend on the chosen files. */
  readonly bundle: ReadonlyMap<string, BundledScenario>;
  /** Called after every change, to write the URL (and whatever else mirrors the state). */
  readonly onChange: (state: DashboardState, history: HistoryMode) => void;
}

/** The study-settings scope of the refused fields; a scenario's scope is its id. */
export const studyScope = "";

/**
 * The dashboard's one mutable state: what the link encodes (scenarios, edits, settings, view), and the
 * fields whose text the range check refused, by scope (a scenario id, or `studyScope` for the study
 * settings). A refused field is not in the state (the link keeps the last accepted value), but the
 * run waits while any remain. Views read it here and change it here; nothing else keeps page state.
 */
export class PageState {
  #state: DashboardState;
  readonly #refused = new Map<string, Set<string>>();
  readonly #options: PageStateOptions;

  constructor(options: PageStateOptions) {
    this.#options = options;
    this.#state = options.initial;
  }

  /** The state now. */
  get current(): DashboardState {
    return this.#state;
  }

  /** Replaces the state and tells the page (which writes the URL). */
  set(next: DashboardState, history: HistoryMode = "replace"): void {
    this.#state = next;
    this.#options.onChange(next, history);
  }

  /** Goes back to `state` (the browser's back button), forgetting every refused field, without telling the page. */
  restore(state: DashboardState): void {
    this.#state = state;
    this.#refused.clear();
  }

  /**
   * The study every scenario runs with now: the link's settings, the quick first view filling in what
   * it leaves open (which depends on the longest warm-up, in days, of the chosen files).
   */
  settings(): StudySettings {
    const warmups = this.#state.scenarios.map((id) => Number(valueAt(this.#options.bundle.get(id)?.scenario, "warmupDays") ?? 0));
    return studySettings(this.#state, { longestWarmupDays: Math.max(0, ...warmups) });
  }

  /**
   * Records a lever edit of scenario `id`: a value sets the edit, undefined removes it (back to the
   * file's value), null means the field refused its text (the edit is kept as it was, and the run waits).
   */
  edit(id: string, path: string, value: EditValue | null | undefined): void {
    this.refuse(id, path, value === null);
    if (value === null) return;
    const edits = { ...(this.#state.edits[id] ?? {}) };
    if (value === undefined) delete edits[path];
    else edits[path] = value;
    const all = { ...this.#state.edits, [id]: edits };
    if (Object.keys(edits).length === 0) delete all[id];
    this.set({ ...this.#state, edits: all });
  }

  /** Marks `path` of `scope` refused (true) or accepted again (false). */
  refuse(scope: string, path: string, refused: boolean): void {
    const fields = this.#refused.get(scope) ?? new Set<string>();
    this.#refused.set(scope, fields);
    if (refused) fields.add(path);
    else fields.delete(path);
  }

  /** Sets the refused fields of `scope` to exactly `paths`. */
  setRefused(scope: string, paths: Iterable<string>): void {
    this.#refused.set(scope, new Set(paths));
  }

  /** Forgets the refused fields of every scope for which `keep` is false (all of them without `keep`). */
  forgetRefused(keep: (scope: string) => boolean = () => false): void {
    for (const scope of [...this.#refused.keys()]) if (!keep(scope)) this.#refused.delete(scope);
  }

  /** How many fields are refused now, over all scopes. */
  refusedCount(): number {
    return [...this.#refused.values()].reduce((n, fields) => n + fields.size, 0);
  }
}
