import type { AnimationScene } from "./animation-scene.js";

/** Options of pairedScene. */
export interface PairedSceneOptions {
  /** The document that creates the nodes. @default globalThis.document */
  readonly document?: Document;
  /** A short name for each scene, for the summary ("Shared line", "A line each"). */
  readonly labels: readonly string[];
  /** Pixels between the drawings when side by side. @default 16 */
  readonly gap?: number;
  /** Lay the drawings out side by side (true) or one above the other. @default true */
  readonly sideBySide?: boolean;
}

const SVG = "http://www.w3.org/2000/svg";

/**
 * Several scenes driven as one, so one player (one clock, one Play) shows them at the same model time:
 * seek and step move every scene to the same time, the drawing nests each scene's SVG side by side, and
 * the summary says each scene's state. The trace ends where the shortest of them ends.
 * @throws {RangeError} for no scenes, a label count other than the scene count, or scenes in different time units.
 */
export function pairedScene(scenes: readonly AnimationScene[], options: PairedSceneOptions): AnimationScene {
  if (scenes.length === 0) throw new RangeError("pairedScene needs at least one scene");
  if (options.labels.length !== scenes.length) {
    throw new RangeError(`pairedScene needs one label per scene (${scenes.length}), got ${options.labels.length}`);
  }
  const unit = (scenes[0] as AnimationScene).timeUnit;
  if (scenes.some((s) => s.timeUnit !== unit)) throw new RangeError(`pairedScene: the scenes count time in different units (${scenes.map((s) => s.timeUnit).join(", ")})`);
  const document = options.document ?? globalThis.document;
  const gap = options.gap ?? 16;
  const across = options.sideBySide ?? true;
  const size = (svg: SVGSVGElement, name: "width" | "height"): number => Number(svg.getAttribute(name) ?? 0);
  const svg = document.createElementNS(SVG, "svg") as SVGSVGElement;
  svg.setAttribute("class", "paired-scene");
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", `${options.labels.join(" and ")}, on one clock`);
  let offset = 0;
  let extent = 0;
  for (const scene of scenes) {
    const inner = scene.svg;
    inner.setAttribute(across ? "x" : "y", String(offset));
    svg.appendChild(inner);
    offset += (across ? size(inner, "width") : size(inner, "height")) + gap;
    extent = Math.max(extent, across ? size(inner, "height") : size(inner, "width"));
  }
  const total = Math.max(0, offset - gap);
  svg.setAttribute("width", String(across ? total : extent));
  svg.setAttribute("height", String(across ? extent : total));
  svg.setAttribute("viewBox", `0 0 ${across ? total : extent} ${across ? extent : total}`);
  const end = Math.min(...scenes.map((s) => s.end));

  const paired: AnimationScene = {
    svg,
    end,
    timeUnit: unit,
    get time() { return (scenes[0] as AnimationScene).time; },
    get nextTime() { return Math.min(...scenes.map((s) => s.nextTime)); },
    seek(time) {
      for (const s of scenes) s.seek(time);
    },
    step() {
      const next = paired.nextTime;
      if (!Number.isFinite(next)) return false;
      paired.seek(next);
      return true;
    },
    draw(seconds) {
      let moving = false;
      for (const s of scenes) moving = s.draw(seconds) || moving;
      return moving;
    },
    summary: () => scenes.map((s, i) => `${options.labels[i]}: ${s.summary()}`).join(" "),
  };
  return paired;
}
