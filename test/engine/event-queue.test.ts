import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventQueue, NORMAL, URGENT } from "../../src/engine/event-queue.js";

function drain<T>(q: EventQueue<T>): T[] {
  const out: T[] = [];
  while (q.size > 0) out.push(q.pop()!);
  return out;
}

describe("EventQueue", () => {
  it("queue.pop() returns entries by time, then priority, then first pushed", () => {
    const q = new EventQueue<string>();
    q.push(2, NORMAL, "t2 normal first");
    q.push(1, NORMAL, "t1 normal");
    q.push(2, URGENT, "t2 urgent");
    q.push(2, NORMAL, "t2 normal second");
    q.push(0.5, 7, "t0.5 low");
    expect(drain(q)).toEqual(["t0.5 low", "t1 normal", "t2 urgent", "t2 normal first", "t2 normal second"]);
  });

  it("queue.pop() records lastTime and lastKey of the entry it returns", () => {
    const q = new EventQueue<string>();
    const k1 = q.push(3, NORMAL, "a");
    const k2 = q.push(1, NORMAL, "b");
    expect(k1).not.toBe(k2);
    expect([q.pop(), q.lastTime, q.lastKey]).toEqual(["b", 1, k2]);
    expect([q.pop(), q.lastTime, q.lastKey]).toEqual(["a", 3, k1]);
    expect(q.pop()).toBeUndefined();
  });

  it("queue.peekTime(), peekKey() and peekTarget() describe the next entry, or an empty queue", () => {
    const q = new EventQueue<string>();
    expect([q.peekTime(), q.peekKey(), q.peekTarget()]).toEqual([Infinity, -1, undefined]);
    const key = q.push(4, URGENT, "x");
    expect([q.peekTime(), q.peekKey(), q.peekTarget()]).toEqual([4, key, "x"]);
  });

  it("queue.push(time, priority, target) grows past its initial arrays and keeps first-in first-out ties", () => {
    const q = new EventQueue<number>();
    for (let i = 0; i < 1000; i++) q.push(i % 3, NORMAL, i);
    const out = drain(q);
    const expected = [0, 1, 2].flatMap((t) => Array.from({ length: 1000 }, (_, i) => i).filter((i) => i % 3 === t));
    expect(out).toEqual(expected);
  });

  it("queue.pop() agrees with a stable sort by (time, priority) for any interleaving of pushes and pops", () => {
    const op = fc.oneof(
      fc.record({ time: fc.integer({ min: 0, max: 20 }), priority: fc.integer({ min: 0, max: 3 }) }),
      fc.constant("pop" as const),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const q = new EventQueue<number>();
        // Reference: a list kept sorted by (time, priority, sequence); pushes never precede the last pop.
        let reference: { time: number; priority: number; seq: number }[] = [];
        let seq = 0;
        let floor = 0;
        for (const o of ops) {
          if (o === "pop") {
            const got = q.pop();
            const want = reference.shift();
            if (got !== want?.seq) return false;
            if (want !== undefined) floor = want.time;
          } else {
            const time = floor + o.time;
            q.push(time, o.priority, seq);
            reference.push({ time, priority: o.priority, seq: seq++ });
            reference = reference.sort((a, b) => a.time - b.time || a.priority - b.priority || a.seq - b.seq);
          }
        }
        return drain(q).join() === reference.map((r) => r.seq).join();
      }),
      { seed: 20261122, numRuns: 200 },
    );
  });
});
