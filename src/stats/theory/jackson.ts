import { showValue } from "../../math/index.js";
import { checkInteger, checkNonNegative, checkPositive } from "../check.js";
import { mmc } from "./mmc.js";
import type { QueueMeasures, QueueResult } from "./queue-result.js";
import { neverLeaving, solveTrafficEquations } from "./traffic-equations.js";
import { readable } from "./unstable.js";

/** One station of an open Jackson network. */
export interface JacksonStation {
  /** Name of the station, unique in the network. */
  readonly id: string;
  /** Number of identical parallel servers, an integer >= 1. */
  readonly servers: number;
  /** Mean service time of one server, in the network's time unit, > 0. */
  readonly meanService: number;
  /**
   * Squared coefficient of variation of the service time; Jackson's theorem needs 1 (exponential).
   * @default 1
   */
  readonly serviceScv?: number;
}

/** An open Jackson network: stations, where customers enter, and where they go next. */
export interface JacksonNetwork {
  readonly stations: readonly JacksonStation[];
  /** External arrivals per time unit, by station id; stations not listed get none. */
  readonly externalArrivals: Readonly<Record<string, number>>;
  /** routing[from][to]: probability of going next to `to` after `from`; the rest of each row leaves the network. */
  readonly routing: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** One station's measures, as an M/M/c queue fed at its total arrival rate; W and Wq are per visit. */
export interface JacksonStationMeasures extends QueueMeasures {
  readonly id: string;
  /** Total arrival rate λ_i from the traffic equations (external plus routed), customers per time unit. */
  readonly arrivalRate: number;
  /** Mean visits per customer entering the network, λ_i / Σγ. */
  readonly visits: number;
  /** Probability that an arrival at this station waits (Erlang C). */
  readonly probabilityWait: number;
}

/**
 * The network as a whole: `utilization` is the busiest station's (the bottleneck), L and Lq are summed over
 * stations, and W = L/Σγ, Wq = Lq/Σγ are per customer entering the network (Little's law).
 */
export type JacksonResult = QueueResult<{
  readonly stations: readonly JacksonStationMeasures[];
  /** Σγ: customers entering (and, in steady state, leaving) the network per time unit. */
  readonly throughput: number;
  /** Id of the station with the highest utilization. */
  readonly bottleneck: string;
}>;

/**
 * An open Jackson network: Poisson arrivals from outside, exponential service, probabilistic routing.
 * Solves the traffic equations λ = γ + λP, then, by Jackson's theorem, treats each station as an
 * independent M/M/c queue fed at rate λ_i. Does not apply when a station's utilization is at least 1
 * or a station's service is not exponential (serviceScv other than 1); the reason names the station.
 * Cost: O(n³ + Σ servers) for n stations.
 *
 * @param network the stations, external arrival rates and routing probabilities, in one time unit
 * @returns per-station and whole-network exact measures, in input order, or applies: false with the reason
 * @throws {TypeError} if the network is not shaped as documented.
 * @throws {RangeError} if an id is empty or repeated or unknown, a rate, probability, server count or mean is
 *   out of range, a routing row sums above 1, customers at some station can never leave, or no customers enter.
 * @example
 * const r = jackson({ stations: [{ id: "a", servers: 1, meanService: 0.5 }], externalArrivals: { a: 1 }, routing: {} });
 * r.applies && r.W; // => 1
 */
export function jackson(network: JacksonNetwork): JacksonResult {
  const { stations, gamma, P } = parse(network);
  const trapped = neverLeaving(P);
  if (trapped.length > 0) {
    const names = trapped.map((i) => JSON.stringify(stations[i]!.id)).join(", ");
    throw new RangeError(
      `jackson: customers at ${names} can never leave the network (every route from there comes back), so no steady state exists`,
    );
  }
  const throughput = gamma.reduce((s, g) => s + g, 0);
  if (throughput === 0) throw new RangeError("jackson: externalArrivals must bring customers to at least one station, got a total of 0");
  const rates = solveTrafficEquations(gamma, P);
  const odd = stations.find((s) => (s.serviceScv ?? 1) !== 1);
  if (odd !== undefined) {
    return {
      applies: false,
      reason: `station ${JSON.stringify(odd.id)} has non-exponential service (squared coefficient of variation ${readable(odd.serviceScv ?? 1)}), so Jackson's product form does not hold: simulate the network instead`,
    };
  }
  const measures: JacksonStationMeasures[] = [];
  const unstable: string[] = [];
  stations.forEach((s, i) => {
    const arrivalRate = rates[i]!;
    const q = mmc(arrivalRate, 1 / s.meanService, s.servers);
    if (!q.applies) {
      const rho = (arrivalRate * s.meanService) / s.servers;
      unstable.push(`${JSON.stringify(s.id)} (utilization λ/(cμ) = ${readable(rho)})`);
      return;
    }
    const { utilization, L, Lq, W, Wq, probabilityWait } = q;
    measures.push({ id: s.id, arrivalRate, visits: arrivalRate / throughput, utilization, L, Lq, W, Wq, probabilityWait });
  });
  if (unstable.length > 0) {
    return {
      applies: false,
      reason:
        unstable.length === 1
          ? `the network is unstable: station ${unstable[0]} is not below utilization 1, so its queue grows without bound`
          : `the network is unstable: stations ${unstable.join(", ")} are not below utilization 1, so their queues grow without bound`,
    };
  }
  const L = measures.reduce((sum, m) => sum + m.L, 0);
  const Lq = measures.reduce((sum, m) => sum + m.Lq, 0);
  const busiest = measures.reduce((a, b) => (b.utilization > a.utilization ? b : a));
  return {
    applies: true,
    exact: true,
    utilization: busiest.utilization,
    L,
    Lq,
    W: L / throughput,
    Wq: Lq / throughput,
    stations: measures,
    throughput,
    bottleneck: busiest.id,
  };
}

/** Checks the network and turns it into vectors and a matrix indexed like `stations`. */
function parse(network: JacksonNetwork): { stations: readonly JacksonStation[]; gamma: number[]; P: number[][] } {
  const fn = "jackson";
  if (typeof network !== "object" || network === null) throw new TypeError(`${fn}: network must be an object, got ${showValue(network)}`);
  const { stations, externalArrivals, routing } = network;
  if (!Array.isArray(stations) || stations.length === 0) {
    throw new TypeError(`${fn}: network.stations must be a non-empty array, got ${showValue(stations)}`);
  }
  const index = new Map<string, number>();
  stations.forEach((s, i) => {
    if (typeof s !== "object" || s === null) throw new TypeError(`${fn}: stations[${i}] must be an object, got ${showValue(s)}`);
    if (typeof s.id !== "string" || s.id === "") throw new RangeError(`${fn}: stations[${i}].id must be a non-empty string, got ${showValue(s.id)}`);
    if (index.has(s.id)) throw new RangeError(`${fn}: station ids must be unique, got ${JSON.stringify(s.id)} twice`);
    index.set(s.id, i);
    checkInteger(fn, `stations[${i}].servers`, s.servers, 1);
    checkPositive(fn, `stations[${i}].meanService`, s.meanService);
    if (s.serviceScv !== undefined) checkNonNegative(fn, `stations[${i}].serviceScv`, s.serviceScv);
  });
  const where = (id: string, what: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new RangeError(`${fn}: ${what} names an unknown station ${JSON.stringify(id)}`);
    return i;
  };
  const record = (x: unknown, what: string): Record<string, unknown> => {
    if (typeof x !== "object" || x === null || Array.isArray(x)) throw new TypeError(`${fn}: ${what} must be an object keyed by station id, got ${showValue(x)}`);
    return x as Record<string, unknown>;
  };
  const gamma = new Array<number>(stations.length).fill(0);
  for (const [id, rate] of Object.entries(record(externalArrivals, "network.externalArrivals"))) {
    gamma[where(id, "externalArrivals")] = checkNonNegative(fn, `externalArrivals[${JSON.stringify(id)}]`, rate);
  }
  const P = stations.map(() => new Array<number>(stations.length).fill(0));
  for (const [from, row] of Object.entries(record(routing, "network.routing"))) {
    const i = where(from, "routing");
    let sum = 0;
    for (const [to, p] of Object.entries(record(row, `routing[${JSON.stringify(from)}]`))) {
      const what = `routing[${JSON.stringify(from)}][${JSON.stringify(to)}]`;
      const v = checkNonNegative(fn, what, p);
      if (v > 1) throw new RangeError(`${fn}: ${what} must be a probability in [0, 1], got ${showValue(p)}`);
      P[i]![where(to, `routing[${JSON.stringify(from)}]`)] = v;
      sum += v;
    }
    if (sum > 1 + 1e-9) throw new RangeError(`${fn}: routing[${JSON.stringify(from)}] must sum to at most 1, got ${sum}`);
  }
  return { stations, gamma, P };
}
