import { runBorder, type BorderRun, type BorderTraceEvent } from "../../src/model/index.js";
import { BoundedColumns } from "./bounded-columns.js";
import { borderPlanData, type BorderScenario } from "./border-plan-data.js";
import { BorderCode, waitingPlaces, type BorderTraceRecord } from "./border-trace-record.js";

const codes: Readonly<Record<BorderTraceEvent["kind"], BorderCode>> = {
  arrive: BorderCode.arrive, "turned-back": BorderCode.turnedBack, wait: BorderCode.wait, "to-centre": BorderCode.toCentre,
  "enter-zone": BorderCode.enterZone, "stage-start": BorderCode.stageStart, "stage-preempt": BorderCode.stagePreempt,
  "stage-end": BorderCode.stageEnd, "documents-held": BorderCode.documentsHeld, "documents-arrived": BorderCode.documentsArrived,
  depart: BorderCode.depart,
};

/**
 * Runs one replication of a border scenario and records its own event trace as it runs: the first
 * `limit` events (see BoundedColumns). The model says when a truck's control starts but not when it joins
 * the line before it, which is the moment it entered the checkpoint, finished the stage before, or got its
 * documents; a pass backwards over the recording writes on those events the station whose line the truck
 * joins, found at its next "stage-start". A truck whose next start the recording does not reach stands in
 * the checkpoint's yard.
 */
export function recordBorderRun(scenario: BorderScenario, replication: number, limit = 600_000): { run: BorderRun; trace: BorderTraceRecord } {
  const plan = borderPlanData(scenario);
  const stations = plan.directions.flatMap((d) => d.stations.map((s) => s.id));
  const stationIndex = new Map(stations.map((id, i) => [id, i]));
  const classIndex = new Map(plan.classes.map((c, i) => [c, i]));
  const log = new BoundedColumns(limit, (n) => ({
    time: new Float64Array(n), code: new Uint8Array(n), truck: new Int32Array(n), direction: new Uint8Array(n), station: new Int16Array(n), value: new Int32Array(n),
  }));
  const indexOf = (station: string): number => {
    let i = stationIndex.get(station);
    if (i === undefined) {
      i = stations.length;
      stations.push(station);
      stationIndex.set(station, i);
    }
    return i;
  };
  const run = runBorder(scenario, replication, {
    trace: (t, event) => {
      const i = log.slot(t);
      if (i < 0) return;
      const c = log.columns;
      c.code[i] = codes[event.kind];
      c.truck[i] = event.truck;
      c.direction[i] = event.direction === "kg-to-kz" ? 0 : 1;
      c.station[i] = event.kind === "stage-start" || event.kind === "stage-preempt" || event.kind === "stage-end" ? indexOf(event.station) : -1;
      c.value[i] = event.kind === "arrive" ? (classIndex.get(event.truckClass) ?? 0) * 2 + (event.sealed ? 1 : 0)
        : event.kind === "wait" ? waitingPlaces.indexOf(event.where) : -1;
    },
    servers: (t, station, onDuty, broken) => {
      for (const [code, value] of [[BorderCode.onDuty, onDuty], [BorderCode.broken, broken]] as const) {
        const i = log.slot(t);
        if (i < 0) return;
        const c = log.columns;
        c.code[i] = code;
        c.truck[i] = -1;
        c.direction[i] = 0;
        c.station[i] = indexOf(station);
        c.value[i] = value;
      }
    },
  });
  const columns = log.finish();
  writeNextLines(columns.code, columns.truck, columns.station, columns.value, log.length);
  const horizon = scenario.days * 24;
  return {
    run,
    trace: {
      stations, classes: plan.classes, length: log.length, ...columns,
      until: Math.min(log.cutAt, horizon), complete: log.cutAt === Infinity, horizon, warmup: run.warmup, replication,
    },
  };
}

/** Backwards over the events: each truck's next line is the station of its next "stage-start" (none once it is held). */
function writeNextLines(code: Uint8Array, truck: Int32Array, station: Int16Array, value: Int32Array, length: number): void {
  const next = new Map<number, number>();
  for (let i = length - 1; i >= 0; i--) {
    const who = truck[i] as number;
    switch (code[i]) {
      case BorderCode.stageStart:
        next.set(who, station[i] as number);
        break;
      case BorderCode.documentsHeld:
      case BorderCode.depart:
        next.set(who, -1);
        break;
      case BorderCode.enterZone:
      case BorderCode.stageEnd:
      case BorderCode.documentsArrived:
        value[i] = next.get(who) ?? -1;
        break;
      case BorderCode.stagePreempt:
        value[i] = station[i] as number;
        break;
    }
  }
}
