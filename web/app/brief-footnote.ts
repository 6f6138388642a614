import type { BundledScenario } from "./bundled-scenarios.js";
import { inputLabel } from "./input-labels.js";

/**
 * The brief's footnote on what the measure's figures rest on, from its scenario file: how many
 * sources and assumptions it lists, and which inputs it declares uncertain (with their plausible
 * ranges). Empty for a scenario that lists none.
 *
 * @example briefFootnote(seals) // => "What “seals” rests on: 8 published sources and 15 assumptions (scenarios/seals.json); 14 inputs are declared uncertain: …"
 */
export function briefFootnote(bundled: BundledScenario): string {
  const s = bundled.scenario;
  if (s.model !== "border") return "";
  const inputs = s.uncertain.map((u) => `${inputLabel(s, u.paths?.[0] ?? u.path ?? "")} (${u.low} to ${u.high})`);
  const counted = `${s.sources.length} published source${s.sources.length === 1 ? "" : "s"} and ${s.assumptions.length} assumption${s.assumptions.length === 1 ? "" : "s"} (${bundled.file})`;
  const declared = inputs.length === 0 ? "no input is declared uncertain" : `${inputs.length} input${inputs.length === 1 ? " is" : "s are"} declared uncertain: ${inputs.join("; ")}`;
  return `What “${s.name}” rests on: ${counted}; ${declared}.`;
}
