import { activityChart, crossingDistributionChart, crossingTimeChart, differenceChart, queueSeriesChart, throughputChart } from "../charts/index.js";
import type { ComparisonResult, DirectionId, StudyResult } from "../../src/scenario/index.js";
import { chartPanel, type ChartPanel, type PanelChoice } from "./chart-panel.js";
import type { ChartSettings } from "./chart-settings.js";
import { directionChoices, directionMetrics } from "./metric-choices.js";

/** Chart width in pixels from which the activity chart's legend has room for the scenario files' long stage labels. */
const wideEnoughForLabels = 600;

const directionChoice: PanelChoice = { name: "direction", label: "Direction", options: directionChoices, value: "kg-to-kz" };

function scenarioChoice(results: readonly StudyResult[]): PanelChoice {
  return { name: "scenario", label: "Scenario", options: results.map((r, i) => [String(i), r.scenario]), value: "0" };
}

function pick(results: readonly StudyResult[], index: string | undefined): StudyResult {
  return results[Number(index)] ?? (results[0] as StudyResult);
}

/**
 * The comparison's charts, in the order a planner reads them: crossing time by scenario, the paired
 * difference against the base, trucks per day, the road queue over the day and over the days, time by
 * activity, and the distribution of crossing times. `stageLabels` names stage ids as the scenario files do.
 */
export function comparisonPanels(
  document: Document,
  comparison: ComparisonResult,
  stageLabels: Readonly<Record<string, string>>,
  /** The settings that made the comparison, stated in every exported chart. */
  settings?: ChartSettings,
): ChartPanel[] {
  const { results } = comparison;
  const base = results[0]?.scenario ?? "the base";
  const panels: ChartPanel[] = [
    chartPanel(document, {
      ...(settings === undefined ? {} : { settings }),
      id: "crossing-time",
      heading: "Crossing time by scenario and direction",
      render: (width) => crossingTimeChart(results, { document, width }),
    }),
  ];
  if (results.length > 1) {
    panels.push(chartPanel(document, {
      ...(settings === undefined ? {} : { settings }),
      id: "difference",
      heading: `Paired difference against ${base}`,
      choices: [
        { name: "metric", label: "Metric", options: directionMetrics, value: "crossingHours" },
        directionChoice,
      ],
      render: (width, c) => differenceChart(comparison, { document, width, metric: `directions.${c["direction"]}.${c["metric"]}` }),
    }));
  }
  panels.push(
    chartPanel(document, {
      ...(settings === undefined ? {} : { settings }),
      id: "throughput",
      heading: "Trucks crossed per day",
      render: (width) => throughputChart(results, { document, width }),
    }),
    chartPanel(document, {
      ...(settings === undefined ? {} : { settings }),
      id: "queue",
      heading: "Road queue over the day and over the days",
      choices: [
        scenarioChoice(results),
        directionChoice,
        { name: "by", label: "Over", options: [["hourOfDay", "hours of the day"], ["day", "simulated days"]], value: "hourOfDay" },
      ],
      render: (width, c) => queueSeriesChart(pick(results, c["scenario"]), {
        document, width, direction: c["direction"] as DirectionId, by: c["by"] === "day" ? "day" : "hourOfDay",
      }),
    }),
    chartPanel(document, {
      ...(settings === undefined ? {} : { settings }),
      id: "activity",
      heading: "Time by activity",
      choices: [directionChoice],
      // The files' stage labels are sentences; on a narrow chart the legend cannot fit them, and the ids' short names must do.
      render: (width, c) => activityChart(results, { document, width, direction: c["direction"] as DirectionId, ...(width >= wideEnoughForLabels ? { stageLabels } : {}) }),
    }),
    chartPanel(document, {
      ...(settings === undefined ? {} : { settings }),
      id: "distribution",
      heading: "Distribution of crossing times",
      choices: [
        scenarioChoice(results),
        directionChoice,
        { name: "kind", label: "As", options: [["histogram", "histogram"], ["ecdf", "share crossed within a time"]], value: "histogram" },
      ],
      render: (width, c) => crossingDistributionChart(pick(results, c["scenario"]), {
        document, width, direction: c["direction"] as DirectionId, kind: c["kind"] === "ecdf" ? "ecdf" : "histogram",
      }),
    }),
  );
  return panels;
}
