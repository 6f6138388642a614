import type { NetworkScenario } from "../../../src/scenario/index.js";
import { hockeyStickChart, type HockeyCurve } from "../../charts/hockey-stick-chart.js";
import { formatValue } from "../../charts/theory-panel.js";
import type { AnimationPlayer } from "../animation-player.js";
import { mountNetworkAnimation, mountPairedAnimation, widthOf } from "../live-animation.js";
import { CancelledError, type TeachClient } from "../teach-client.js";
import { liveRun, type LessonRun } from "./lesson-models.js";
import { lessonMetric, sweepPoints, theoryLine } from "./sweep-curve.js";

/** A lesson: the curves its chart compares, and the live models a student animates. */
export interface LessonSpec {
  /** Heading of the chart. */
  readonly chartTitle: string;
  /** One curve per model family, simulated over the sweep's utilisations. */
  readonly curves: readonly { readonly label: string; readonly make: (rho: number, run: LessonRun) => NetworkScenario }[];
  /** A choice besides utilisation (lesson 2's cv), as radio buttons. */
  readonly choice?: { readonly legend: string; readonly values: readonly { readonly value: string; readonly label: string }[]; readonly initial: string };
  /** The models animated side by side for a utilisation and choice. */
  readonly live: (rho: number, choice: string, run: LessonRun) => readonly { readonly label: string; readonly scenario: NetworkScenario }[];
  /** Utilisation the live models start at. */
  readonly initialRho: number;
}

/** Where a lesson's live parts go: elements of its section, found by class. */
function part(root: HTMLElement, name: string): HTMLElement {
  const element = root.querySelector<HTMLElement>(`.${name}`);
  if (element === null) throw new Error(`lesson #${root.id} has no .${name} element`);
  return element;
}

/**
 * Brings a lesson's page to life: the chart of its curves, filled in point by point as the sweep runs on
 * one worker, and its live models on another, re-run and re-animated whenever the student moves the
 * utilisation slider or changes the choice. The section's text is in teach.html.
 */
export function mountLesson(root: HTMLElement, spec: LessonSpec, createClient: () => TeachClient): void {
  const document = root.ownerDocument;
  const chart = part(root, "lesson-chart");
  const status = part(root, "lesson-status");
  const controls = part(root, "live-controls");
  const liveBox = part(root, "live-models");
  const sweepClient = createClient();
  const liveClient = createClient();
  const curves: HockeyCurve[] = spec.curves.map((c) => ({ label: c.label, theory: theoryLine(c.make), simulated: [] }));
  let rho = spec.initialRho;
  let choice = spec.choice?.initial ?? "";
  let players: AnimationPlayer[] = [];

  const drawChart = (): void => {
    chart.replaceChildren(hockeyStickChart(curves, { width: widthOf(chart), title: spec.chartTitle, yLabel: "Mean wait in line (min)", highlight: rho }));
  };

  const sweep = async (): Promise<void> => {
    root.dataset["sweep"] = "running";
    for (const [i, c] of spec.curves.entries()) {
      status.textContent = `Simulating ${c.label}…`;
      await sweepPoints(c.make, sweepClient, (simulated) => {
        curves[i] = { ...(curves[i] as HockeyCurve), simulated };
        drawChart();
      });
    }
    status.textContent = "Each dot is the mean of 4 replications of 30,000 minutes with its 95% interval; the lines are queueing theory.";
    root.dataset["sweep"] = "done";
  };

  // The controls: a utilisation slider, and the lesson's choice if it has one.
  const label = controls.appendChild(document.createElement("label"));
  label.className = "rho";
  label.append("Utilisation ρ ");
  const slider = label.appendChild(document.createElement("input"));
  Object.assign(slider, { type: "range", min: "0.5", max: "0.95", step: "0.05", value: String(rho) });
  const shown = label.appendChild(document.createElement("output"));
  shown.textContent = rho.toFixed(2);
  if (spec.choice !== undefined) {
    const group = controls.appendChild(document.createElement("fieldset"));
    group.className = "choice";
    group.appendChild(document.createElement("legend")).textContent = spec.choice.legend;
    for (const v of spec.choice.values) {
      const option = group.appendChild(document.createElement("label"));
      const radio = option.appendChild(document.createElement("input"));
      Object.assign(radio, { type: "radio", name: `${root.id}-choice`, value: v.value, checked: v.value === choice });
      option.append(` ${v.label}`);
      radio.addEventListener("change", () => {
        choice = v.value;
        void live();
      });
    }
  }

  const live = async (): Promise<void> => {
    liveClient.cancel();
    const models = spec.live(rho, choice, liveRun);
    root.dataset["live"] = "running";
    try {
      const studies = await Promise.all(models.map((m) => liveClient.run({ scenario: m.scenario, replications: 1, traceLimit: 100_000, slices: 20 })));
      for (const p of players) p.destroy();
      liveBox.replaceChildren();
      const note = (i: number): string => {
        const study = studies[i] as (typeof studies)[number];
        const measured = study.result.system["waitInQueue"]?.mean;
        const theory = study.theory.applies ? study.theory.values[lessonMetric] : undefined;
        return `Theory: mean wait ${theory === undefined ? "—" : `${formatValue(theory)} min`}. This one short run: ${measured === undefined ? "—" : `${formatValue(measured)} min`} (one run of ${liveRun.horizon.toLocaleString("en-US")} minutes wanders; the chart's dots average longer runs).`;
      };
      if (models.length > 1) {
        // Compared models share one player: one clock, one Play, the same moment in both.
        const box = liveBox.appendChild(document.createElement("figure"));
        box.className = "live-model paired";
        box.appendChild(document.createElement("figcaption")).textContent = models.map((m) => m.label).join(" | ");
        const stage = box.appendChild(document.createElement("div"));
        const player = mountPairedAnimation(stage, models.map((m, i) => ({
          scenario: m.scenario, trace: (studies[i] as (typeof studies)[number]).trace as NonNullable<(typeof studies)[number]["trace"]>, label: m.label,
        })), null, 60);
        const notes = box.appendChild(document.createElement("div"));
        notes.className = "live-notes";
        models.forEach((m, i) => {
          const p = notes.appendChild(document.createElement("p"));
          p.appendChild(document.createElement("strong")).textContent = `${m.label}. `;
          p.append(note(i));
        });
        players = [player];
      } else {
        // Every figure is placed before any is drawn, so each drawing gets the width its column will have.
        const boxes = models.map((model) => {
          const box = liveBox.appendChild(document.createElement("figure"));
          box.className = "live-model";
          box.appendChild(document.createElement("figcaption")).textContent = model.label;
          return box;
        });
        players = studies.map((study, i) => {
          const model = models[i] as (typeof models)[number];
          const box = boxes[i] as HTMLElement;
          const stage = box.appendChild(document.createElement("div"));
          const player = mountNetworkAnimation(stage, model.scenario, study.trace as NonNullable<typeof study.trace>, null, 60);
          box.appendChild(document.createElement("p")).textContent = note(i);
          return player;
        });
      }
      root.dataset["live"] = "done";
    } catch (error) {
      if (!(error instanceof CancelledError)) {
        liveBox.textContent = `The live model failed: ${error instanceof Error ? error.message : String(error)}`;
        root.dataset["live"] = "failed";
      }
    }
  };

  slider.addEventListener("input", () => {
    rho = Number(slider.value);
    shown.textContent = rho.toFixed(2);
    drawChart();
  });
  slider.addEventListener("change", () => void live());
  drawChart();
  void sweep().catch((error: unknown) => {
    if (error instanceof CancelledError) return;
    status.textContent = `The sweep failed: ${error instanceof Error ? error.message : String(error)}`;
    root.dataset["sweep"] = "failed";
  });
  void live();
}
