import { Simulation, randomStream } from "../../engine/index.js";
import type { FlowStation } from "../flow-station.js";
import { DEFAULT_RUN_LIMITS, eventsLimit, withinLimits, type RunLimits } from "../run-limits.js";
import { BorderDirection, type BorderShared } from "./border-direction.js";
import type { BorderDirectionId, BorderSpec } from "./border-spec.js";
import type { BorderTrace } from "./border-trace.js";
import { CROSSING_HISTOGRAM_EDGES, SystemStats, type ClassStats } from "./direction-stats.js";

/** Both directions, in the order results list them. */
export const BORDER_DIRECTIONS: readonly BorderDirectionId[] = ["kg-to-kz", "kz-to-kg"];

/**
 * Every truck of one direction accounted for, over the whole run (warm-up included):
 * arrived = crossed + turnedBack + inside, and turnedBack = returned + away + leftForGood.
 */
export interface TruckAccounting {
  /** Arrivals at the back of the queue: first arrivals plus returns. */
  readonly arrived: number;
  /** Of `arrived`, trucks that came back with their documents after being turned back. */
  readonly returned: number;
  readonly crossed: number;
  /** Trucks turned back for missing documents (never a returning truck: it has them). */
  readonly turnedBack: number;
  /** Turned-back trucks that will come back but have not when the run ends (away fetching documents). */
  readonly away: number;
  /** Turned-back trucks that do not come back. */
  readonly leftForGood: number;
  /** Trucks still waiting for a checkpoint place or inside a checkpoint when the run ends. */
  readonly inside: number;
}

/** One replication of the border: flat metrics keyed by dotted path, series, histograms and the accounting of trucks. */
export interface BorderRun {
  /** Warm-up discarded, in hours. */
  readonly warmup: number;
  /** Scalar metrics by dotted path (`directions.kg-to-kz.crossingHours.p95`), in a fixed order; times in hours. */
  readonly metrics: Record<string, number>;
  /** `<direction>.queueByHourOfDay` (24 values) and `<direction>.queueByDay` (one per observed day): mean road queue, trucks. */
  readonly series: Record<string, number[]>;
  /** `<direction>.crossingHistogram`: crossing hours by 1-hour bins from 0 to 72, trucks above 72 h in the last bin. */
  readonly histograms: Record<string, { readonly edges: number[]; readonly counts: number[] }>;
  readonly accounting: Readonly<Record<BorderDirectionId, TruckAccounting>>;
}

/** Options of one border replication. */
export interface BorderRunOptions {
  /** Caps on trucks in the system and arrivals per replication. @default DEFAULT_RUN_LIMITS */
  readonly limits?: RunLimits;
  /** Called with each event of each truck, for an animation; costs nothing when absent. */
  readonly trace?: BorderTrace;
  /**
   * Called with a station's lanes on duty (by its hours) and broken now: for each station at
   * time 0, then whenever either changes. Busy lanes follow from the trace's stage events.
   */
  readonly servers?: (timeHours: number, station: string, onDuty: number, broken: number) => void;
}

function stationsOf(directions: readonly BorderDirection[]): FlowStation[] {
  return directions.flatMap((d) => d.lines.flatMap((l) => (l.sealedLane === null ? [l.station] : [l.station, l.sealedLane])));
}

function watchServers(stations: readonly FlowStation[], now: number, report: NonNullable<BorderRunOptions["servers"]>): void {
  for (const station of stations) {
    let onDuty = station.scheduledCapacity;
    let broken = station.broken;
    report(now, station.id, onDuty, broken);
    // The station calls back on every shift change, failure and repair; report only those that change a number.
    station.onServers((r, t) => {
      if (r.scheduledCapacity === onDuty && r.broken === broken) return;
      onDuty = r.scheduledCapacity;
      broken = r.broken;
      report(t, station.id, onDuty, broken);
    });
  }
}

/**
 * @internal What replication `replication` of the border shares and both its directions, built and not
 * started: `runBorder` runs them; the bench's draws-only floor (test/bench/border-draws.ts) draws from them.
 */
export function borderDirections(
  spec: BorderSpec, replication: number, options: BorderRunOptions = {},
): { sim: Simulation; shared: BorderShared; directions: BorderDirection[] } {
  const sim = new Simulation();
  let trucks = 0;
  const shared: BorderShared = {
    sim,
    spec,
    stream: (name) => randomStream(spec.seed, replication, name),
    system: new SystemStats(0),
    classes: new Map<string, ClassStats>(),
    nextTruck: () => trucks++,
    trace: options.trace,
    limits: options.limits ?? DEFAULT_RUN_LIMITS,
    stations: [],
  };
  return { sim, shared, directions: BORDER_DIRECTIONS.map((id) => new BorderDirection(shared, id)) };
}

/**
 * Runs replication `replication` (0-based) of the border: both directions, each truck a process
 * through its direction's stages, statistics over (warm-up, horizon]. A pure function of its
 * arguments: the same spec and replication give the same numbers. Every source of randomness has
 * its own named stream, so scenarios that differ only in a measure share their random numbers.
 */
export function runBorder(spec: BorderSpec, replication: number, options: BorderRunOptions = {}): BorderRun {
  const horizon = spec.days * 24;
  const warmup = spec.warmupDays * 24;
  const { sim, shared, directions } = borderDirections(spec, replication, options);
  const stations = stationsOf(directions);
  shared.stations.push(...stations);
  if (options.servers !== undefined) watchServers(stations, sim.now, options.servers);
  for (const d of directions) d.start();

  // Every hour, the mean road queue of the hour that ended, for the hour-of-day and daily series.
  const hourEnded = (): void => {
    const now = sim.now;
    const hour = Math.round(now) - 1;
    for (const d of directions) {
      if (hour >= warmup) d.stats.recordHour(hour % 24, d.area.roadThisHour.mean(now));
      d.area.roadThisHour.reset(now);
    }
  };
  const tick = (): void => {
    hourEnded();
    sim.schedule(1, tick);
  };
  sim.schedule(1, tick);
  if (warmup > 0) {
    sim.schedule(warmup, () => {
      const now = sim.now;
      shared.system.reset(now);
      for (const c of shared.classes.values()) { c.crossing.reset(); c.wait.reset(); }
      for (const d of directions) {
        d.stats.reset();
        d.area.reset(now);
        for (const line of d.lines) { line.waits.reset(); line.services.reset(); }
      }
      for (const s of stations) s.reset();
    }, 0);
  }
  const limits = options.limits ?? DEFAULT_RUN_LIMITS;
  if (!withinLimits(() => sim.run(horizon, limits.maxEvents))) throw eventsLimit(limits, stations, sim.now, horizon, "hours");
  // run(horizon) leaves the events at exactly the horizon undone: close the last hour by hand.
  hourEnded();

  const now = sim.now;
  const spanHours = horizon - warmup;
  const spanDays = spanHours / 24;
  const metrics: Record<string, number> = {};
  const system = shared.system;
  metrics["system.throughput"] = system.departures / spanHours;
  if (system.timeInSystem.count > 0) {
    metrics["system.timeInSystem"] = system.timeInSystem.mean;
    metrics["system.waitInQueue"] = system.waitInQueue.mean;
    metrics["system.timeInSystem.p50"] = system.quantiles.quantile(0.5);
    metrics["system.timeInSystem.p90"] = system.quantiles.quantile(0.9);
    metrics["system.timeInSystem.p95"] = system.quantiles.quantile(0.95);
  }
  metrics["system.inSystem"] = system.inSystem.mean(now);

  const series: Record<string, number[]> = {};
  const histograms: Record<string, { edges: number[]; counts: number[] }> = {};
  const accounting = {} as Record<BorderDirectionId, TruckAccounting>;
  for (const d of directions) {
    const at = `directions.${d.id}`;
    const s = d.stats;
    if (s.crossing.count > 0) {
      const mean = s.crossing.mean;
      metrics[`${at}.crossingHours`] = mean;
      metrics[`${at}.crossingHours.p50`] = s.quantiles.quantile(0.5);
      metrics[`${at}.crossingHours.p90`] = s.quantiles.quantile(0.9);
      metrics[`${at}.crossingHours.p95`] = s.quantiles.quantile(0.95);
      metrics[`${at}.waitHours`] = s.wait.mean;
      metrics[`${at}.gateWaitHours`] = s.gateWait.mean;
      metrics[`${at}.documentsHoldHours`] = s.documentsHold.mean;
      if (mean > 0) metrics[`${at}.bufferIndex`] = (s.quantiles.quantile(0.95) - mean) / mean;
    }
    const queueTrucks = d.area.road.mean(now);
    metrics[`${at}.trucksPerDay`] = s.crossedInWindow / spanDays;
    metrics[`${at}.queueTrucks`] = queueTrucks;
    metrics[`${at}.queueKm`] = (queueTrucks * spec.metresPerTruck) / 1000;
    metrics[`${at}.maxQueueTrucks`] = d.area.road.max;
    metrics[`${at}.turnedBackPerDay`] = s.turnedBackInWindow / spanDays;
    if (spec.unified.turnBackIncomplete && spec.documents.returnShare > 0) metrics[`${at}.returnedPerDay`] = s.returnedInWindow / spanDays;
    if (spec.logisticsCentre.places > 0) metrics[`${at}.centreTrucks`] = d.area.centre.mean(now);
    if (spec.unified.electronicQueue.enabled) metrics[`${at}.bookedTrucks`] = d.area.booked.mean(now);
    for (const line of d.lines) {
      if (line.waits.count === 0) continue;
      metrics[`${at}.activities.${line.id}.waitHours`] = line.waits.mean;
      metrics[`${at}.activities.${line.id}.serviceHours`] = line.services.mean;
      metrics[`${at}.activities.${line.id}.trucksPerDay`] = line.waits.count / spanDays;
    }
    series[`${d.id}.queueByHourOfDay`] = Array.from(s.roadByHour, (total, h) => total / Math.max(1, s.hoursObserved[h] as number));
    series[`${d.id}.queueByDay`] = [...s.roadByDay];
    histograms[`${d.id}.crossingHistogram`] = { edges: [...CROSSING_HISTOGRAM_EDGES], counts: s.histogramCounts() };
    accounting[d.id] = {
      arrived: s.arrived, returned: s.returned, crossed: s.crossed, turnedBack: s.turnedBack, away: s.away, leftForGood: s.leftForGood,
      inside: d.area.waitingTrucks + d.area.zone.inUse,
    };
  }
  for (const station of stations) {
    for (const [name, value] of Object.entries(station.metrics())) {
      if (value !== undefined) metrics[`stations.${station.id}.${name}`] = value;
    }
  }
  for (const [name, c] of shared.classes) {
    if (c.crossing.count === 0) continue;
    metrics[`classes.${name}.crossingHours`] = c.crossing.mean;
    metrics[`classes.${name}.waitHours`] = c.wait.mean;
  }
  return { warmup, metrics, series, histograms, accounting };
}
