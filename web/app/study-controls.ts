import type { BundledScenario } from "./bundled-scenarios.js";
import { loadEdited } from "./edited-scenario.js";
import { leverControl, type LeverControl } from "./lever-control.js";
import { leversOf, studyLevers, valueAt, type Lever } from "./levers.js";
import { checkLeverText } from "./lever-input.js";
import { studyScope, type PageState } from "./page-state.js";
import { formatDays, studyNote } from "./run-notes.js";
import type { DashboardState } from "./url-state.js";
import { scenarioLevers, type ScenarioLevers } from "./scenario-levers.js";

/** The elements of the controls in index.html: the scenario picker, the study settings, the levers and the run button. */
export interface StudyControlElements {
  readonly choices: HTMLElement;
  readonly base: HTMLSelectElement;
  readonly studyFields: HTMLElement;
  readonly studyNote: HTMLElement;
  readonly useFileSettings: HTMLButtonElement;
  readonly levers: HTMLElement;
  readonly run: HTMLButtonElement;
  readonly runBlocked: HTMLElement;
}

/** What the controls need from the page. */
export interface StudyControlDependencies {
  readonly document: Document;
  readonly ui: StudyControlElements;
  readonly bundle: ReadonlyMap<string, BundledScenario>;
  readonly page: PageState;
  /** Called after every change the user makes, so that results on screen can say they are stale. */
  readonly onChange: () => void;
}

/** The controls above the results. */
export interface StudyControls {
  /** Redraws the picker, the study settings and every chosen scenario's levers from the state. */
  render(): void;
  /**
   * Checks every chosen scenario through the loader, shows each problem by its field, and holds back
   * the run (disables the button and says why) while any remain. True when the run may go.
   */
  validate(): boolean;
}

/**
 * Wires the controls: which bundled scenarios to compare (the first is the base), the replications
 * and days every scenario runs, and each scenario's levers. Every edit goes into the page state.
 */
export function studyControls(deps: StudyControlDependencies): StudyControls {
  const { document, ui, bundle, page } = deps;
  const leverPanels = new Map<string, ScenarioLevers>();
  const studyFields = new Map<string, LeverControl>();
  /** What the last "Apply to all chosen" did, shown under the lever it was pressed on until the scenarios change. */
  let applied: { readonly id: string; readonly path: string; readonly text: string } | null = null;

  const renderPicker = (): void => {
    const state = page.current;
    // Read the bundle each time: a scenario opened from disk joins it.
    ui.choices.replaceChildren(...[...bundle.keys()].map((id) => {
      const bundled = bundle.get(id);
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.value = id;
      box.checked = state.scenarios.includes(id);
      box.addEventListener("change", () => {
        const now = page.current;
        const chosen = box.checked ? [...now.scenarios, id] : now.scenarios.filter((s) => s !== id);
        if (chosen.length === 0) {
          box.checked = true;
          return;
        }
        const edits = Object.fromEntries(Object.entries(now.edits).filter(([s]) => chosen.includes(s)));
        page.set({ ...now, scenarios: chosen, edits, brief: now.brief !== null && chosen.includes(now.brief) ? now.brief : null });
        applied = null;
        render();
        deps.onChange();
      });
      label.append(box, ` ${bundled?.scenario.name ?? id}`);
      if (bundled !== undefined && bundled.scenario.description !== "") label.title = bundled.scenario.description;
      return label;
    }));
    ui.base.replaceChildren(...state.scenarios.map((id) => new Option(bundle.get(id)?.scenario.name ?? id, id, false, id === state.scenarios[0])));
  };

  const renderStudyNote = (): void => {
    ui.studyNote.textContent = studyNote(page.settings());
  };

  const renderStudyFields = (): void => {
    const state = page.current;
    const settings = page.settings();
    page.forgetRefused((scope) => scope !== studyScope);
    studyFields.clear();
    ui.studyFields.replaceChildren();
    const chosen = state.scenarios.flatMap((id) => bundle.get(id) ?? []);
    const base = chosen[0]?.scenario;
    const baseSeed = Number(valueAt(base, "seed") ?? 1);
    const warmups = new Set(chosen.map((f) => Number(valueAt(f.scenario, "warmupDays") ?? 0)));
    const fields: { lever: Lever; value: number | undefined; fileValue: number; fileNote?: string; blankValue?: number; save: (value: number | undefined) => Partial<DashboardState> }[] = [
      { lever: studyLevers.replications, value: settings.replications, fileValue: Number(valueAt(base, "replications") ?? settings.replications),
        save: (v) => ({ replications: v ?? null }) },
      { lever: studyLevers.days, value: settings.days, fileValue: Number(valueAt(base, "days") ?? settings.days), save: (v) => ({ days: v ?? null }) },
      { lever: studyLevers.warmupDays, value: settings.warmupDays, fileValue: Number(valueAt(base, "warmupDays") ?? 0),
        fileNote: `Empty: ${fileWarmups(chosen)}`, ...(warmups.size === 1 ? { blankValue: [...warmups][0] as number } : {}), save: (v) => ({ warmupDays: v ?? null }) },
      { lever: studyLevers.seed, value: settings.seed ?? baseSeed, fileValue: baseSeed,
        fileNote: `In the base file: ${baseSeed}; every scenario runs one seed, so that they pair`, save: (v) => ({ seed: v ?? null }) },
    ];
    for (const field of fields) {
      const key = field.lever.path;
      const control = leverControl(document, {
        lever: field.lever,
        value: field.value,
        fileValue: field.fileValue,
        ...(field.fileNote === undefined ? {} : { fileNote: field.fileNote }),
        ...(field.blankValue === undefined ? {} : { blankValue: field.blankValue }),
        idPrefix: "study",
        onChange: (value) => {
          page.refuse(studyScope, key, value === null);
          if (value !== null) page.set({ ...page.current, ...field.save(value as number | undefined) });
          renderStudyNote();
          validate();
          deps.onChange();
        },
      });
      studyFields.set(key, control);
      if (control.refusal() !== null) page.refuse(studyScope, key, true);
      ui.studyFields.append(control.element);
    }
    renderStudyNote();
  };

  const renderLevers = (): void => {
    const state = page.current;
    leverPanels.clear();
    page.forgetRefused((scope) => scope === studyScope || state.scenarios.includes(scope));
    ui.levers.replaceChildren(...state.scenarios.map((id, i) => {
      const bundled = bundle.get(id);
      if (bundled === undefined) return document.createComment(id);
      const panel = scenarioLevers(document, {
        bundled,
        edits: state.edits[id] ?? {},
        open: (i === 0 && state.scenarios.length === 1) || applied?.id === id,
        onEdit: (path, value) => {
          page.edit(id, path, value);
          validate();
          deps.onChange();
        },
        ...(state.scenarios.length < 2 ? {} : { applyToAll: (path: string, value: number | boolean) => applyToAll(id, path, value) }),
        ...(applied?.id === id ? { notes: new Map([[applied.path, applied.text]]) } : {}),
      });
      leverPanels.set(id, panel);
      page.setRefused(id, panel.refusedPaths());
      return panel.element;
    }));
    validate();
  };

  /**
   * Sets lever `path` to `value` in every chosen scenario, as if typed into each one's field: a scenario
   * without that lever, or whose field refuses the value, is left as it was and named in the note under
   * the lever (`from`'s panel), so nothing is skipped silently. The loader then checks every scenario.
   */
  const applyToAll = (from: string, path: string, value: number | boolean): void => {
    const set: string[] = [];
    const skipped: string[] = [];
    for (const id of page.current.scenarios) {
      const bundled = bundle.get(id);
      if (bundled === undefined) continue;
      const name = bundled.scenario.name;
      const found = leversOf(bundled.scenario).find((l) => l.lever.path === path);
      if (found === undefined) {
        skipped.push(`${name} (it has no such field)`);
        continue;
      }
      const checked = checkLeverText(found.lever, String(value));
      if (!checked.ok) {
        skipped.push(`${name} (its field ${checked.message})`);
        continue;
      }
      page.edit(id, path, checked.value === found.value ? undefined : checked.value);
      set.push(name);
    }
    const shown = typeof value === "boolean" ? (value ? "on" : "off") : String(value);
    applied = {
      id: from, path,
      text: `Set to ${shown} in ${set.join(", ")}.${skipped.length === 0 ? "" : ` Not applied to ${skipped.join("; ")}.`}`,
    };
    renderLevers();
    deps.onChange();
    // The panels were drawn again: keep the keyboard focus on the button that was pressed.
    const panel = [...ui.levers.querySelectorAll<HTMLElement>("details.scenario-levers")].find((d) => d.dataset["scenario"] === from);
    const lever = [...(panel?.querySelectorAll<HTMLElement>(".lever") ?? [])].find((l) => l.dataset["path"] === path);
    lever?.querySelector<HTMLElement>(".apply-all")?.focus();
  };

  const validate = (): boolean => {
    const state = page.current;
    const settings = page.settings();
    const studyMessages = new Map<string, string[]>(Object.values(studyLevers).map((l) => [l.path, []]));
    let problems = 0;
    for (const id of state.scenarios) {
      const bundled = bundle.get(id);
      if (bundled === undefined) continue;
      const loaded = loadEdited(bundled, state.edits[id] ?? {}, settings);
      const fieldProblems = loaded.ok ? null : loaded.problems;
      leverPanels.get(id)?.showProblems(fieldProblems);
      if (fieldProblems !== null) {
        problems += fieldProblems.other.length;
        for (const [path, messages] of fieldProblems.byField) {
          const study = studyMessages.get(path);
          if (study !== undefined) study.push(...messages.map((m) => `${bundled.scenario.name}: ${m}`));
          else problems += messages.length;
        }
      }
    }
    for (const [key, control] of studyFields) {
      const messages = studyMessages.get(key) ?? [];
      problems += messages.length;
      control.showProblems(messages);
    }
    const blocked = problems + page.refusedCount() > 0;
    ui.runBlocked.textContent = blocked ? "Some values are not accepted; the fields marked in red say why. The run waits until they are fixed." : "";
    ui.run.disabled = blocked || bundle.size === 0;
    return !blocked;
  };

  const render = (): void => {
    renderPicker();
    renderStudyFields();
    renderLevers();
  };

  ui.base.addEventListener("change", () => {
    const base = ui.base.value;
    page.set({ ...page.current, scenarios: [base, ...page.current.scenarios.filter((s) => s !== base)] });
    render();
    deps.onChange();
  });

  // The files may differ; the comparison needs one setting for all, so the most any file asks for,
  // each file's own warm-up and the base file's seed.
  ui.useFileSettings.addEventListener("click", () => {
    const files = page.current.scenarios.flatMap((id) => bundle.get(id)?.scenario ?? []);
    if (files.length === 0) return;
    const most = (path: string): number => Math.max(...files.map((f) => Number(valueAt(f, path) ?? 0)));
    const replications = Math.min(studyLevers.replications.max, Math.max(studyLevers.replications.min, most("replications")));
    const days = Math.min(studyLevers.days.max, most("days"));
    page.forgetRefused((scope) => scope !== studyScope);
    page.set({ ...page.current, replications, days, seed: null, warmupDays: null });
    renderStudyFields();
    validate();
    deps.onChange();
  });

  return { render, validate };
}

/** The chosen files' warm-ups, in words: "each file's own warm-up: 7 days (baseline, seals); 31 days (harvest-peak)". */
export function fileWarmups(files: readonly BundledScenario[]): string {
  const groups = new Map<number, string[]>();
  for (const f of files) {
    const days = Number(valueAt(f.scenario, "warmupDays") ?? 0);
    groups.set(days, [...(groups.get(days) ?? []), f.id]);
  }
  return `each file's own warm-up: ${[...groups].map(([days, ids]) => `${formatDays(days)} (${ids.join(", ")})`).join("; ")}`;
}
