import { checkLeverText, monthName } from "./lever-input.js";
import type { Lever } from "./levers.js";

/** One lever's field on the page. */
export interface LeverControl {
  readonly lever: Lever;
  readonly element: HTMLElement;
  /**
   * Shows the scenario loader's messages under the field (and marks it invalid), or clears them with an
   * empty list. While the field's own range check refuses its text, that message is shown instead:
   * the loader never saw the value.
   */
  showProblems(messages: readonly string[]): void;
  /** Why the field's own range check refuses its value (one from a link is checked too), or null. */
  refusal(): string | null;
}

/**
 * A lever's field: a label, a slider beside a number input for numbers (a select for months, a
 * checkbox for switches), the file's own value, and a message line under the field. The range
 * check runs as the user types (and on the value given, which may come from a link); a refused value
 * is reported next to the field and passed on as null so the page can hold back the run. `onChange` gets the value that passed the check.
 */
export function leverControl(
  document: Document,
  options: {
    readonly lever: Lever;
    /** The value in effect (the file's, or the user's edit); undefined leaves the field empty, for a lever with `blank`. */
    readonly value: number | boolean | undefined;
    /** The value the bundled file has, shown as a reference. */
    readonly fileValue: number | boolean;
    /** The reference line under the field, when "In the file: …" would not do (the files differ). */
    readonly fileNote?: string;
    /**
     * For a lever with `blank`: the value an empty field stands for, when it is one number (every file
     * agrees); the slider sits there while the field is empty. Without it, the empty field's slider is shown
     * neutral (dimmed, at the file's value, its title saying what empty means), since no one value is used.
     */
    readonly blankValue?: number;
    /** Unique prefix for element ids, such as the scenario id. */
    readonly idPrefix: string;
    /** The value that passed the check; null when the text is refused; undefined when a `blank` lever is emptied. */
    readonly onChange: (value: number | boolean | null | undefined) => void;
  },
): LeverControl {
  const { lever, value, fileValue, onChange } = options;
  const id = `${options.idPrefix}-${lever.path}`.replace(/[^A-Za-z0-9_-]/g, "_");
  const element = document.createElement("div");
  element.className = `lever lever-${lever.kind}`;
  element.dataset["path"] = lever.path;
  const message = document.createElement("p");
  message.className = "field-error";
  message.id = `${id}-error`;
  const note = document.createElement("p");
  note.className = "lever-note";
  note.id = `${id}-note`;
  note.textContent = options.fileNote ?? `In the file: ${describe(lever, fileValue)}`;
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = lever.label;
  const inputs = document.createElement("div");
  inputs.className = "lever-inputs";
  let field: HTMLInputElement | HTMLSelectElement;

  let refused: string | null = null;
  let loaderMessages: readonly string[] = [];
  const render = (): void => {
    const messages = refused === null ? loaderMessages : [refused];
    message.textContent = messages.join("; ");
    field.setAttribute("aria-invalid", String(messages.length > 0));
    element.classList.toggle("invalid", messages.length > 0);
  };
  const submit = (text: string, badInput = false): void => {
    if (badInput) {
      // The browser holds text that is no number ("1e", "--") and reports it as empty: never read that as a blank.
      const range = lever.kind === "integer" ? "in decimal digits" : `from ${lever.min} to ${lever.max}${lever.unit === "" ? "" : ` ${lever.unit}`}`;
      refused = `the text is not a number; enter one ${range}${lever.blank === undefined ? "" : `, or leave the field empty for ${lever.blank}`}`;
      render();
      onChange(null);
      return;
    }
    if (lever.blank !== undefined && text.trim() === "") {
      refused = null;
      render();
      onChange(undefined);
      return;
    }
    const checked = checkLeverText(lever, text);
    refused = checked.ok ? null : checked.message;
    render();
    onChange(checked.ok ? checked.value : null);
  };

  if (lever.kind === "switch") {
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = value === true;
    box.addEventListener("change", () => submit(String(box.checked)));
    field = box;
    element.append(inputs, label);
    inputs.append(box);
    element.classList.add("lever-inline");
  } else if (lever.kind === "month") {
    const select = document.createElement("select");
    for (let m = lever.min; m <= lever.max; m++) select.append(new Option(monthName(m), String(m), false, m === value));
    select.addEventListener("change", () => submit(select.value));
    field = select;
    element.append(label, inputs);
    inputs.append(select);
  } else {
    const number = document.createElement("input");
    number.type = "number";
    number.inputMode = "decimal";
    const slider = document.createElement("input");
    slider.type = "range";
    slider.tabIndex = -1; // The number input carries the same value; one tab stop per lever keeps keyboard use quick.
    slider.setAttribute("aria-hidden", "true");
    for (const input of [number, slider]) {
      input.min = String(lever.min);
      input.max = String(lever.max);
      input.step = lever.kind === "share" ? "0.01" : String(lever.step);
      input.value = value === undefined ? "" : String(value);
    }
    // Short, to fit the field; the note under it says what an empty field means in full.
    if (lever.blank !== undefined) number.placeholder = "file's own";
    slider.step = String(lever.step);
    /**
     * The slider follows the field: an accepted number, or for an empty field the value it stands for
     * (a range input given "" would sit mid-track, at a value nobody chose), or a neutral state.
     */
    const follow = (text: string): void => {
      const empty = lever.blank !== undefined && text.trim() === "";
      if (empty) slider.value = String(options.blankValue ?? fileValue);
      else if (checkLeverText(lever, text).ok) slider.value = text;
      else return;
      const neutral = empty && options.blankValue === undefined;
      if (neutral) slider.dataset["neutral"] = "true";
      else delete slider.dataset["neutral"];
      slider.title = neutral ? `Empty field: ${lever.blank ?? ""}` : "";
    };
    follow(number.value);
    number.addEventListener("input", () => {
      if (!number.validity.badInput) follow(number.value);
      submit(number.value, number.validity.badInput);
    });
    slider.addEventListener("input", () => {
      number.value = slider.value;
      submit(slider.value);
    });
    field = number;
    element.append(label, inputs);
    // A seed's range is too wide for a slider to mean anything.
    if (lever.kind === "integer") inputs.append(number);
    else inputs.append(slider, number);
    if (lever.unit !== "") {
      const unit = document.createElement("span");
      unit.className = "unit";
      unit.textContent = lever.unit;
      inputs.append(unit);
    }
  }
  field.id = id;
  field.setAttribute("aria-describedby", `${message.id} ${note.id}`);
  element.append(note, message);
  // A value from a link never passed through the field: check it as if typed, so the run waits for it too.
  const initial = value === undefined ? { ok: true as const } : checkLeverText(lever, String(value));
  if (!initial.ok) {
    refused = initial.message;
    render();
  }
  return {
    lever,
    element,
    showProblems(messages) {
      loaderMessages = messages;
      render();
    },
    refusal: () => refused,
  };
}

function describe(lever: Lever, value: number | boolean): string {
  if (typeof value === "boolean") return value ? "on" : "off";
  if (lever.kind === "month") return monthName(value);
  if (lever.kind === "share") return `${value} (${Math.round(value * 100)}% of trucks)`;
  return lever.unit === "" ? String(value) : `${value} ${lever.unit}`;
}
