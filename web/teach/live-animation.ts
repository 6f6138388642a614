import type { NetworkScenario } from "../../src/scenario/index.js";
import { animationPlayer, type AnimationPlayer } from "./animation-player.js";
import type { NetworkTrace } from "./network-trace.js";
import { networkScene } from "./network-scene.js";
import { pairedScene } from "./paired-scene.js";

const count = (n: number): string => n.toLocaleString("en-US");

/** What any recorded trace says of its extent. */
export type TraceExtent = Pick<NetworkTrace, "complete" | "length" | "replication" | "until" | "horizon">;

/** What the recorded trace covers, in a sentence for under the animation. */
export function traceNote(trace: TraceExtent, unit: string): string {
  const span = (t: number): string => t.toLocaleString("en-US", { maximumFractionDigits: 1 });
  return trace.complete
    ? `The animation replays every event of replication ${trace.replication + 1} (${count(trace.length)} events, ${span(trace.until)} ${unit}), as recorded while the simulation ran; its speed changes nothing in the results.`
    : `The animation replays the first ${count(trace.length)} events of replication ${trace.replication + 1}, up to ${span(trace.until)} of ${span(trace.horizon)} ${unit}; ` +
      "the rest of the run was simulated but not recorded, to keep the page light. Its speed changes nothing in the results.";
}

/** Width in pixels for a drawing in `container`: its width, within what the charts lay out well. */
export function widthOf(container: HTMLElement): number {
  return Math.max(360, Math.min(960, Math.floor(container.clientWidth || 640)));
}

/**
 * Puts an animation of `trace` in `container`, replacing (and stopping) the one there before.
 * The network's time unit is the minute in every teaching scenario, so real time is 60 seconds a unit.
 */
export function mountNetworkAnimation(container: HTMLElement, scenario: NetworkScenario, trace: NetworkTrace, previous: AnimationPlayer | null, speed = 60): AnimationPlayer {
  previous?.destroy();
  const scene = networkScene(scenario, trace, { width: widthOf(container), timeUnit: "min" });
  const player = animationPlayer(scene, { secondsPerUnit: 60, speed, note: traceNote(trace, "min") });
  container.replaceChildren(player.element);
  return player;
}

/** One model of a paired animation: its scenario, its recorded trace and a short name. */
export interface PairedModel {
  readonly scenario: NetworkScenario;
  readonly trace: NetworkTrace;
  readonly label: string;
}

/**
 * Puts one player for several runs in `container` (replacing the one there before): one clock and one Play
 * drive every run's replay, side by side when the container is wide enough, so the runs are compared at the
 * same moment. Used by the pooling lesson, whose two models see the same arrivals.
 */
export function mountPairedAnimation(container: HTMLElement, models: readonly PairedModel[], previous: AnimationPlayer | null, speed = 60): AnimationPlayer {
  previous?.destroy();
  const gap = 16;
  const width = Math.max(360, Math.floor(container.clientWidth || 640));
  const sideBySide = width >= 2 * 360 + gap;
  const each = sideBySide ? Math.floor((Math.min(width, 1400) - gap * (models.length - 1)) / models.length) : widthOf(container);
  const scenes = models.map((m) => networkScene(m.scenario, m.trace, { width: each, timeUnit: "min" }));
  const scene = pairedScene(scenes, { labels: models.map((m) => m.label), gap, sideBySide });
  const first = models[0] as PairedModel;
  const note = first.trace.complete && models.every((m) => m.trace.complete)
    ? `One clock drives both replays: every event of each run (${models.map((m) => count(m.trace.length)).join(" and ")} events), as recorded while the simulations ran; its speed changes nothing in the results.`
    : `One clock drives both replays, up to ${scene.end.toLocaleString("en-US", { maximumFractionDigits: 1 })} min, where the shorter recorded trace ends; its speed changes nothing in the results.`;
  const player = animationPlayer(scene, { secondsPerUnit: 60, speed, note });
  container.replaceChildren(player.element);
  return player;
}
