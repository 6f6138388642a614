import { loadScenario, type NetworkScenario } from "../../../src/scenario/index.js";

/**
 * The lessons' models, all with a mean service time of 1 minute so utilisation is the arrival rate per
 * server: one desk (lesson 1), one desk with service of a chosen variability (lesson 2), and two desks
 * sharing one line against two desks with a line each (lesson 3).
 */

/** How long and how often the lessons' sweeps run each model: enough for intervals a student can read. */
export interface LessonRun {
  /** Run length and warm-up, in minutes. */
  readonly horizon: number;
  readonly warmup: number;
  readonly replications: number;
}

/** The sweeps' run: 30,000 minutes after 3,000 of warm-up, 4 replications. */
export const sweepRun: LessonRun = { horizon: 30000, warmup: 3000, replications: 4 };
/** The animated model's run: one replication, long enough to watch, short enough to start at once. */
export const liveRun: LessonRun = { horizon: 3000, warmup: 300, replications: 1 };

/** Utilisations the sweeps simulate. */
export const sweepUtilisations: readonly number[] = [0.3, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95];
/** Utilisations the theory lines are drawn at. */
export const theoryGrid: readonly number[] = Array.from({ length: 98 }, (_, i) => (i + 1) / 100);

function network(json: object): NetworkScenario {
  const loaded = loadScenario(JSON.stringify({ model: "network", seed: 1, ...json }), "lesson");
  if (!loaded.ok || loaded.scenario.model !== "network") {
    throw new Error(`lesson model does not load: ${loaded.ok ? "not a network" : loaded.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  }
  return loaded.scenario;
}

const exp = (mean: number) => ({ dist: "exponential", mean });

function checkUtilisation(rho: number): void {
  if (!(rho > 0 && rho < 1)) throw new RangeError(`utilisation must be in (0, 1), got ${rho}`);
}

/**
 * A service time of mean 1 minute and coefficient of variation `cv`: constant for 0, exponential for 1,
 * lognormal otherwise.
 */
export function serviceWithCv(cv: number): object {
  if (cv === 0) return { dist: "deterministic", value: 1 };
  if (cv === 1) return exp(1);
  return { dist: "lognormal", mean: 1, cv };
}

/** One desk at utilisation `rho` with service of variability `cv` (1: M/M/1, 0: M/D/1). @throws {RangeError} unless 0 < rho < 1. */
export function singleDesk(rho: number, cv: number, run: LessonRun): NetworkScenario {
  checkUtilisation(rho);
  const kind = cv === 1 ? "M/M/1" : cv === 0 ? "M/D/1" : `M/G/1, cv ${cv}`;
  return network({
    name: `${kind} at utilisation ${rho}`, ...run,
    arrivals: [{ to: "desk", class: "customer", interarrival: exp(1 / rho) }],
    stations: [{ id: "desk", service: serviceWithCv(cv) }],
  });
}

/**
 * Two desks sharing one line (M/M/2), each busy a fraction `rho` of the time. Its customers come in the
 * two streams separateDesks sends to the left and right desks (two Poisson streams make one of twice the
 * rate), and stream i draws from the same random numbers in both, so both models see the same customers
 * arrive at the same moments; only the lines differ. (Each desk draws its own service times.)
 * @throws {RangeError} unless 0 < rho < 1.
 */
export function pooledDesks(rho: number, run: LessonRun): NetworkScenario {
  checkUtilisation(rho);
  return network({
    name: `One line for two desks at utilisation ${rho}`, ...run,
    arrivals: [
      { to: "shared", class: "customer", interarrival: exp(1 / rho) },
      { to: "shared", class: "customer", interarrival: exp(1 / rho) },
    ],
    stations: [{ id: "shared", servers: 2, service: exp(1) }],
  });
}

/** Two desks with a line each, half the customers to each (two M/M/1), each busy `rho`. @throws {RangeError} unless 0 < rho < 1. */
export function separateDesks(rho: number, run: LessonRun): NetworkScenario {
  checkUtilisation(rho);
  return network({
    name: `A line for each of two desks at utilisation ${rho}`, ...run,
    arrivals: [
      { to: "left", class: "customer", interarrival: exp(1 / rho) },
      { to: "right", class: "customer", interarrival: exp(1 / rho) },
    ],
    stations: [{ id: "left", service: exp(1) }, { id: "right", service: exp(1) }],
  });
}
