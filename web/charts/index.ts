// The dashboard's charts: pure functions from result objects to SVG. This file only re-exports.
export { activityChart, type ActivityChartOptions } from "./activity-chart.js";
export type { ChartOptions } from "./chart-options.js";
export { crossingDistributionChart, type CrossingDistributionChartOptions } from "./crossing-distribution-chart.js";
export { crossingTimeChart, type CrossingTimeChartOptions } from "./crossing-time-chart.js";
export { differenceChart, type DifferenceChartOptions } from "./difference-chart.js";
export { distributionLabel } from "./distribution-label.js";
export { exportSvg, type ExportSvgOptions } from "./export-svg.js";
export { directionIds, directionLabel, metricLabel, stageLabel, type MetricLabel } from "./labels.js";
export { getEstimate } from "./metric-path.js";
export { hockeyStickChart, type HockeyCurve, type HockeyStickChartOptions } from "./hockey-stick-chart.js";
export { classColors, diagramPlotWidth, laneFill, networkDiagram, serverFill, type NetworkDiagramOptions } from "./network-diagram.js";
export { maxServers, networkLayout, slotSpacing, type NetworkLayout, type Point, type RouteLayout, type SourceLayout, type StationLayout } from "./network-layout.js";
export { categoryColor, directionColors, ink, okabeIto, scenarioColor } from "./palette.js";
export { queueSeriesChart, type QueueSeriesChartOptions } from "./queue-series-chart.js";
export { sweepChart, type SweepChartOptions } from "./sweep-chart.js";
export { formatValue, theoryPanel, theoryRows, type TheoryPanelData, type TheoryPanelOptions, type TheoryRow, type Verdict } from "./theory-panel.js";
export { throughputChart, type ThroughputChartOptions } from "./throughput-chart.js";
export { welchChart, type WelchChartOptions, type WelchData } from "./welch-chart.js";
