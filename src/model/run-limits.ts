import { SimulationError } from "../engine/index.js";
import type { Station } from "./station.js";

/** What a cap's message needs of a station (a `Station` or a `FlowStation`). */
type LoadedStation = Pick<Station, "id" | "offeredLoad">;

/**
 * Guards against runs that would never end or would exhaust memory: an overloaded queue on a long
 * horizon, an arrival rate far beyond the model's capacity, customers that never leave. Both
 * are checked where customers enter the system, so they cost one comparison per arrival.
 */
export interface RunLimits {
  /** Most customers (trucks) in the system at once, waiting or in service. @default 50000 */
  readonly maxInSystem: number;
  /** Most customers (trucks) arriving in one replication, returns included. @default 2000000 */
  readonly maxArrivals: number;
  /** Most events in one replication (arrivals, service ends, moves between stations...): catches customers that loop almost for ever. @default 100000000 */
  readonly maxEvents: number;
}

/** The limits used when none are given: far above any bundled scenario (the harvest-peak border keeps about 1,000 trucks at once and sees 141,000 a year; a year of the baseline is a few million events). */
export const DEFAULT_RUN_LIMITS: RunLimits = { maxInSystem: 50_000, maxArrivals: 2_000_000, maxEvents: 100_000_000 };

/** A run stopped by one of its {@link RunLimits}; the message says what grew, where and why. */
export class RunLimitError extends Error {
  override readonly name = "RunLimitError";
}

/** The station with the highest offered load so far, in words: `station "desk" (offered load rho = 9.97)`. */
function busiest(stations: readonly LoadedStation[], now: number): { text: string; rho: number } {
  let best: LoadedStation | undefined;
  let rho = -Infinity;
  for (const s of stations) {
    const r = s.offeredLoad(now);
    if (r > rho) {
      rho = r;
      best = s;
    }
  }
  return best === undefined ? { text: "no station", rho: 0 } : { text: `station ${JSON.stringify(best.id)} (offered load rho = ${rho.toFixed(2)})`, rho };
}

/**
 * The error for `inSystem` customers reaching the cap at time `now`, naming the station that
 * cannot keep up: offered load rho = work arriving per unit time / servers, >= 1 when its line grows without bound.
 */
export function inSystemLimit(limits: RunLimits, stations: readonly LoadedStation[], now: number, unit: string): RunLimitError {
  const { text, rho } = busiest(stations, now);
  const why = rho >= 1
    ? `the line grows without bound at ${text}: rho >= 1 means work arrives faster than its servers can do it; lower the arrivals or add servers`
    : `no station is overloaded (the busiest is ${text}); if this many are expected, raise the cap with --max-in-system N`;
  return new RunLimitError(`${limits.maxInSystem} customers in the system at once at time ${now.toPrecision(6)} ${unit} (the cap, --max-in-system): ${why}`);
}

/** The error for arrivals reaching the cap at time `now` of a run of `horizon`. */
export function arrivalsLimit(limits: RunLimits, now: number, horizon: number, unit: string): RunLimitError {
  const expected = now > 0 ? ` (about ${((limits.maxArrivals * horizon) / now).toExponential(1)} in the whole run)` : "";
  return new RunLimitError(
    `${limits.maxArrivals} arrivals in one replication by time ${now.toPrecision(6)} of ${horizon} ${unit}${expected} ` +
      "(the cap, --max-arrivals): lower the arrival rate or shorten the run, or raise the cap with --max-arrivals N",
  );
}

/** The error for a replication that used up its events by time `now` of a run of `horizon`, naming the busiest station. */
export function eventsLimit(limits: RunLimits, stations: readonly LoadedStation[], now: number, horizon: number, unit: string): RunLimitError {
  const { text } = busiest(stations, now);
  return new RunLimitError(
    `${limits.maxEvents} events in one replication by time ${now.toPrecision(6)} of ${horizon} ${unit} (the cap, --max-events; ` +
      `the busiest is ${text}): customers may be sent round a loop of routes almost for ever, or the run is far longer than it needs; ` +
      "lower the routes' return probabilities or shorten the run, or raise the cap with --max-events N",
  );
}

/** Runs `run`, letting a RunLimitError thrown inside a process out as itself rather than wrapped in a SimulationError. */
export function withinLimits<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SimulationError && error.cause instanceof RunLimitError) throw error.cause;
    throw error;
  }
}
