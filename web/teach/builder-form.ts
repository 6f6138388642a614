import { changeFamily, familyParameters, families, type Family } from "./distribution-draft.js";
import {
  addArrival, addRoute, addStation, checkDraft, getAt, OUT, removeArrival, removeRoute, removeStation, renameStation, setAt, stationIds,
  type Draft, type DraftCheck,
} from "./network-draft.js";

/** A mounted builder form. */
export interface BuilderForm {
  readonly element: HTMLFormElement;
  /** The draft as it stands. */
  draft(): Draft;
  /** Replaces the draft (loading a teaching scenario) and redraws the form. */
  load(draft: Draft): void;
}

/** Options of builderForm. */
export interface BuilderFormOptions {
  readonly document?: Document;
  /** Called after every edit with the draft checked as a scenario file. */
  readonly onChange: (check: DraftCheck, draft: Draft) => void;
}

type Json = Record<string, unknown>;

const asText = (text: string): string => text;
/**
 * A number, or null for an empty field so that the check says the number is missing. Text that is not a
 * number stays text, so that the check quotes it ("got \"abc\"") rather than the null that NaN becomes in JSON.
 */
const asNumber = (text: string): number | string | null => (text === "" ? null : Number.isFinite(Number(text)) ? Number(text) : text);
const asList = (text: string): (number | string)[] => text.split(",").map((t) => t.trim()).filter((t) => t !== "")
  .map((t) => (Number.isFinite(Number(t)) ? Number(t) : t));

/**
 * The network builder: run settings, stations (servers, order of service, line limit, service time,
 * routes) and arrival streams (station, class, priority, time between arrivals), with buttons to add and
 * remove each. Every field is named by its dotted path in the scenario file (`data-path`), and the file
 * checks run after each edit, so each problem shows at its own field as the CLI would report it.
 */
export function builderForm(initial: Draft, options: BuilderFormOptions): BuilderForm {
  const document = options.document ?? globalThis.document;
  const form = document.createElement("form");
  form.className = "builder";
  form.noValidate = true;
  let draft = initial;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, parent: Element, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] => {
    const node = document.createElement(tag);
    Object.assign(node, props);
    parent.appendChild(node);
    return node;
  };
  const button = (parent: Element, label: string, action: string, onClick: () => void): HTMLButtonElement => {
    const b = el("button", parent, { type: "button", textContent: label, className: `small ${action}` });
    b.dataset["action"] = action;
    b.addEventListener("click", () => {
      onClick();
      render();
    });
    return b;
  };
  /** A labelled field bound to `path`; `parse` turns its text into the value stored (undefined removes the key). */
  const field = (parent: Element, label: string, path: string, parse: (text: string) => unknown, hint = ""): HTMLInputElement => {
    const wrap = el("label", parent, { className: "field" });
    wrap.append(label);
    const input = el("input", wrap, { type: "text", inputMode: parse === asText ? "text" : "decimal" });
    input.dataset["path"] = path;
    const value = getAt(draft, path);
    input.value = value === undefined || value === null ? "" : Array.isArray(value) ? value.join(", ") : String(value);
    if (hint !== "") input.placeholder = hint;
    input.addEventListener("input", () => edit(setAt(draft, path, parse(input.value.trim()))));
    el("span", wrap, { className: "field-error" }).dataset["errorFor"] = path;
    return input;
  };
  const choice = (parent: Element, label: string, path: string, values: readonly string[], onPick?: (value: string) => void,
    names: Readonly<Record<string, string>> = {}): HTMLSelectElement => {
    const wrap = el("label", parent, { className: "field" });
    wrap.append(label);
    const select = el("select", wrap);
    select.dataset["path"] = path;
    for (const v of values) el("option", select, { value: v, textContent: names[v] ?? v });
    const current = getAt(draft, path);
    if (typeof current === "string" && !values.includes(current)) el("option", select, { value: current, textContent: current });
    select.value = String(current ?? values[0] ?? "");
    select.addEventListener("change", () => {
      if (onPick !== undefined) {
        onPick(select.value);
        render();
      } else edit(setAt(draft, path, select.value));
    });
    el("span", wrap, { className: "field-error" }).dataset["errorFor"] = path;
    return select;
  };
  const distribution = (parent: Element, label: string, path: string): void => {
    const box = el("fieldset", parent, { className: "distribution" });
    el("legend", box, { textContent: label });
    const spec = (getAt(draft, path) ?? {}) as Json;
    choice(box, "Distribution", `${path}.dist`, families, (dist) => {
      draft = setAt(draft, path, changeFamily(spec, dist as Family));
    });
    const dist = spec["dist"] as Family | undefined;
    for (const p of dist === undefined ? [] : familyParameters[dist]) {
      if (p === "values") field(box, "Values (comma-separated)", `${path}.values`, asList);
      else field(box, p, `${path}.${p}`, asNumber);
    }
  };

  function render(): void {
    form.replaceChildren();
    const run = el("fieldset", form, { className: "run-settings" });
    el("legend", run, { textContent: "Run" });
    field(run, "Name", "name", asText);
    field(run, "Run length (time units)", "horizon", asNumber);
    field(run, "Warm-up (time units, or auto for MSER-5)", "warmup", (t) => (t === "auto" ? t : asNumber(t)), "auto");
    field(run, "Replications", "replications", asNumber);
    field(run, "Seed", "seed", asNumber);

    const stationsBox = el("fieldset", form, { className: "stations" });
    el("legend", stationsBox, { textContent: "Stations" });
    const ids = stationIds(draft);
    const stations = (Array.isArray(draft["stations"]) ? draft["stations"] : []) as Json[];
    stations.forEach((s, i) => {
      const box = el("fieldset", stationsBox, { className: "station" });
      box.dataset["index"] = String(i);
      el("legend", box, { textContent: `Station ${i + 1}` });
      const before = String(s["id"] ?? "");
      const id = field(box, "Name", `stations.${i}.id`, asText);
      // Routes and arrivals name stations, so when the name is done they are renamed with it.
      id.addEventListener("change", () => {
        draft = renameStation(setAt(draft, `stations.${i}.id`, before), i, id.value.trim());
        render();
      });
      if (s["schedule"] === undefined) field(box, "Servers", `stations.${i}.servers`, asNumber);
      else el("p", box, { className: "note", textContent: "Servers follow a rota set in the scenario file." });
      choice(box, "Order of service", `stations.${i}.discipline`, ["fifo", "priority", "preemptive"]);
      field(box, "Line limit (empty: none)", `stations.${i}.queueLimit`, (t) => (t === "" ? undefined : asNumber(t)));
      if (s["breakdowns"] !== undefined) el("p", box, { className: "note", textContent: "Breaks down as set in the scenario file." });
      distribution(box, "Service time", `stations.${i}.service`);
      const routes = (Array.isArray(s["routes"]) ? s["routes"] : []) as Json[];
      const routeBox = el("fieldset", box, { className: "routes" });
      el("legend", routeBox, { textContent: routes.length === 0 ? "Routes: every customer leaves after service" : "Routes after service (the rest leaves)" });
      routes.forEach((_, j) => {
        const row = el("div", routeBox, { className: "route-row" });
        choice(row, "to", `stations.${i}.routes.${j}.to`, [...ids, OUT], undefined, { [OUT]: "out (leaves the network)" });
        field(row, "probability", `stations.${i}.routes.${j}.p`, asNumber);
        button(row, "Remove", "remove-route", () => (draft = removeRoute(draft, i, j)));
      });
      el("span", routeBox, { className: "field-error" }).dataset["errorFor"] = `stations.${i}.routes`;
      button(routeBox, "Add route", "add-route", () => (draft = addRoute(draft, i)));
      if (stations.length > 1) button(box, "Remove station", "remove-station", () => (draft = removeStation(draft, i)));
    });
    button(stationsBox, "Add station", "add-station", () => (draft = addStation(draft)));

    const arrivalsBox = el("fieldset", form, { className: "arrivals" });
    el("legend", arrivalsBox, { textContent: "Arrival streams" });
    const arrivals = (Array.isArray(draft["arrivals"]) ? draft["arrivals"] : []) as Json[];
    arrivals.forEach((_, j) => {
      const box = el("fieldset", arrivalsBox, { className: "arrival" });
      box.dataset["index"] = String(j);
      el("legend", box, { textContent: `Stream ${j + 1}` });
      choice(box, "Arrives at", `arrivals.${j}.to`, ids);
      field(box, "Class", `arrivals.${j}.class`, asText);
      field(box, "Priority (lower first)", `arrivals.${j}.priority`, asNumber);
      distribution(box, "Time between arrivals", `arrivals.${j}.interarrival`);
      if (arrivals.length > 1) button(box, "Remove stream", "remove-arrival", () => (draft = removeArrival(draft, j)));
    });
    button(arrivalsBox, "Add arrival stream", "add-arrival", () => (draft = addArrival(draft)));
    el("ul", form, { className: "problems" }).setAttribute("aria-live", "polite");
    report();
  }

  function edit(next: Draft): void {
    draft = next;
    report();
  }

  /** Checks the draft, writes each problem at its field (or in the list when no field has its path), and tells the page. */
  function report(): void {
    const check = checkDraft(draft);
    for (const span of form.querySelectorAll<HTMLElement>(".field-error")) span.textContent = "";
    for (const input of form.querySelectorAll<HTMLElement>("[data-path]")) input.removeAttribute("aria-invalid");
    const list = form.querySelector(".problems");
    list?.replaceChildren();
    if (!check.ok) {
      for (const p of check.problems) {
        const span = [...form.querySelectorAll<HTMLElement>(".field-error")].find((s) => s.dataset["errorFor"] === p.path);
        if (span !== undefined) {
          span.textContent = p.message;
          span.parentElement?.querySelector("[data-path]")?.setAttribute("aria-invalid", "true");
        } else if (list !== null) {
          const item = el("li", list);
          item.textContent = `${p.path === "" ? "scenario" : p.path}: ${p.message}`;
        }
      }
    }
    form.dataset["valid"] = String(check.ok);
    options.onChange(check, draft);
  }

  render();
  return {
    element: form,
    draft: () => draft,
    load(next) {
      draft = next;
      render();
    },
  };
}
