import type { BundledScenario } from "./bundled-scenarios.js";

/**
 * The brief's footnote on what the measure's figures rest on, from its scenario file: how many
 * sources and assumptions it lists and how many inputs it declares uncertain, in one short line (a
 * printed brief has no room for more; the How sure? view lists them). Empty for a network scenario.
 *
 * @example briefFootnote(seals) // => "What “seals” rests on: 8 sources, 15 assumptions and 14 uncertain inputs declared in scenarios/seals.json."
 */
export function briefFootnote(bundled: BundledScenario): string {
  const s = bundled.scenario;
  if (s.model !== "border") return "";
  const n = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? "" : "s"}`;
  return `What “${s.name}” rests on: ${n(s.sources.length, "source")}, ${n(s.assumptions.length, "assumption")} and ${n(s.uncertain.length, "uncertain input")} declared in ${bundled.file}.`;
}
