import type { BundledScenario } from "../app/bundled-scenarios.js";
import { animationPlayer, type AnimationPlayer } from "./animation-player.js";
import type { BorderScenario } from "./border-plan-data.js";
import { borderClock, borderScene } from "./border-scene.js";
import { traceNote } from "./live-animation.js";
import { CancelledError, type TeachClient } from "./teach-client.js";

/** Events of the border run recorded for the plan: the whole of a month's run, most of a harvest season. */
export const borderTraceLimit = 600_000;

function byId<T extends HTMLElement>(root: ParentNode, id: string): T {
  const element = root.querySelector<T>(`#${id}`);
  if (element === null) throw new Error(`teach.html has no element #${id}`);
  return element;
}

/** Width in pixels for the checkpoint plan in `container`: all of it, from 640 up to 1,600. */
export function planWidth(container: HTMLElement): number {
  return Math.max(640, Math.min(1600, Math.floor(container.clientWidth || 960)));
}

/**
 * The checkpoint page: pick a bundled border scenario, run its first replication on the worker with the
 * trace recorded, and watch it on the plan at an hour of model time a second (or faster). The section's
 * `data-status` says idle, running, done or failed.
 */
export function mountBorder(root: HTMLElement, scenarios: ReadonlyMap<string, BundledScenario>, createClient: () => TeachClient): void {
  const document = root.ownerDocument;
  const ui = {
    scenario: byId<HTMLSelectElement>(root, "border-scenario"),
    run: byId<HTMLButtonElement>(root, "border-run"),
    status: byId(root, "border-status"),
    about: byId(root, "border-about"),
    animation: byId(root, "border-animation"),
  };
  const client = createClient();
  let player: AnimationPlayer | null = null;
  for (const [id, file] of scenarios) {
    const option = ui.scenario.appendChild(document.createElement("option"));
    option.value = id;
    option.textContent = file.scenario.name;
  }
  const selected = (): BundledScenario | undefined => scenarios.get(ui.scenario.value);
  const describe = (): void => {
    ui.about.textContent = selected()?.scenario.description ?? "";
  };
  ui.scenario.addEventListener("change", describe);
  describe();

  ui.run.addEventListener("click", () => {
    const file = selected();
    if (file === undefined || file.scenario.model !== "border") return;
    const scenario = file.scenario as BorderScenario;
    client.cancel();
    root.dataset["status"] = "running";
    ui.status.textContent = `Simulating ${scenario.days} days of ${scenario.name}…`;
    void client.runBorder(scenario, borderTraceLimit).then(({ trace }) => {
      player?.destroy();
      // The plan takes the whole width of its box (lanes, trucks and labels grow with it), not the charts' 960 pixels.
      const scene = borderScene(scenario, trace, { width: planWidth(ui.animation) });
      player = animationPlayer(scene, { secondsPerUnit: 3600, speed: 3600, note: traceNote(trace, "h"), formatClock: borderClock });
      ui.animation.replaceChildren(player.element);
      ui.status.textContent = "Press Play. Real time is very slow for a border; the speed menu goes up to as fast as the browser draws.";
      root.dataset["status"] = "done";
    }).catch((error: unknown) => {
      if (error instanceof CancelledError) return;
      ui.status.textContent = `The run failed: ${error instanceof Error ? error.message : String(error)}`;
      root.dataset["status"] = "failed";
    });
  });
  root.dataset["status"] = "idle";
}
