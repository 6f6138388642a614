import type { BundledScenario } from "./bundled-scenarios.js";
import { loadEdited } from "./edited-scenario.js";
import { leverControl, type LeverControl } from "./lever-control.js";
import { studyLevers, valueAt } from "./levers.js";
import { studyScope, type PageState } from "./page-state.js";
import { studyNote } from "./run-notes.js";
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
    const settings = page.settings();
    page.forgetRefused((scope) => scope !== studyScope);
    studyFields.clear();
    ui.studyFields.replaceChildren();
    for (const lever of [studyLevers.replications, studyLevers.days]) {
      const key = lever.path as "replications" | "days";
      const base = bundle.get(page.current.scenarios[0] ?? "")?.scenario;
      const control = leverControl(document, {
        lever,
        value: settings[key],
        fileValue: Number(valueAt(base, key) ?? settings[key]),
        idPrefix: "study",
        onChange: (value) => {
          page.refuse(studyScope, key, value === null);
          if (value !== null) page.set({ ...page.current, [key]: value as number });
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
        open: i === 0 && state.scenarios.length === 1,
        onEdit: (path, value) => {
          page.edit(id, path, value);
          validate();
          deps.onChange();
        },
      });
      leverPanels.set(id, panel);
      page.setRefused(id, panel.refusedPaths());
      return panel.element;
    }));
    validate();
  };

  const validate = (): boolean => {
    const state = page.current;
    const settings = page.settings();
    const studyMessages = new Map<string, string[]>([["replications", []], ["days", []]]);
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

  // The files may differ; the comparison needs one setting for all, so the most any file asks for.
  ui.useFileSettings.addEventListener("click", () => {
    const files = page.current.scenarios.flatMap((id) => bundle.get(id)?.scenario ?? []);
    if (files.length === 0) return;
    const most = (path: string): number => Math.max(...files.map((f) => Number(valueAt(f, path) ?? 0)));
    const replications = Math.min(studyLevers.replications.max, Math.max(studyLevers.replications.min, most("replications")));
    const days = Math.min(studyLevers.days.max, most("days"));
    page.forgetRefused((scope) => scope !== studyScope);
    page.set({ ...page.current, replications, days });
    renderStudyFields();
    validate();
    deps.onChange();
  });

  return { render, validate };
}
