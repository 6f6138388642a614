import { briefChoice, briefView } from "./brief-view.js";
import { comparisonChartSettings } from "./chart-provenance.js";
import type { ChartPanel } from "./chart-panel.js";
import type { ComparisonRun } from "./comparison-view.js";
import type { DashboardState } from "./url-state.js";

/** The elements of the brief in index.html. */
export interface BriefElements {
  readonly section: HTMLElement;
  readonly alternative: HTMLSelectElement;
  readonly heading: HTMLElement;
  readonly lede: HTMLElement;
  readonly body: HTMLElement;
  readonly print: HTMLButtonElement;
}

/** What the brief needs from the page. */
export interface BriefDependencies {
  readonly document: Document;
  readonly ui: BriefElements;
  readonly state: () => DashboardState;
  /** Keeps the chosen alternative (a scenario id) in the URL. */
  readonly saveChoice: (id: string) => void;
  /** The absolute link that opens `state`, for the brief's "This brief:" line. */
  readonly linkTo: (state: DashboardState) => string;
  /** Prints the page (the brief's print button). */
  readonly print: () => void;
  /**
   * The line under the headlines saying how sure they are (from the How sure? view's spread of this
   * measure against this base), or an invitation to find out; with a link to that view.
   */
  readonly howSure?: (alternativeId: string, baseId: string) => HTMLElement;
  /** The footnote on what the measure's figures rest on (its sources, assumptions and uncertain inputs). */
  readonly footnote?: (alternativeId: string) => string;
  /** Whether the scenarios, levers or study settings have changed since the comparison shown was run. */
  readonly stale?: () => boolean;
}

/** The brief section: one page for policymakers on one alternative against the base. */
export interface BriefSection {
  /** Shows the brief of `run` (or says why there is none yet), for the alternative the state asks for. */
  render(run: ComparisonRun | null): void;
  /** The chart panels shown, to redraw when the view becomes visible or its width changes. */
  panels(): readonly ChartPanel[];
  /** Shows the last comparison's brief again (after a spread changes what it can say). */
  refresh(): void;
}

/**
 * Wires the brief: a choice of alternative (kept in the URL), the brief of the last comparison for it,
 * and a print button. The link in the brief reproduces the numbers shown: the state the comparison
 * was run with, opened on this brief. Charts are drawn only while the section is visible.
 */
export function briefSection(deps: BriefDependencies): BriefSection {
  const { document, ui } = deps;
  let shown: ChartPanel[] = [];
  let last: ComparisonRun | null = null;

  const render = (run: ComparisonRun | null): void => {
    last = run;
    if (run === null || run.comparison.results.length < 2) {
      ui.lede.textContent = run === null ? "Running the comparison…" : "Choose at least two scenarios: the brief reports a measure against the base.";
      ui.body.replaceChildren();
      shown = [];
      return;
    }
    const alternative = briefChoice(run.ids, deps.state().brief);
    ui.alternative.replaceChildren(...run.ids.slice(1).map((id, i) => new Option(run.titles[i + 1] ?? run.comparison.results[i + 1]?.scenario ?? id, id, false, i + 1 === alternative)));
    const link = deps.linkTo({ ...run.state, view: "brief", brief: run.ids[alternative] ?? null });
    // The brief's chart shows the base and the alternative: its settings name those two.
    const pair = [0, alternative];
    const chartSettings = comparisonChartSettings({
      comparison: { results: pair.flatMap((i) => run.comparison.results[i] ?? []), differences: [] },
      ids: pair.map((i) => run.ids[i] ?? ""),
      edits: Object.fromEntries(pair.flatMap((i) => { const id = run.ids[i] ?? ""; return run.edits[id] === undefined ? [] : [[id, run.edits[id]]]; })),
      state: run.state,
      opens: { view: "brief", brief: run.ids[alternative] ?? null },
      page: link.replace(/\?.*$/, ""),
    });
    const view = briefView(document, { comparison: run.comparison, alternative, settings: run.settings, link, titles: run.titles, chartSettings });
    ui.heading.textContent = view.heading;
    // As the comparison's note says it, so that a brief printed after a lever moved does not pass for the lever's numbers.
    const stale = deps.stale?.() === true;
    ui.lede.textContent = view.lede + (stale ? " Out of date: the settings changed after this run; press “Run comparison” before quoting." : "");
    if (stale) ui.lede.dataset["stale"] = "true";
    else delete ui.lede.dataset["stale"];
    ui.body.replaceChildren(...view.body);
    const sure = deps.howSure?.(run.ids[alternative] ?? "", run.ids[0] ?? "");
    if (sure !== undefined) ui.body.firstElementChild?.after(sure);
    const footnote = deps.footnote?.(run.ids[alternative] ?? "") ?? "";
    // Inside the method block, which ends the page, so the printed brief keeps to one A4 sheet.
    if (footnote !== "") (ui.body.lastElementChild ?? ui.body).append(Object.assign(document.createElement("p"), { className: "brief-footnote", textContent: footnote }));
    shown = [...view.panels];
    if (!ui.section.hidden) for (const p of shown) p.update();
    ui.section.dataset["status"] = "ready";
  };

  ui.alternative.addEventListener("change", () => {
    deps.saveChoice(ui.alternative.value);
    render(last);
  });
  ui.print.addEventListener("click", () => deps.print());

  return { render, panels: () => shown, refresh: () => render(last) };
}
