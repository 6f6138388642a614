import type { NetworkScenario } from "../../src/scenario/index.js";
import type { BundledScenario } from "../app/bundled-scenarios.js";
import { networkDiagram } from "../charts/network-diagram.js";
import { theoryPanel } from "../charts/theory-panel.js";
import { welchChart } from "../charts/welch-chart.js";
import type { AnimationPlayer } from "./animation-player.js";
import { builderForm } from "./builder-form.js";
import { mountNetworkAnimation, widthOf } from "./live-animation.js";
import { blankNetwork, type Draft } from "./network-draft.js";
import { CancelledError, type TeachClient } from "./teach-client.js";
import { welchData } from "./welch-data.js";

/** Events of replication 1 the builder records for the animation: about 50,000 customers of a one-desk model. */
export const builderTraceLimit = 200_000;

function byId<T extends HTMLElement>(root: ParentNode, id: string): T {
  const element = root.querySelector<T>(`#${id}`);
  if (element === null) throw new Error(`teach.html has no element #${id}`);
  return element;
}

/** A bundled scenario file as a draft: its JSON without the editor's schema link. */
function draftOf(file: BundledScenario): Draft {
  const { $schema: _schema, ...rest } = JSON.parse(file.text) as Draft;
  return rest;
}

/**
 * The builder page: a teaching scenario or a blank network loaded into the form, the diagram redrawn
 * after each valid edit, and a run on the worker that shows the theory panel, the Welch plot and the
 * animation of replication 1. The section's `data-status` says idle, running, done or failed.
 */
export function mountBuilder(root: HTMLElement, templates: ReadonlyMap<string, BundledScenario>, createClient: () => TeachClient): void {
  const document = root.ownerDocument;
  const ui = {
    template: byId<HTMLSelectElement>(root, "template"),
    about: byId(root, "template-about"),
    form: byId(root, "builder-form"),
    diagram: byId(root, "diagram"),
    run: byId<HTMLButtonElement>(root, "run"),
    cancel: byId<HTMLButtonElement>(root, "cancel"),
    progress: byId<HTMLProgressElement>(root, "progress"),
    status: byId(root, "run-status"),
    animation: byId(root, "animation"),
    theory: byId(root, "theory"),
    welch: byId(root, "welch"),
  };
  const client = createClient();
  let scenario: NetworkScenario | null = null;
  let player: AnimationPlayer | null = null;

  const blank = document.createElement("option");
  blank.value = "";
  blank.textContent = "A blank network: one desk";
  ui.template.appendChild(blank);
  for (const [id, file] of templates) {
    const option = ui.template.appendChild(document.createElement("option"));
    option.value = id;
    option.textContent = file.scenario.name;
  }

  const drawDiagram = (): void => {
    if (scenario === null) return;
    try {
      ui.diagram.replaceChildren(networkDiagram(scenario, { width: widthOf(ui.diagram) }));
    } catch (error) {
      ui.diagram.textContent = error instanceof Error ? error.message : String(error);
    }
  };
  let pending = false;
  const form = builderForm(blankNetwork(), {
    onChange: (check) => {
      scenario = check.ok ? check.scenario : null;
      ui.run.disabled = scenario === null;
      root.dataset["valid"] = String(check.ok);
      // Redraw once per frame however fast the student types.
      if (!pending && check.ok) {
        pending = true;
        requestAnimationFrame(() => {
          pending = false;
          drawDiagram();
        });
      }
    },
  });
  ui.form.replaceChildren(form.element);

  ui.template.addEventListener("change", () => {
    const file = templates.get(ui.template.value);
    ui.about.textContent = file === undefined ? "One desk with Poisson arrivals: add stations, routes and classes to build your own network." : (file.scenario.description ?? "");
    form.load(file === undefined ? blankNetwork() : draftOf(file));
  });
  ui.about.textContent = "One desk with Poisson arrivals: add stations, routes and classes to build your own network.";

  ui.cancel.addEventListener("click", () => client.cancel());
  const run = async (running: NetworkScenario): Promise<void> => {
    root.dataset["status"] = "running";
    ui.run.disabled = true;
    ui.cancel.disabled = false;
    ui.progress.hidden = false;
    ui.progress.value = 0;
    ui.status.textContent = `Running ${running.replications} ${running.replications === 1 ? "replication" : "replications"}…`;
    try {
      const study = await client.run({ scenario: running, replications: running.replications, traceLimit: builderTraceLimit, slices: 200 }, (done, total) => {
        ui.progress.value = done / total;
        ui.status.textContent = `${done} of ${total} replications done…`;
      });
      ui.theory.replaceChildren(theoryPanel({ result: study.result, theory: study.theory }, { width: widthOf(ui.theory), timeUnit: "min" }));
      ui.welch.replaceChildren(welchChart(welchData(study), { width: widthOf(ui.welch), timeUnit: "min" }));
      if (study.trace !== null) player = mountNetworkAnimation(ui.animation, running, study.trace, player);
      ui.status.textContent = `${running.replications} ${running.replications === 1 ? "replication" : "replications"} of ${running.horizon.toLocaleString("en-US")} minutes done.`;
      root.dataset["status"] = "done";
    } catch (error) {
      root.dataset["status"] = error instanceof CancelledError ? "idle" : "failed";
      ui.status.textContent = error instanceof CancelledError ? "Cancelled." : `The run failed: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      ui.run.disabled = scenario === null;
      ui.cancel.disabled = true;
      ui.progress.hidden = true;
    }
  };
  ui.run.addEventListener("click", () => {
    if (scenario !== null) void run(scenario);
  });
  root.dataset["status"] = "idle";
}
