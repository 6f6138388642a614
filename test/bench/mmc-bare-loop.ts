import { Tally } from "../../src/engine/monitors/tally.js";
import { TimeWeighted } from "../../src/engine/monitors/time-weighted.js";
import { randomStream } from "../../src/engine/random-stream.js";
import { exponential, type MmcParams, type MmcRun } from "./mmc-model.js";

const ARRIVAL = 0;
const DEPARTURE = 1;

/**
 * The same M/M/c as `engineMmc`, hand-coded as the fastest plain event loop we would write for
 * this one model: a binary heap of (time, kind) in typed arrays, a ring buffer of arrival times
 * for the line, a counter of busy servers; no processes, no event objects. It draws from the
 * same streams in the same order, so both implementations see the same sample path.
 */
export function bareLoopMmc(p: MmcParams): MmcRun {
  const interarrival = exponential(randomStream(p.seed, 0, "arrivals"), 1 / p.arrivalRate);
  const service = exponential(randomStream(p.seed, 0, "service"), 1 / p.serviceRate);
  const waits = new Tally();
  const queue = new TimeWeighted(0, 0);

  let times = new Float64Array(16);
  let kinds = new Uint8Array(16);
  let size = 0;
  let line = new Float64Array(1024); // arrival times of waiting customers, a ring buffer
  let head = 0;
  let waiting = 0;
  let busy = 0;

  function push(time: number, kind: number): void {
    if (size === times.length) {
      const t = new Float64Array(size * 2);
      t.set(times);
      times = t;
      const k = new Uint8Array(size * 2);
      k.set(kinds);
      kinds = k;
    }
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent]! <= time) break;
      times[i] = times[parent]!;
      kinds[i] = kinds[parent]!;
      i = parent;
    }
    times[i] = time;
    kinds[i] = kind;
  }

  function pop(): void {
    const n = --size;
    const time = times[n]!;
    const kind = kinds[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && times[child + 1]! < times[child]!) child++;
      if (time <= times[child]!) break;
      times[i] = times[child]!;
      kinds[i] = kinds[child]!;
      i = child;
    }
    times[i] = time;
    kinds[i] = kind;
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

  push(interarrival(), ARRIVAL);

  function runUntil(until: number): void {
    while (size > 0 && times[0]! < until) {
      const now = times[0]!;
      const kind = kinds[0]!;
      pop();
      if (kind === ARRIVAL) {
        push(now + interarrival(), ARRIVAL);
        if (busy < p.servers) {
          busy++;
          waits.observe(0);
          push(now + service(), DEPARTURE);
        } else {
          enqueue(now);
          queue.update(waiting, now);
        }
      } else if (waiting > 0) {
        const arrived = line[head]!;
        head = (head + 1) % line.length;
        waiting--;
        queue.update(waiting, now);
        waits.observe(now - arrived);
        push(now + service(), DEPARTURE);
      } else {
        busy--;
      }
    }
  }

  return {
    runUntil,
    get customers() {
      return waits.count;
    },
    get meanWait() {
      return waits.mean;
    },
    meanQueue: (now) => queue.mean(now),
  };
}
