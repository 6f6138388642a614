import { pathToFileURL } from "node:url";
import { exponential } from "../../src/engine/distributions/exponential.js";
import { QuantileSketch } from "../../src/engine/monitors/quantile-sketch.js";
import { Tally } from "../../src/engine/monitors/tally.js";
import { TimeWeighted } from "../../src/engine/monitors/time-weighted.js";
import { randomStream } from "../../src/engine/random-stream.js";

/** An M/M/c run as the CLI runs a one-station network: one replication, no warm-up. */
export interface MmcFullParams {
  readonly servers: number;
  /** Mean time between arrivals and mean service time (model time units). */
  readonly interarrivalMean: number;
  readonly serviceMean: number;
  readonly horizon: number;
  readonly seed: number;
}

const ARRIVAL = 0;
const DEPARTURE = 1;

/**
 * The M/M/c of the CLI's speed target as the fastest plain event loop we would write by hand, but
 * recording every statistic the CLI reports for it: waits and times in system (tallies, also per
 * class), the quantile sketch of times in system, the time-weighted numbers in system and in queue,
 * servers busy and available (utilisation), completions. A binary heap of (time, kind) in typed
 * arrays, a ring buffer of arrival times for the line, a counter of busy servers; no processes, no
 * event objects. It draws from the CLI's streams ("arrivals:0", "service:desks") with the same
 * distribution objects, so its metrics equal the CLI's (the bench checks that they do).
 *
 * @returns the metrics under the CLI's names (`system.timeInSystem`, `stations.desks.utilization`, ...).
 */
export function bareLoopMmcFull(p: MmcFullParams): Record<string, number> {
  const gap = exponential(p.interarrivalMean);
  const service = exponential(p.serviceMean);
  const arrivalStream = randomStream(p.seed, 0, "arrivals:0");
  const serviceStream = randomStream(p.seed, 0, "service:desks");
  const stationWaits = new Tally();
  const timeInSystem = new Tally();
  const waitInQueue = new Tally();
  const classTime = new Tally();
  const classWait = new Tally();
  const sojourns = new QuantileSketch();
  const inSystem = new TimeWeighted(0, 0);
  const queue = new TimeWeighted(0, 0);
  const busyLevel = new TimeWeighted(0, 0);
  const availableLevel = new TimeWeighted(0, p.servers);
  let completions = 0;

  let times = new Float64Array(16);
  let kinds = new Uint8Array(16);
  // Per event: the customer's arrival time and wait, carried to its departure.
  let entered = new Float64Array(16);
  let waited = new Float64Array(16);
  let size = 0;
  let line = new Float64Array(1024); // arrival times of waiting customers, a ring buffer
  let head = 0;
  let waiting = 0;
  let busy = 0;
  let population = 0;

  function push(time: number, kind: number, arrived: number, wait: number): void {
    if (size === times.length) {
      const grow = <T extends Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => { const b = make(a.length * 2); b.set(a); return b; };
      times = grow(times, (n) => new Float64Array(n));
      entered = grow(entered, (n) => new Float64Array(n));
      waited = grow(waited, (n) => new Float64Array(n));
      kinds = grow(kinds, (n) => new Uint8Array(n));
    }
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent]! <= time) break;
      times[i] = times[parent]!;
      kinds[i] = kinds[parent]!;
      entered[i] = entered[parent]!;
      waited[i] = waited[parent]!;
      i = parent;
    }
    times[i] = time;
    kinds[i] = kind;
    entered[i] = arrived;
    waited[i] = wait;
  }

  function pop(): void {
    const n = --size;
    const time = times[n]!;
    const kind = kinds[n]!;
    const arrived = entered[n]!;
    const wait = waited[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && times[child + 1]! < times[child]!) child++;
      if (time <= times[child]!) break;
      times[i] = times[child]!;
      kinds[i] = kinds[child]!;
      entered[i] = entered[child]!;
      waited[i] = waited[child]!;
      i = child;
    }
    times[i] = time;
    kinds[i] = kind;
    entered[i] = arrived;
    waited[i] = wait;
  }

  function enqueue(t: number): void {
    if (waiting === line.length) {
      const bigger = new Float64Array(line.length * 2);
      for (let j = 0; j < waiting; j++) bigger[j] = line[(head + j) % line.length]!;
      line = bigger;
      head = 0;
    }
    line[(head + waiting++) % line.length] = t;
  }

  function serve(now: number, arrived: number): void {
    const wait = now - arrived;
    stationWaits.observe(wait);
    busyLevel.update(busy, now);
    availableLevel.update(Math.max(p.servers, busy), now);
    push(now + service.sample(serviceStream), DEPARTURE, arrived, wait);
  }

  push(gap.sample(arrivalStream), ARRIVAL, 0, 0);
  const horizon = p.horizon;
  while (size > 0 && times[0]! < horizon) {
    const now = times[0]!;
    const kind = kinds[0]!;
    const arrived = entered[0]!;
    const wait = waited[0]!;
    pop();
    if (kind === ARRIVAL) {
      push(now + gap.sample(arrivalStream), ARRIVAL, 0, 0);
      inSystem.update(++population, now);
      if (busy < p.servers) {
        busy++;
        serve(now, now);
      } else {
        enqueue(now);
        queue.update(waiting, now);
      }
    } else {
      completions++;
      inSystem.update(--population, now);
      const spent = now - arrived;
      timeInSystem.observe(spent);
      waitInQueue.observe(wait);
      classTime.observe(spent);
      classWait.observe(wait);
      sojourns.add(spent);
      if (waiting > 0) {
        const next = line[head]!;
        head = (head + 1) % line.length;
        waiting--;
        queue.update(waiting, now);
        serve(now, next);
      } else {
        busy--;
        busyLevel.update(busy, now);
      }
    }
  }
  return {
    "system.throughput": completions / horizon,
    "system.timeInSystem": timeInSystem.mean,
    "system.waitInQueue": waitInQueue.mean,
    "system.timeInSystem.p50": sojourns.quantile(0.5),
    "system.timeInSystem.p90": sojourns.quantile(0.9),
    "system.timeInSystem.p95": sojourns.quantile(0.95),
    "system.inSystem": inSystem.mean(horizon),
    "stations.desks.utilization": busyLevel.mean(horizon) / availableLevel.mean(horizon),
    "stations.desks.waitInQueue": stationWaits.mean,
    "stations.desks.queueLength": queue.mean(horizon),
    "stations.desks.throughput": completions / horizon,
    "classes.truck.timeInSystem": classTime.mean,
    "classes.truck.waitInQueue": classWait.mean,
  };
}

// As a program (the bench times it as a whole process, as it times the CLI):
// node mmc-full-bare-loop.js SERVERS INTERARRIVAL_MEAN SERVICE_MEAN HORIZON SEED, printing the metrics as JSON.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [servers, interarrivalMean, serviceMean, horizon, seed] = process.argv.slice(2).map(Number) as [number, number, number, number, number];
  process.stdout.write(`${JSON.stringify(bareLoopMmcFull({ servers, interarrivalMean, serviceMean, horizon, seed }))}\n`);
}
