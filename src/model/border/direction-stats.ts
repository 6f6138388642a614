import { Histogram, QuantileSketch, Tally, TimeWeighted } from "../../engine/index.js";

/** Edges of the crossing-time histogram, in hours: 0, 1, ..., 72. */
export const CROSSING_HISTOGRAM_EDGES: readonly number[] = Array.from({ length: 73 }, (_, h) => h);

/** Crossing times of one class of truck. */
export interface ClassStats {
  readonly crossing: Tally;
  readonly wait: Tally;
}

/**
 * What one direction observed: crossing and waiting times (constant memory: tallies, a quantile
 * sketch, a fixed-bin histogram), counts, and the road queue by hour of day and by day. Counts
 * `arrived`, `crossed`, `turnedBack`, `returned`, `away` and `leftForGood` cover the whole run (for
 * the accounting of every truck); the rest cover the observation window from the last `reset`.
 */
export class DirectionStats {
  /** Hours from arrival to leaving the last post, per truck that crossed. */
  readonly crossing = new Tally();
  /** Hours not under control (queue, waits at stages, documents hold), per truck that crossed. */
  readonly wait = new Tally();
  /** Hours waiting for a checkpoint place (road, centre or booked slot), per truck that crossed. */
  readonly gateWait = new Tally();
  /** Hours held aside for missing documents (0 for a truck whose documents were complete), per truck that crossed. */
  readonly documentsHold = new Tally();
  quantiles = new QuantileSketch();
  histogram = new Histogram(CROSSING_HISTOGRAM_EDGES);
  /** Trucks that arrived (first arrivals and returns), crossed, were turned back, since time 0. */
  arrived = 0;
  crossed = 0;
  turnedBack = 0;
  /** Turned-back trucks that came back with their documents (each also counted in `arrived`), since time 0. */
  returned = 0;
  /** Turned-back trucks that will come back and have not yet: away fetching their documents now. */
  away = 0;
  /** Turned-back trucks that do not come back, since time 0. */
  leftForGood = 0;
  /** Trucks that crossed, were turned back, came back, in the observation window. */
  crossedInWindow = 0;
  turnedBackInWindow = 0;
  returnedInWindow = 0;
  /** Sum over observed days of the mean road queue in each hour of the day (trucks). */
  readonly roadByHour = new Float64Array(24);
  /** Days observed for each hour of the day. */
  readonly hoursObserved = new Float64Array(24);
  /** Mean road queue of each whole day observed (trucks). */
  readonly roadByDay: number[] = [];
  private dayTotal = 0;
  private dayHours = 0;

  /** Records a truck that left the last post. */
  recordCrossing(crossingHours: number, waitHours: number, gateWaitHours: number, documentsHoldHours: number, byClass: ClassStats): void {
    this.crossed++;
    this.crossedInWindow++;
    this.crossing.observe(crossingHours);
    this.wait.observe(waitHours);
    this.gateWait.observe(gateWaitHours);
    this.documentsHold.observe(documentsHoldHours);
    this.quantiles.add(crossingHours);
    this.histogram.add(crossingHours);
    byClass.crossing.observe(crossingHours);
    byClass.wait.observe(waitHours);
  }

  /** Records the mean road queue (trucks) of an observed hour of the day, 0 to 23. */
  recordHour(hourOfDay: number, meanRoadTrucks: number): void {
    this.roadByHour[hourOfDay] = (this.roadByHour[hourOfDay] as number) + meanRoadTrucks;
    this.hoursObserved[hourOfDay] = (this.hoursObserved[hourOfDay] as number) + 1;
    this.dayTotal += meanRoadTrucks;
    if (++this.dayHours === 24) {
      this.roadByDay.push(this.dayTotal / 24);
      this.dayTotal = 0;
      this.dayHours = 0;
    }
  }

  /** Forgets the observation window so far (end of warm-up); the whole-run counts carry on. */
  reset(): void {
    this.crossing.reset();
    this.wait.reset();
    this.gateWait.reset();
    this.documentsHold.reset();
    this.quantiles = new QuantileSketch();
    this.histogram = new Histogram(CROSSING_HISTOGRAM_EDGES);
    this.crossedInWindow = 0;
    this.turnedBackInWindow = 0;
    this.returnedInWindow = 0;
  }

  /** Histogram counts with the trucks above the last edge added to the last bin. */
  histogramCounts(): number[] {
    const counts = this.histogram.counts;
    counts[counts.length - 1] = (counts[counts.length - 1] as number) + this.histogram.overflow;
    return counts;
  }
}

/** Statistics over both directions: trucks in the system and their times (hours). */
export class SystemStats {
  /** Trucks arrived and not yet gone (waiting or in a checkpoint), over time. */
  readonly inSystem: TimeWeighted;
  readonly timeInSystem = new Tally();
  readonly waitInQueue = new Tally();
  quantiles = new QuantileSketch();
  departures = 0;
  population = 0;

  constructor(now: number) {
    this.inSystem = new TimeWeighted(now, 0);
  }

  /** Forgets the observation window so far (end of warm-up). */
  reset(now: number): void {
    this.inSystem.reset(now);
    this.timeInSystem.reset();
    this.waitInQueue.reset();
    this.quantiles = new QuantileSketch();
    this.departures = 0;
  }
}
