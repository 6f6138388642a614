import type { NetworkScenario } from "../../src/scenario/index.js";
import { animationPlayer, type AnimationPlayer } from "./animation-player.js";
import type { NetworkTrace } from "./network-trace.js";
import { networkScene } from "./network-scene.js";

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
