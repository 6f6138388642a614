import { crossingTimeChart } from "../charts/index.js";
import type { ComparisonResult, StudyResult } from "../../src/scenario/index.js";
import { briefHeadlines } from "./brief-headlines.js";
import { chartPanel, type ChartPanel } from "./chart-panel.js";
import type { ChartSettings } from "./chart-settings.js";
import { headlineCards } from "./headline-cards.js";
import { briefMethod, runWindows } from "./run-notes.js";
import type { StudySettings } from "./study-settings.js";

/** The scenario a brief reports when the link names none: both measures together, if compared. */
const preferredAlternative = "seals-and-unified";

/**
 * Which result (index ≥ 1) the brief reports against the base (index 0): the one the link asks for,
 * else both measures together, else the last one.
 * @example briefChoice(["baseline", "seals", "seals-and-unified", "unified"], null) // => 2
 */
export function briefChoice(ids: readonly string[], wanted: string | null): number {
  const asked = wanted === null ? -1 : ids.indexOf(wanted);
  if (asked > 0) return asked;
  const preferred = ids.indexOf(preferredAlternative);
  return preferred > 0 ? preferred : ids.length - 1;
}

/** The brief's parts: heading and lede as text, the body as nodes, and its chart panel to draw once visible. */
export interface BriefContent {
  readonly heading: string;
  readonly lede: string;
  readonly body: readonly Node[];
  readonly panels: readonly ChartPanel[];
}

/**
 * The one-page brief for policymakers: what the measure would change, three headline numbers with
 * their intervals, one chart (crossing time of the base and the measure), and how the numbers were
 * made, with a link that reproduces the page.
 */
export function briefView(
  document: Document,
  options: {
    readonly comparison: ComparisonResult; readonly alternative: number; readonly settings: StudySettings; readonly link: string;
    /** Each result's name for people (its scenario's title); the scenario names when absent. */
    readonly titles?: readonly string[];
    /** The settings that made the chart, stated in its SVG and PNG downloads. */
    readonly chartSettings?: ChartSettings;
  },
): BriefContent {
  const { comparison, settings } = options;
  const base = comparison.results[0] as StudyResult;
  const alt = comparison.results[options.alternative] as StudyResult;
  const baseTitle = options.titles?.[0] ?? base.scenario;
  const altTitle = options.titles?.[options.alternative] ?? alt.scenario;
  const panel = chartPanel(document, {
    ...(options.chartSettings === undefined ? {} : { settings: options.chartSettings }),
    id: "brief-crossing-time",
    heading: `Crossing time, ${baseTitle} and ${altTitle}`,
    // A page-wide chart would print at a smaller scale than the cards above it; 720 px reads well on A4.
    render: (width) => crossingTimeChart([base, alt], { document, width: Math.min(width, 720) }),
  });
  const method = document.createElement("p");
  method.textContent = briefMethod(settings, runWindows([base, alt]), base.seed);
  const link = document.createElement("p");
  link.className = "brief-link";
  const anchor = document.createElement("a");
  anchor.href = options.link;
  anchor.textContent = options.link;
  link.append("This brief: ", anchor);
  const methodBlock = document.createElement("div");
  methodBlock.className = "brief-method";
  methodBlock.append(method, link);
  return {
    heading: `What “${altTitle}” would change at Karasu / Ak-Tilek`,
    lede: `Simulated freight trucks crossing the Kazakhstan–Kyrgyzstan border, in both directions, under “${altTitle}” compared with “${baseTitle}”. ` +
      "Every figure is a mean with its 95% confidence interval.",
    body: [headlineCards(document, briefHeadlines(comparison, alt.scenario, baseTitle), settings.replications), panel.element, methodBlock],
    panels: [panel],
  };
}
