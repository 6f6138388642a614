/**
 * Named chart snapshots: each function returns one SVG, compared with `test/output/<function name>.svg`.
 * They render the hand-written fixtures, never the simulator, at the widths the dashboard must support.
 */
import { activityChart } from "../../../web/charts/activity-chart.js";
import { arrivalProfileChart } from "../../../web/charts/arrival-profile-chart.js";
import { crossingDistributionChart } from "../../../web/charts/crossing-distribution-chart.js";
import { crossingTimeChart } from "../../../web/charts/crossing-time-chart.js";
import { differenceChart } from "../../../web/charts/difference-chart.js";
import { fitHistogramChart } from "../../../web/charts/fit-histogram-chart.js";
import { qqChart } from "../../../web/charts/qq-chart.js";
import { queueSeriesChart } from "../../../web/charts/queue-series-chart.js";
import { optimizationChart } from "../../../web/charts/optimization-chart.js";
import { sweepChart } from "../../../web/charts/sweep-chart.js";
import { sweepGridChart } from "../../../web/charts/sweep-grid-chart.js";
import { throughputChart } from "../../../web/charts/throughput-chart.js";
import { harvestResult, nothingFeasible, p95 } from "./optimization-fixtures.js";
import { tornadoChart } from "../../../web/charts/tornado-chart.js";
import { spreadChart } from "../../../web/charts/spread-chart.js";
import { sealsInputLabels, sealsSpread, sealsTornado } from "./analysis-fixtures.js";
import { comparison, scenarioAt, scenarios, sealShareByLanes, sealShareSweep, withoutIntervals } from "./fixtures.js";

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

export function sweepGridCrossingTime(): SVGSVGElement {
  return sweepGridChart(sealShareByLanes, {
    document, metric: "directions.kg-to-kz.crossingHours", columnLabel: "Share of trucks under electronic seal", rowLabel: "X-ray lanes",
  });
}

export function sweepGridNarrow(): SVGSVGElement {
  return sweepGridChart(sealShareByLanes, { document, metric: "directions.kg-to-kz.queueTrucks", columnLabel: "Seal share", rowLabel: "X-ray lanes", width: 360 });
}

export function optimizationHarvest(): SVGSVGElement {
  return optimizationChart(harvestResult, { document, metric: p95, target: { max: 12 }, costUnit: "k$/year" });
}

export function optimizationNarrowNothingFeasible(): SVGSVGElement {
  return optimizationChart(nothingFeasible, { document, metric: p95, target: { max: 12 }, width: 360 });
}

// Records for the fit charts: 120 values spread by a fixed rule (no random numbers), and two densities
// written out in closed form here (exponential with mean 4; uniform on [1, 9]).
const fitValues = Array.from({ length: 120 }, (_, i) => 1 + 8 * ((i * 0.6180339887) % 1) ** 1.5);
const fitDensities = [
  { label: "exponential (mean 4)", points: Array.from({ length: 101 }, (_, i) => ({ x: i / 10, density: Math.exp(-i / 40) / 4 })) },
  { label: "uniform (min 1, max 9)", points: Array.from({ length: 101 }, (_, i) => ({ x: i / 10, density: i / 10 >= 1 && i / 10 <= 9 ? 1 / 8 : 0 })) },
];

export function fitHistogram(): SVGSVGElement {
  return fitHistogramChart({ what: "X-ray scan", unit: "minutes", values: fitValues, fits: fitDensities }, { document });
}

export function fitHistogramNarrow(): SVGSVGElement {
  return fitHistogramChart({ what: "X-ray scan", unit: "minutes", values: fitValues, fits: fitDensities }, { document, width: 360 });
}

export function qqAgainstFit(): SVGSVGElement {
  // Observed quantiles against a reference whose upper tail is too short: the dots bend above the line.
  const points = Array.from({ length: 40 }, (_, i) => ({ reference: 1 + i / 5, observed: 1 + i / 5 + (i > 30 ? (i - 30) ** 2 / 20 : 0) }));
  return qqChart({ reference: "lognormal (mean 4.6, cv 0.3)", observedLabel: "Records (minutes)", referenceLabel: "Fitted lognormal (minutes)", points }, { document });
}

// A check against simulated runs, hand-written: reference quantiles of an exponential with mean 2.5 h
// at (i + ½)/100, observed ones equal below p = 0.8 and a longer tail above, and a band from 0.6 to 1.6
// times the reference, as a prediction interval on the log scale would be (wider above than below).
const checkPoints = Array.from({ length: 100 }, (_, i) => {
  const p = (i + 0.5) / 100;
  const reference = -2.5 * Math.log(1 - p);
  return { reference, observed: reference * (p > 0.8 ? 1 + (p - 0.8) * 1.5 : 1), lo: reference * 0.6, hi: reference * 1.6 };
});

export function qqCheckAgainstRuns(): SVGSVGElement {
  return qqChart({
    reference: "the simulated crossing times of baseline",
    observedLabel: "Observed crossing time (hours)",
    referenceLabel: "Simulated crossing time (hours)",
    bandLabel: "95% prediction interval for one week",
    points: checkPoints,
  }, { document });
}

export function qqCheckNarrow(): SVGSVGElement {
  return qqChart({
    reference: "the simulated crossing times of baseline",
    observedLabel: "Observed crossing time (hours)",
    referenceLabel: "Simulated crossing time (hours)",
    points: checkPoints,
  }, { document, width: 360 });
}

// Hand-written multipliers: 0.7 at night and 1.2 by day, intervals ±0.08; weekdays falling at the weekend.
const hourly = Array.from({ length: 24 }, (_, h) => (h >= 7 && h < 21 ? 1.2 : 0.72));
const byHour = hourly.map((m) => ({ mean: m, halfWidth: 0.08, lo: m - 0.08, hi: m + 0.08 }));
const byWeekday = [1.06, 1.06, 1.06, 1.06, 1.06, 0.95, 0.75].map((m) => ({ mean: m, halfWidth: 0.05, lo: m - 0.05, hi: m + 0.05 }));

export function arrivalsByHour(): SVGSVGElement {
  return arrivalProfileChart({ where: "Kyrgyzstan → Kazakhstan", by: "hour", estimates: byHour }, { document });
}

export function arrivalsByWeekdayNarrow(): SVGSVGElement {
  return arrivalProfileChart({ where: "Kyrgyzstan → Kazakhstan", by: "weekday", estimates: byWeekday }, { document, width: 360 });
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
