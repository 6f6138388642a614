import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WaitingLine } from "../../src/engine/waiting-line.js";

function drain<T>(line: WaitingLine<T>): T[] {
  const out: T[] = [];
  for (let x = line.shift(); x !== undefined; x = line.shift()) out.push(x);
  return out;
}

describe("WaitingLine", () => {
  it("new WaitingLine() serves first in, first out", () => {
    const line = new WaitingLine<string>();
    for (const x of ["a", "b", "c"]) line.push(x);
    expect([line.length, line.peek(), line.at(2), line.at(3), line.at(0.5), line.at(-1)]).toEqual([3, "a", "c", undefined, undefined, undefined]);
    expect(drain(line)).toEqual(["a", "b", "c"]);
    expect([line.length, line.peek()]).toEqual([0, undefined]);
  });

  it("new WaitingLine(priorityOf) serves lower priorities first, first in first out among equals", () => {
    const line = new WaitingLine<[string, number]>(([, p]) => p);
    for (const x of [["a", 2], ["b", 1], ["c", 2], ["d", 0], ["e", 1]] as [string, number][]) line.push(x);
    expect(drain(line).map(([name]) => name)).toEqual(["d", "b", "e", "a", "c"]);
  });

  it("line.pushFront(item) puts an item ahead of the others, and after a shift reuses the freed front", () => {
    const line = new WaitingLine<string>();
    for (const x of ["a", "b", "c"]) line.push(x);
    line.pushFront("z");
    expect(line.shift()).toBe("z");
    line.shift();
    line.pushFront("y");
    expect(drain(line)).toEqual(["y", "b", "c"]);
  });

  it("line.pushFront(item) with priorities goes ahead of its own priority only", () => {
    const line = new WaitingLine<[string, number]>(([, p]) => p);
    for (const x of [["a", 0], ["b", 1], ["c", 1], ["d", 2]] as [string, number][]) line.push(x);
    line.pushFront(["r", 1]);
    line.pushFront(["s", 3]);
    line.pushFront(["t", 0]);
    expect(drain(line).map(([name]) => name)).toEqual(["t", "a", "r", "b", "c", "d", "s"]);
  });

  it("line.remove(item) withdraws an item from anywhere and reports whether it was there", () => {
    const line = new WaitingLine<string>();
    for (const x of ["a", "b", "c"]) line.push(x);
    expect([line.remove("b"), line.remove("x"), line.remove("a")]).toEqual([true, false, true]);
    expect(drain(line)).toEqual(["c"]);
  });

  it("line.shift() keeps order across compaction of a long-lived line", () => {
    const line = new WaitingLine<number>();
    const out: number[] = [];
    for (let i = 0; i < 5000; i++) {
      line.push(i);
      line.push(i + 0.5);
      out.push(line.shift()!);
    }
    out.push(...drain(line));
    const expected = Array.from({ length: 5000 }, (_, i) => [i, i + 0.5]).flat();
    expect(out).toEqual(expected);
  });

  it("does what a plain array spliced in order does, over any sequence of operations (the ring wraps and grows)", () => {
    // The reference: the line as a plain array, each operation written the obvious way.
    type Op = { kind: "push" | "pushFront" | "shift" | "remove"; priority: number; pick: number };
    const op = fc.record({ kind: fc.constantFrom("push", "pushFront", "shift", "shift", "remove"), priority: fc.integer({ min: 0, max: 3 }), pick: fc.nat(40) }) as fc.Arbitrary<Op>;
    fc.assert(
      fc.property(fc.boolean(), fc.array(op, { maxLength: 300 }), (withPriorities, ops) => {
        type Item = { readonly id: number; readonly priority: number };
        const rank = (x: Item): number => x.priority;
        const line = new WaitingLine<Item>(withPriorities ? rank : undefined);
        const ref: Item[] = [];
        let next = 0;
        for (const o of ops) {
          if (o.kind === "push" || o.kind === "pushFront") {
            const item = { id: next++, priority: o.priority };
            if (o.kind === "push") {
              line.push(item);
              const at = withPriorities ? ref.findIndex((x) => x.priority > item.priority) : -1;
              ref.splice(at < 0 ? ref.length : at, 0, item);
            } else {
              line.pushFront(item);
              const at = withPriorities ? ref.findIndex((x) => x.priority >= item.priority) : 0;
              ref.splice(at < 0 ? ref.length : at, 0, item);
            }
          } else if (o.kind === "shift") {
            expect(line.shift()).toBe(ref.shift());
          } else {
            const victim = ref.length === 0 || o.pick > ref.length ? { id: -1, priority: 0 } : ref[o.pick % ref.length]!;
            const i = ref.indexOf(victim);
            if (i >= 0) ref.splice(i, 1);
            expect(line.remove(victim)).toBe(i >= 0);
          }
          expect(line.length).toBe(ref.length);
          expect(line.peek()).toBe(ref[0]);
        }
        expect(Array.from({ length: ref.length + 1 }, (_, i) => line.at(i))).toEqual([...ref, undefined]);
        expect(drain(line)).toEqual(ref);
      }),
      { seed: 13, numRuns: 400 },
    );
  });
});
