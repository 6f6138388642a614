import { describe, expect, it } from "vitest";
import { runBorder, type BorderTraceEvent } from "../../../src/model/index.js";
import { bundled } from "./border-fixture.js";

// Levers that add events: centre waits, seal fitting, documents held; few checkpoint places, so trucks wait.
const busy = [
  "days=4", "warmupDays=1", "seals.share=0.5", "documents.incompleteShare=0.2", "logisticsCentre.places=5",
  "directions.kg-to-kz.zonePlaces=8",
];

const letter: Record<BorderTraceEvent["kind"], string> = {
  "arrive": "A", "turned-back": "T", "wait": "W", "to-centre": "C", "enter-zone": "Z",
  "stage-start": "s", "stage-preempt": "p", "stage-end": "e", "documents-held": "H", "documents-arrived": "D", "depart": "X",
};

describe("runBorder(spec, replication, { trace, servers })", () => {
  it("runBorder(spec, r, { trace }) reports each truck's events in time order: arrive, wait, enter, each stage's start and end, hold, depart", () => {
    // One run with a logistics centre (road trucks move into it), one with the electronic queue and turning back.
    const runs = [busy, [...busy, "logisticsCentre.places=0", "unified.electronicQueue.enabled=true", "unified.turnBackIncomplete=true"]];
    // A truck that is still inside at the end has a truncated story; the others a whole one.
    const whole = /^A(T|(WC?)?Z(s(ps)*e(HD)?)+X)$/;
    const seen = new Set<string>();
    for (const overrides of runs) {
      const log: [number, BorderTraceEvent][] = [];
      runBorder(bundled("baseline", overrides), 0, { trace: (t, e) => log.push([t, e]) });
      const byTruck = new Map<number, string>();
      let last = 0;
      for (const [t, e] of log) {
        expect(t).toBeGreaterThanOrEqual(last);
        last = t;
        byTruck.set(e.truck, (byTruck.get(e.truck) ?? "") + letter[e.kind]);
      }
      for (const story of byTruck.values()) {
        if (story.endsWith("X") || story.endsWith("T")) expect(story).toMatch(whole);
        else expect(story).toMatch(/^A(WC?)?(Z(s(ps)*e(HD)?)*(s(ps)*p?|H)?)?$/);
        for (const c of story) seen.add(c);
      }
    }
    // Every kind of event happened, so each branch of the patterns was checked.
    expect([...seen].sort().join("")).toBe(Object.values(letter).sort().join(""));
  });

  it("runBorder(spec, r, { trace }) gives the same metrics, series and histograms as without a trace", () => {
    const spec = bundled("baseline", busy);
    const plain = runBorder(spec, 3);
    const traced = runBorder(spec, 3, { trace: () => {}, servers: () => {} });
    expect(JSON.stringify(traced)).toBe(JSON.stringify(plain));
  });

  it("runBorder(spec, r, { servers }) reports each station's lanes on duty at time 0 and at each shift change and failure", () => {
    const log: string[] = [];
    runBorder(bundled("baseline", ["days=2", "warmupDays=1"]), 0, { servers: (t, station, onDuty, broken) => log.push(`${t} ${station} ${onDuty} ${broken}`) });
    expect(log).toContain("0 kz-customs 6 0");
    expect(log).toContain("8 kz-customs 12 0");
    expect(log).toContain("20 kz-customs 6 0");
    expect(log).toContain("32 kz-customs 12 0");
    expect(log).toContain("0 kz-xray 1 0");
    expect(log.filter((l) => l.startsWith("0 ")).length).toBe(9);
  });
});
