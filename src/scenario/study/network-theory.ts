import { distributionFromSpec, type Distribution } from "../../engine/index.js";
import {
  allenCunneen, jackson, mg1, mg1Priority, mmc, mmck,
  type QueueMeasures, type QueueResult,
} from "../../stats/index.js";
import type { NetworkScenario } from "../format/scenario-types.js";

/** What queueing theory says about a network scenario, keyed like the simulation's metrics. */
export interface TheoryReport {
  readonly scenario: string;
  /** The model theory used, such as "M/M/1", "M/G/1 (Pollaczek–Khinchine)", "open Jackson network". */
  readonly model: string;
  readonly applies: boolean;
  /** False for an approximation (Allen–Cunneen), true for an exact result. */
  readonly exact: boolean;
  /** Why theory does not apply, or which assumption an approximation makes; plain words. */
  readonly reason: string;
  /** Analytic values by the simulation's metric paths (`system.timeInSystem`, `stations.desk.utilization`). */
  readonly values: Readonly<Record<string, number>>;
}

const scv = (d: Distribution): number => d.variance / (d.mean * d.mean);

function notApplicable(s: NetworkScenario, reason: string): TheoryReport {
  return { scenario: s.name, model: "none", applies: false, exact: false, reason, values: {} };
}

function singleStationValues(id: string, lambda: number, m: QueueMeasures): Record<string, number> {
  return {
    "system.throughput": lambda, "system.timeInSystem": m.W, "system.waitInQueue": m.Wq, "system.inSystem": m.L,
    [`stations.${id}.utilization`]: m.utilization, [`stations.${id}.waitInQueue`]: m.Wq,
    [`stations.${id}.queueLength`]: m.Lq, [`stations.${id}.throughput`]: lambda,
  };
}

/** The same result marked as an approximation, for a formula used where its exact cases do not hold. */
function approximate(r: QueueResult): QueueResult {
  return r.applies ? { ...r, exact: false } : r;
}

function report(s: NetworkScenario, model: string, r: QueueResult, values: (m: QueueMeasures) => Record<string, number>, note = ""): TheoryReport {
  if (!r.applies) return { scenario: s.name, model, applies: false, exact: false, reason: r.reason, values: {} };
  return { scenario: s.name, model, applies: true, exact: r.exact, reason: note, values: values(r) };
}

/**
 * The analytic values of a network scenario where queueing theory has an answer: M/M/c/K for one
 * exponential station with a queue limit; M/G/1 (Pollaczek–Khinchine) or M/M/c for one station;
 * M/G/1 with non-preemptive priority classes (Cobham); Allen–Cunneen (approximate) for one G/G/c
 * station; an open Jackson network for several exponential stations. Otherwise it says why not.
 */
export function networkTheory(s: NetworkScenario): TheoryReport {
  const gaps = s.arrivals.map((a) => distributionFromSpec(a.interarrival));
  const lambda = gaps.reduce((sum, d) => sum + 1 / d.mean, 0);
  const poisson = s.arrivals.every((a) => a.interarrival.dist === "exponential");
  const complicated = s.stations.find((st) => st.schedule !== undefined || st.breakdowns !== undefined);
  if (complicated !== undefined) {
    return notApplicable(s, `station "${complicated.id}" has ${complicated.schedule !== undefined ? "a server schedule" : "breakdowns"}; the formulas assume a fixed number of always-working servers`);
  }
  const preemptive = s.stations.find((st) => st.discipline === "preemptive");
  if (preemptive !== undefined) return notApplicable(s, `station "${preemptive.id}" is preemptive; only non-preemptive priority (Cobham) is covered`);

  if (s.stations.length === 1 && (s.stations[0]?.routes.length ?? 0) === 0) {
    const st = s.stations[0] as NetworkScenario["stations"][number];
    const c = st.servers;
    const serviceOf = (cls: string): Distribution => distributionFromSpec(st.serviceByClass?.[cls] ?? st.service);
    const byClass = new Map<string, { lambda: number; service: Distribution; priority: number }>();
    s.arrivals.forEach((a, i) => {
      const entry = byClass.get(a.class);
      const rate = 1 / (gaps[i] as Distribution).mean;
      if (entry === undefined) byClass.set(a.class, { lambda: rate, service: serviceOf(a.class), priority: a.priority });
      else byClass.set(a.class, { ...entry, lambda: entry.lambda + rate });
    });
    const classes = [...byClass.entries()];
    // Mixture of class service times, as a FIFO server sees it.
    const meanService = classes.reduce((sum, [, k]) => sum + (k.lambda / lambda) * k.service.mean, 0);
    const second = classes.reduce((sum, [, k]) => sum + (k.lambda / lambda) * (k.service.variance + k.service.mean * k.service.mean), 0);
    const mixScv = second / (meanService * meanService) - 1;
    const exponential = classes.every(([, k]) => k.service.mean === meanService) && (st.serviceByClass === undefined ? st.service.dist === "exponential" : classes.every(([cls]) => (st.serviceByClass?.[cls] ?? st.service).dist === "exponential"));
    const priorities = new Set(classes.map(([, k]) => k.priority));
    if (!poisson) {
      if (st.queueLimit !== undefined) return notApplicable(s, "arrivals are not Poisson and the line has a limit; no formula here covers G/G/c/K");
      const ca2 = s.arrivals.length === 1 ? scv(gaps[0] as Distribution) : NaN;
      if (!Number.isFinite(ca2)) return notApplicable(s, "several non-Poisson arrival streams: their superposition is not a renewal process, so no formula here applies");
      // allenCunneen reads ca² = 1 as Poisson, but these arrivals are not exponential (a lognormal of cv 1 has ca² = 1):
      // only D/D/c, which never waits, is exact here.
      const r = allenCunneen(lambda, ca2, meanService, mixScv, c);
      return report(s, c === 1 ? "G/G/1 (Allen–Cunneen, i.e. Kingman)" : `G/G/${c} (Allen–Cunneen)`, ca2 === 0 && mixScv === 0 ? r : approximate(r),
        (m) => singleStationValues(st.id, lambda, m), "approximation: Allen–Cunneen scales the M/M/c wait by (ca² + cs²)/2");
    }
    if (st.queueLimit !== undefined) {
      if (!exponential) return notApplicable(s, "a line with a limit and non-exponential service: only M/M/c/K is covered");
      const K = c + st.queueLimit;
      const r = mmck(lambda, 1 / meanService, c, K);
      return report(s, `M/M/${c}/${K}`, r, (m) => {
        const rate = r.applies ? r.effectiveArrivalRate : lambda;
        return { ...singleStationValues(st.id, rate, m), "system.balkRate": lambda - rate, [`stations.${st.id}.balkRate`]: lambda - rate };
      });
    }
    if (st.discipline === "priority" && priorities.size > 1) {
      if (c !== 1) return notApplicable(s, `priority classes on ${c} servers: Cobham's formula covers one server only`);
      if (priorities.size !== classes.length) return notApplicable(s, "two classes share a priority level; give each class its own priority for Cobham's formula");
      const order = classes.slice().sort((a, b) => a[1].priority - b[1].priority);
      const r = mg1Priority(order.map(([, k]) => ({ lambda: k.lambda, meanService: k.service.mean, scv: scv(k.service) })));
      return report(s, `M/G/1 with ${order.length} non-preemptive priority classes (Cobham)`, r, (m) => {
        const v = singleStationValues(st.id, lambda, m);
        if (r.applies) order.forEach(([cls], i) => {
          const k = r.classes[i];
          if (k !== undefined) { v[`classes.${cls}.timeInSystem`] = k.W; v[`classes.${cls}.waitInQueue`] = k.Wq; }
        });
        return v;
      });
    }
    const perClass = (m: QueueMeasures): Record<string, number> => {
      const v = singleStationValues(st.id, lambda, m);
      for (const [cls, k] of classes) { v[`classes.${cls}.waitInQueue`] = m.Wq; v[`classes.${cls}.timeInSystem`] = m.Wq + k.service.mean; }
      return v;
    };
    if (exponential) return report(s, c === 1 ? "M/M/1" : `M/M/${c}`, mmc(lambda, 1 / meanService, c), perClass);
    if (c === 1) return report(s, classes.length > 1 ? "M/G/1 with a mixture of class service times (Pollaczek–Khinchine)" : "M/G/1 (Pollaczek–Khinchine)", mg1(lambda, meanService, mixScv), perClass);
    // Service is not exponential here, so Allen–Cunneen is an approximation even where cs² = 1 (a lognormal of cv 1),
    // which allenCunneen alone would read as M/M/c.
    return report(s, `M/G/${c} (Allen–Cunneen)`, approximate(allenCunneen(lambda, 1, meanService, mixScv, c)), perClass, "approximation: Allen–Cunneen scales the M/M/c wait by (1 + cs²)/2");
  }

  if (!poisson) return notApplicable(s, "a network with non-Poisson arrivals: Jackson's theorem needs Poisson external arrivals");
  const limited = s.stations.find((st) => st.queueLimit !== undefined);
  if (limited !== undefined) return notApplicable(s, `station "${limited.id}" has a queue limit: a network with blocking has no product form`);
  const general = s.stations.find((st) => st.service.dist !== "exponential" || st.serviceByClass !== undefined);
  if (general !== undefined) {
    return notApplicable(s, `station "${general.id}" has ${general.serviceByClass !== undefined ? "class-dependent" : `${general.service.dist}`} service: Jackson's theorem needs exponential service with one rate per station, and this network has no exact product-form answer`);
  }
  const externalArrivals: Record<string, number> = {};
  s.arrivals.forEach((a, i) => { externalArrivals[a.to] = (externalArrivals[a.to] ?? 0) + 1 / (gaps[i] as Distribution).mean; });
  const routing: Record<string, Record<string, number>> = {};
  for (const st of s.stations) {
    const row: Record<string, number> = {};
    for (const r of st.routes) row[r.to] = (row[r.to] ?? 0) + r.p;
    routing[st.id] = row;
  }
  const r = jackson({
    stations: s.stations.map((st) => ({ id: st.id, servers: st.servers, meanService: distributionFromSpec(st.service).mean })),
    externalArrivals, routing,
  });
  return report(s, "open Jackson network", r, (m) => {
    const v: Record<string, number> = { "system.throughput": lambda, "system.timeInSystem": m.W, "system.inSystem": m.L };
    if (r.applies) {
      v["system.waitInQueue"] = r.stations.reduce((sum, k) => sum + k.visits * k.Wq, 0);
      for (const k of r.stations) {
        v[`stations.${k.id}.utilization`] = k.utilization;
        v[`stations.${k.id}.waitInQueue`] = k.Wq;
        v[`stations.${k.id}.queueLength`] = k.Lq;
        v[`stations.${k.id}.throughput`] = k.arrivalRate;
      }
    }
    return v;
  });
}
