import { distributionFromSpec } from "../../engine/index.js";
import { neverLeaving } from "../../stats/index.js";
import { breakdownVolumeProblem, rotaVolumeProblem } from "./event-volume.js";
import { checkRota } from "./rota-check.js";
import { commonFields } from "./common-fields.js";
import { distributionSchema, type Distribution } from "./distribution-schema.js";
import { unknownName } from "./schema/did-you-mean.js";
import { anyOf } from "./schema/any-of.js";
import { array } from "./schema/array.js";
import { describe } from "./schema/describe.js";
import { enumeration, literal } from "./schema/literal.js";
import type { Infer, Simplify } from "./schema/node.js";
import { integer, number } from "./schema/number.js";
import { object, optional, withDefault, type ObjectValue, type Report } from "./schema/object.js";
import { record } from "./schema/record.js";
import { identifier } from "./schema/identifier.js";
import { string } from "./schema/string.js";

// Route probabilities are typed by people as decimals; allow their sum to exceed 1 by rounding only.
const sumTolerance = 1e-9;

const route = object(
  {
    to: string({ description: "Id of the station the customer goes to next.", minLength: 1 }),
    p: number({ description: "Probability of taking this route after service here.", min: 0, max: 1 }),
  },
  { description: "Where a customer goes after service, with what probability." },
);

const scheduleChange = object(
  {
    at: number({ description: "Time within the period at which the count changes, in the model's time unit; in [0, periodLength).", min: 0 }),
    servers: integer({ description: "Servers on duty from `at` until the next change (0 closes the station).", min: 0 }),
  },
  { description: "One change of the number of servers on duty." },
);

const schedule = object(
  {
    periodLength: number({ description: "Length of the repeating period, in the model's time unit (24 for a daily rota in hours).", exclusiveMin: 0 }),
    changes: array(scheduleChange, { description: "Changes in strictly increasing `at`; the last one holds until the first one of the next period.", minLength: 1 }),
  },
  {
    description: "A rota repeating every periodLength: the number of servers on duty changes at the given times.",
    check: checkRota,
  },
);

const breakdowns = object(
  {
    timeToFailure: describe(distributionSchema, "Working time from a repair to the next failure, in the model's time unit."),
    timeToRepair: describe(distributionSchema, "Time a failure lasts, in the model's time unit."),
  },
  { description: "Random breakdowns: the station works for timeToFailure, then is down for timeToRepair, and so on." },
);

const station = object(
  {
    id: identifier({ description: "Name of the station, used by routes, arrivals and results (`stations.<id>`); without dots." }),
    servers: withDefault(
      integer({ description: "Servers working in parallel. Leave it out when a schedule is given: the schedule then sets the count.", min: 1 }),
      1,
    ),
    service: describe(distributionSchema, "Service time of one customer, in the model's time unit."),
    serviceByClass: optional(
      record(describe(distributionSchema, "Service time of a customer of this class, in the model's time unit."), {
        description: "Service time by customer class, for classes served differently; other classes use `service`. Each class must appear in the arrivals.",
        keyNoun: "class",
      }),
    ),
    discipline: withDefault(
      enumeration(["fifo", "priority", "preemptive"], {
        description:
          "Queue order: \"fifo\" serves in order of arrival; \"priority\" serves the lowest priority number first, without interrupting service; \"preemptive\" lets it interrupt a lower-priority service, which resumes later. Priorities only matter under \"priority\" and \"preemptive\".",
      }),
      "fifo",
    ),
    queueLimit: optional(integer({ description: "Most customers that may wait (not counting those in service); an arrival finding the queue full is lost. No limit when absent.", min: 0 })),
    schedule: optional(schedule),
    breakdowns: optional(breakdowns),
    routes: withDefault(array(route, { description: "Routes after service; with probability 1 minus their sum the customer leaves the network." }), []),
  },
  {
    description: "A service station: a queue in front of one or more parallel servers.",
    check: (s, report, raw) => {
      const total = s.routes.reduce((sum, r) => sum + r.p, 0);
      if (total > 1 + sumTolerance) report(["routes"], `probabilities must sum to at most 1 (the rest leaves the network), got ${total}`);
      if (s.schedule !== undefined && Object.hasOwn(raw, "servers")) {
        report(["servers"], "must be left out when a schedule is given: the schedule sets the number of servers");
      }
    },
  },
);

const arrival = object(
  {
    to: string({ description: "Id of the station the customers arrive at.", minLength: 1 }),
    class: withDefault(identifier({ description: "Customer class, for results by class (`classes.<class>`) and for serviceByClass; without dots." }), "default"),
    priority: withDefault(
      number({ description: "Priority of these customers: lower numbers are served first at stations whose discipline is \"priority\" or \"preemptive\"." }),
      0,
    ),
    interarrival: describe(distributionSchema, "Time between successive arrivals of this stream, in the model's time unit."),
  },
  { description: "A stream of customers arriving from outside the network." },
);

const networkFields = {
  ...commonFields,
  horizon: number({ description: "Length of each replication, warm-up included, in the model's time unit.", exclusiveMin: 0 }),
  warmup: anyOf(
    [
      number({ description: "Time at the start of each replication whose statistics are discarded, in the model's time unit; less than horizon.", min: 0 }),
      literal("auto", { description: "Choose the warm-up of each replication by MSER-5." }),
    ],
    { description: "Warm-up discarded before statistics are collected: a time < horizon, or \"auto\" for MSER-5 per replication." },
  ),
  arrivals: array(arrival, { description: "Streams of customers arriving from outside.", minLength: 1 }),
  stations: array(station, { description: "The stations of the network.", minLength: 1 }),
} as const;

/**
 * The network form (`"model": "network"`, a tag the top-level union adds): arrival streams
 * feeding stations connected by probabilistic routes. Times are in the model's own unit throughout.
 */
export const networkScenarioSchema = object(networkFields, {
  description: "A queueing network: arrival streams feeding stations connected by probabilistic routes.",
  check: checkNetwork,
});

function checkNetwork(n: ObjectValue<typeof networkFields>, report: Report): void {
  if (n.warmup !== "auto" && n.warmup >= n.horizon) report(["warmup"], `must be < horizon (${n.horizon}), got ${n.warmup}`);
  const firstIndex = new Map<string, number>();
  n.stations.forEach((s, i) => {
    const first = firstIndex.get(s.id);
    if (first === undefined) firstIndex.set(s.id, i);
    else report(["stations", i, "id"], `duplicate station id ${JSON.stringify(s.id)}; stations[${first}] has it already`);
  });
  const ids = [...firstIndex.keys()];
  const unknownStation = (at: readonly (string | number)[], id: string): void => {
    if (firstIndex.has(id)) return;
    report(at, unknownName("station", id, ids, `stations: ${ids.join(", ")}`));
  };
  n.arrivals.forEach((a, i) => unknownStation(["arrivals", i, "to"], a.to));
  const classes = [...new Set(n.arrivals.map((a) => a.class))];
  n.stations.forEach((s, i) => {
    s.routes.forEach((r, j) => unknownStation(["stations", i, "routes", j, "to"], r.to));
    for (const name of Object.keys(s.serviceByClass ?? {})) {
      if (!classes.includes(name)) report(["stations", i, "serviceByClass", name], `unknown class ${JSON.stringify(name)}; the arrivals have classes: ${classes.join(", ")}`);
    }
  });
  checkExits(n.stations, firstIndex, report);
  n.stations.forEach((s, i) => {
    const servers = s.schedule === undefined ? s.servers : Math.max(1, ...s.schedule.changes.map((c) => c.servers));
    const rota = s.schedule === undefined ? undefined : rotaVolumeProblem(n.horizon, s.schedule.periodLength, s.schedule.changes.length);
    if (rota !== undefined) report(["stations", i, "schedule"], rota);
    const failures = s.breakdowns === undefined ? undefined : breakdownVolumeProblem(n.horizon, servers, s.breakdowns.timeToFailure, s.breakdowns.timeToRepair);
    if (failures !== undefined) report(["stations", i, "breakdowns"], `the servers ${failures}`);
  });
  n.arrivals.forEach((a, i) => checkInterarrival(a.interarrival, n.horizon, ["arrivals", i, "interarrival"], report));
}

// The clock is a double: at time T it cannot advance by much less than T × 2^-52. Gaps this far
// below the horizon would stall the clock or send more customers than any run could handle.
const clockResolution = 2 ** -45;

/** Refuses interarrival times of mean 0, or far below what the clock can tell apart at the horizon. */
function checkInterarrival(spec: Distribution, horizon: number, at: readonly (string | number)[], report: Report): void {
  let mean: number;
  try {
    mean = distributionFromSpec(spec).mean;
  } catch {
    return; // the distribution's own check has reported it
  }
  if (mean === 0) report(at, "must have a mean > 0: with a mean of 0 infinitely many customers arrive at one instant and the run never ends");
  else if (mean < horizon * clockResolution) {
    report(at, `has a mean of ${mean}, far below the clock's resolution at the horizon (${horizon}): about ${(horizon / mean).toExponential(1)} arrivals per replication; use a mean of at least ${horizon * clockResolution} (or a shorter horizon)`);
  }
}

/** A scenario in the network form, with every default filled in. */
export type NetworkScenario = Simplify<{ readonly model: "network" } & ObjectValue<typeof networkFields>>;
/** A station of a network scenario. */
export type Station = Infer<typeof station>;
/** An arrival stream of a network scenario. */
export type Arrival = Infer<typeof arrival>;
/** A route out of a station. */
export type Route = Infer<typeof route>;
/** A repeating rota of servers on duty. */
export type Schedule = Infer<typeof schedule>;
/** Random breakdowns of a station. */
export type Breakdowns = Infer<typeof breakdowns>;
/** Queue order at a station. */
export type Discipline = Station["discipline"];

/**
 * Refuses routes that nobody can leave: stations whose every chain of routes comes back (each station's
 * routes summing to 1), where customers pile up for ever and no steady state exists. Reported at each
 * such station's routes, naming the whole trapped set.
 */
function checkExits(stations: readonly { readonly id: string; readonly routes: readonly { readonly to: string; readonly p: number }[] }[],
  firstIndex: ReadonlyMap<string, number>, report: Report): void {
  const routing = stations.map(() => stations.map(() => 0));
  stations.forEach((s, i) => {
    if (firstIndex.get(s.id) !== i) return;
    for (const r of s.routes) {
      const j = firstIndex.get(r.to);
      if (j !== undefined) (routing[i] as number[])[j] = ((routing[i] as number[])[j] as number) + r.p;
    }
  });
  // Duplicate ids and unknown targets are reported above; a duplicate's row stays empty so it never traps.
  if (routing.some((row) => row.reduce((sum, p) => sum + p, 0) > 1 + sumTolerance)) return;
  const trapped = neverLeaving(routing);
  if (trapped.length === 0) return;
  const names = trapped.map((i) => JSON.stringify(stations[i]?.id)).join(", ");
  for (const i of trapped) {
    report(["stations", i, "routes"],
      `nobody can leave the network from here: every route from ${trapped.length === 1 ? "this station returns to it" : `${names} leads back among them`} ` +
      `with probabilities summing to 1, so customers pile up for ever; make some routes sum to less than 1 (the rest leaves) or route to a station customers can leave from`);
  }
}
