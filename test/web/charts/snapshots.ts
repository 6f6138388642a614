/**
 * Named chart snapshots: each function returns one SVG, compared with `test/output/<function name>.svg`.
 * They render the hand-written fixtures, never the simulator, at the widths the dashboard must support.
 */
import { activityChart } from "../../../web/charts/activity-chart.js";
import { crossingDistributionChart } from "../../../web/charts/crossing-distribution-chart.js";
import { crossingTimeChart } from "../../../web/charts/crossing-time-chart.js";
import { differenceChart } from "../../../web/charts/difference-chart.js";
import { queueSeriesChart } from "../../../web/charts/queue-series-chart.js";
import { sweepChart } from "../../../web/charts/sweep-chart.js";
import { throughputChart } from "../../../web/charts/throughput-chart.js";
import { tornadoChart } from "../../../web/charts/tornado-chart.js";
import { spreadChart } from "../../../web/charts/spread-chart.js";
import { sealsInputLabels, sealsSpread, sealsTornado } from "./analysis-fixtures.js";
import { comparison, scenarioAt, scenarios, sealShareSweep, withoutIntervals } from "./fixtures.js";

export function crossingTimeFiveScenarios(): SVGSVGElement {
  return crossingTimeChart(scenarios, { document });
}

export function crossingTimeNarrow(): SVGSVGElement {
  return crossingTimeChart(scenarios, { document, width: 360 });
}

export function crossingTimeOneReplication(): SVGSVGElement {
  return crossingTimeChart([withoutIntervals(scenarioAt(0)), scenarioAt(1)], { document, directions: ["kg-to-kz"] });
}

export function throughputWide(): SVGSVGElement {
  return throughputChart(scenarios, { document, width: 960 });
}

export function differenceCrossingTime(): SVGSVGElement {
  return differenceChart(comparison, { document, metric: "directions.kg-to-kz.crossingHours" });
}

export function differenceThroughputNarrow(): SVGSVGElement {
  return differenceChart(comparison, { document, metric: "directions.kz-to-kg.trucksPerDay", width: 360 });
}

export function queueByHourOfDay(): SVGSVGElement {
  return queueSeriesChart(scenarioAt(0), { document, direction: "kg-to-kz", by: "hourOfDay" });
}

export function queueByDayNarrow(): SVGSVGElement {
  return queueSeriesChart(scenarioAt(0), { document, direction: "kz-to-kg", by: "day", width: 360 });
}

export function activityKgToKz(): SVGSVGElement {
  return activityChart(scenarios, { document, direction: "kg-to-kz" });
}

export function activityKzToKgNarrow(): SVGSVGElement {
  return activityChart(scenarios, { document, direction: "kz-to-kg", width: 360 });
}

export function crossingHistogram(): SVGSVGElement {
  return crossingDistributionChart(scenarioAt(0), { document, direction: "kg-to-kz" });
}

export function crossingEcdfWide(): SVGSVGElement {
  return crossingDistributionChart(scenarioAt(3), { document, direction: "kz-to-kg", kind: "ecdf", width: 960 });
}

export function sweepCrossingTime(): SVGSVGElement {
  return sweepChart(sealShareSweep, { document, metric: "directions.kg-to-kz.crossingHours", parameterLabel: "Share of trucks under electronic seal" });
}

export function sweepSystemNarrow(): SVGSVGElement {
  return sweepChart(sealShareSweep, { document, metric: "system.timeInSystem", label: "Time in system", unit: "hours", width: 360 });
}

export function tornadoSealsCrossing(): SVGSVGElement {
  return tornadoChart(sealsTornado, { document, inputLabels: sealsInputLabels });
}

export function tornadoNarrow(): SVGSVGElement {
  return tornadoChart(sealsTornado, { document, width: 360 });
}

export function spreadSealsEffect(): SVGSVGElement {
  return spreadChart(sealsSpread, { document });
}

export function spreadNarrow(): SVGSVGElement {
  return spreadChart(sealsSpread, { document, width: 360 });
}
