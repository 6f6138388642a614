import type { BundledScenario } from "./bundled-scenarios.js";
import type { FieldProblems } from "./field-problems.js";
import { leverControl, type LeverControl } from "./lever-control.js";
import { leversOf, valueAt } from "./levers.js";
import { leverValue, type EditValue, type ScenarioEdits } from "./url-state.js";

/** The lever fields of one scenario, grouped, with a list for problems that no field owns. */
export interface ScenarioLevers {
  readonly element: HTMLElement;
  /** Shows the loader's problems next to their fields (and the rest above them); clears those no longer reported. */
  showProblems(problems: FieldProblems | null): void;
  /** Paths of the fields whose own range check refuses their value (such as an edit from a link). */
  refusedPaths(): string[];
}

/**
 * The `<details>` panel of a scenario's levers. Each change that passes the field's range check is
 * reported as `onEdit(path, value)`, with null for a refused value and `undefined` when the value is
 * back to the file's (the edit goes away). Edits the panel has no field for (from a hand-written
 * link) are listed with a button that removes them.
 */
export function scenarioLevers(
  document: Document,
  options: {
    readonly bundled: BundledScenario;
    readonly edits: ScenarioEdits;
    /** Whether the panel starts open. */
    readonly open: boolean;
    readonly onEdit: (path: string, value: EditValue | null | undefined) => void;
    /**
     * Sets a lever's value in every chosen scenario (given when two or more are chosen): each lever then
     * has an "Apply to all chosen" button, held back while its field refuses its text.
     */
    readonly applyToAll?: (path: string, value: number | boolean) => void;
    /** A line to show under a lever, such as what the last "Apply to all chosen" did, by lever path. */
    readonly notes?: ReadonlyMap<string, string>;
  },
): ScenarioLevers {
  const { bundled, edits, onEdit } = options;
  const details = document.createElement("details");
  details.className = "scenario-levers";
  details.dataset["scenario"] = bundled.id;
  details.open = options.open;
  const summary = document.createElement("summary");
  summary.textContent = bundled.scenario.name;
  const edited = document.createElement("span");
  edited.className = "edited-mark";
  summary.append(" ", edited);
  details.append(summary);
  if (bundled.scenario.description !== "") {
    const description = document.createElement("p");
    description.className = "scenario-description";
    description.textContent = bundled.scenario.description;
    details.append(description);
  }
  // Scenarios made by hand for a test may lack the lists; a loaded border scenario always has them.
  const sources: readonly string[] = bundled.scenario.model === "border" ? (bundled.scenario.sources ?? []) : [];
  const assumptions: readonly string[] = bundled.scenario.model === "border" ? (bundled.scenario.assumptions ?? []) : [];
  if (sources.length + assumptions.length > 0) {
    // What the numbers rest on, beside the levers that change them.
    const basis = document.createElement("details");
    basis.className = "scenario-basis";
    const title = document.createElement("summary");
    title.textContent = `Sources (${sources.length}) and assumptions (${assumptions.length})`;
    basis.append(title);
    for (const [heading, items] of [["Sources", sources], ["Assumptions", assumptions]] as const) {
      const h = document.createElement("h4");
      h.textContent = heading;
      const list = document.createElement("ul");
      list.append(...items.map((text) => Object.assign(document.createElement("li"), { textContent: text })));
      basis.append(h, list);
    }
    details.append(basis);
  }
  const otherList = document.createElement("ul");
  otherList.className = "problems";
  details.append(otherList);

  const current = new Map(Object.entries(edits));
  const markEdited = (): void => void (edited.textContent = current.size > 0 ? `(${current.size} edited)` : "");
  const controls = new Map<string, LeverControl>();
  const groups = new Map<string, HTMLFieldSetElement>();
  for (const { lever, value: fileValue } of leversOf(bundled.scenario)) {
    let group = groups.get(lever.group);
    if (group === undefined) {
      group = document.createElement("fieldset");
      const legend = document.createElement("legend");
      legend.textContent = lever.group;
      group.append(legend);
      groups.set(lever.group, group);
      details.append(group);
    }
    const control = leverControl(document, {
      lever,
      value: leverValue(current.get(lever.path)) ?? fileValue,
      fileValue,
      idPrefix: bundled.id,
      onChange: (value) => {
        if (value === undefined || value === fileValue) current.delete(lever.path);
        else if (value !== null) current.set(lever.path, value);
        markEdited();
        if (apply !== undefined) apply.disabled = value === null;
        onEdit(lever.path, value === undefined || value === fileValue ? undefined : value);
      },
    });
    let apply: HTMLButtonElement | undefined;
    const applyToAll = options.applyToAll;
    if (applyToAll !== undefined) {
      apply = document.createElement("button");
      apply.type = "button";
      apply.className = "apply-all";
      apply.textContent = "Apply to all chosen";
      apply.id = `${bundled.id}-${lever.path}-apply`.replace(/[^A-Za-z0-9_-]/g, "_");
      apply.setAttribute("aria-label", `Apply to all chosen scenarios: ${lever.label}`);
      apply.disabled = control.refusal() !== null;
      apply.addEventListener("click", () => applyToAll(lever.path, leverValue(current.get(lever.path)) ?? fileValue));
      control.element.append(apply);
    }
    const note = options.notes?.get(lever.path);
    if (note !== undefined) {
      const line = document.createElement("p");
      line.className = "apply-note";
      line.setAttribute("role", "status");
      line.textContent = note;
      control.element.append(line);
    }
    controls.set(lever.path, control);
    group.append(control.element);
  }
  const unowned = [...current.keys()].filter((path) => !controls.has(path));
  if (unowned.length > 0) {
    const fieldset = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = "Other changes from the link";
    fieldset.append(legend);
    for (const path of unowned) {
      const row = document.createElement("p");
      row.className = "unowned-edit";
      const remove = document.createElement("button");
      remove.type = "button";
      remove.textContent = "Remove";
      remove.setAttribute("aria-label", `Remove the change ${path}`);
      remove.addEventListener("click", () => {
        current.delete(path);
        row.remove();
        markEdited();
        onEdit(path, undefined);
      });
      row.append(`${path} = ${String(current.get(path))} (file: ${JSON.stringify(valueAt(bundled.scenario, path)) ?? "not set"}) `, remove);
      fieldset.append(row);
    }
    details.append(fieldset);
  }
  markEdited();

  return {
    element: details,
    showProblems(problems) {
      for (const [path, control] of controls) control.showProblems(problems?.byField.get(path) ?? []);
      otherList.replaceChildren(...(problems?.other ?? []).map((text) => {
        const item = document.createElement("li");
        item.textContent = text;
        return item;
      }));
      if (problems !== null && (problems.byField.size > 0 || problems.other.length > 0)) details.open = true;
    },
    refusedPaths: () => [...controls].filter(([, control]) => control.refusal() !== null).map(([path]) => path),
  };
}
