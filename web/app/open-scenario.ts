import { loadScenario } from "../../src/scenario/index.js";
import type { BundledScenario } from "./bundled-scenarios.js";

/** A scenario file the user opened: added to the page's scenarios, or each problem by its field. */
export type OpenedScenario =
  | { readonly ok: true; readonly scenario: BundledScenario }
  | { readonly ok: false; readonly problems: readonly { readonly field: string; readonly message: string }[] };

/**
 * Reads a scenario file the user opened from disk with the CLI's own loader, so the page accepts
 * exactly what `borderflow run` accepts; the dashboard compares border scenarios, so a network
 * scenario is refused with where to open it instead. Its id is the file name without `.json`,
 * with "-opened" added (and a number, if needed) when a scenario of the page already has it or it is
 * a name every JavaScript object has (`__proto__`, `constructor`, ...).
 *
 * @example openScenario("my-seals.json", text, ["baseline", "seals"]) // => { ok: true, scenario: { id: "my-seals", ... } }
 */
export function openScenario(fileName: string, text: string, taken: readonly string[]): OpenedScenario {
  const loaded = loadScenario(text, fileName);
  if (!loaded.ok) return { ok: false, problems: loaded.problems.map((p) => ({ field: p.path, message: p.message })) };
  if (loaded.scenario.model !== "border") {
    return { ok: false, problems: [{ field: "model", message: `is "${loaded.scenario.model}": this page compares border scenarios; open a network scenario in the teaching view (teach.html)` }] };
  }
  const stem = (fileName.split(/[\\/]/).at(-1) ?? fileName).replace(/\.json$/i, "").replace(/[^A-Za-z0-9_-]+/g, "-") || "opened";
  // An id becomes a key of the page's records (edits, warm-ups by scenario): a name every object already
  // has (__proto__, constructor, toString) would reach the prototype, so it gets "-opened" like a taken one.
  let id = taken.includes(stem) || stem in Object.prototype ? `${stem}-opened` : stem;
  for (let n = 2; taken.includes(id); n++) id = `${stem}-opened-${n}`;
  return { ok: true, scenario: { id, file: fileName, text, scenario: loaded.scenario } };
}
