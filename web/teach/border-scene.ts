import { select } from "d3";
import type { BandPlace, BorderPlanLayout } from "../charts/border-plan-layout.js";
import { borderPlanLayout } from "../charts/border-plan-layout.js";
import { borderPlan, drawRoadAxis, planPlotWidth, truckColors } from "../charts/border-plan.js";
import { serverFill } from "../charts/network-diagram.js";
import { ink } from "../charts/palette.js";
import { glide, type AnimationScene } from "./animation-scene.js";
import { borderPlanData, type BorderScenario } from "./border-plan-data.js";
import { BorderReplay, type ReplayDirection } from "./border-replay.js";
import { BorderCode, type BorderTraceRecord } from "./border-trace-record.js";
import { serverStates, type ServerState } from "./network-replay.js";

/** Options of borderScene. */
export interface BorderSceneOptions {
  /** The document that creates the nodes. @default globalThis.document */
  readonly document?: Document;
  /** Width in pixels, at least 640. @default 960 */
  readonly width?: number;
}

interface Mark {
  x: number;
  y: number;
  tx: number;
  ty: number;
  readonly cls: number;
  readonly sealed: boolean;
  readonly direction: 0 | 1;
  /** On the road (drawn as a tick to the kilometre scale) or in the checkpoint (a dot, a diamond if sealed). */
  road: boolean;
  hidden: boolean;
  seen: number;
}

const stateFill: Readonly<Record<ServerState, string>> = {
  busy: serverFill.busy, idle: serverFill.idle, "off-shift": serverFill.offShift, broken: serverFill.broken,
};
const weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const count = (n: number): string => n.toLocaleString("en-US");

/** "Day 3 (Wed) 14:05" for an hour of the run; day 1 is a Monday, as the border model counts. */
export function borderClock(hours: number): string {
  const day = Math.floor(hours / 24);
  const minutes = Math.floor((hours - day * 24) * 60);
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `Day ${day + 1} (${weekdays[day % 7]}) ${hh}:${mm}`;
}

/** The longest road queue of each direction over the whole trace, in trucks: what the kilometre scale must hold. */
export function longestRoadQueues(trace: BorderTraceRecord): [number, number] {
  const onRoad = new Set<number>();
  const now: [number, number] = [0, 0];
  const most: [number, number] = [0, 0];
  for (let i = 0; i < trace.length; i++) {
    const code = trace.code[i];
    const truck = trace.truck[i] as number;
    const d = (trace.direction[i] as number) === 0 ? 0 : 1;
    if (code === BorderCode.wait && trace.value[i] === 0) {
      onRoad.add(truck);
      now[d]++;
      most[d] = Math.max(most[d], now[d]);
    } else if ((code === BorderCode.toCentre || code === BorderCode.enterZone) && onRoad.delete(truck)) now[d]--;
  }
  return most;
}

/**
 * The animation of a border run over the checkpoint's plan: each direction's road queue growing along its
 * kilometre scale (one truck per 12 m or whatever the scenario says, sealed trucks marked above the road),
 * trucks entering through the gate into the lines and lanes of each post, held aside for documents, and
 * leaving; lanes filled by state. Trucks on the road are drawn as one path per class, so a queue of a
 * thousand trucks costs a handful of elements.
 */
export function borderScene(scenario: BorderScenario, trace: BorderTraceRecord, options: BorderSceneOptions = {}): AnimationScene {
  const document = options.document ?? globalThis.document;
  const width = options.width ?? 960;
  const data = borderPlanData(scenario);
  const longest = longestRoadQueues(trace);
  const kmPerTruck = data.metresPerTruck / 1000;
  // One scale for both roads, fixed for the whole replay, so the queues can be compared and seen to grow.
  const roadKm = Math.max(1, Math.ceil(Math.max(...longest) * kmPerTruck * 1.1));
  const svg = borderPlan(data, {
    document, width, roadKm,
    title: `${scenario.name}: replication ${trace.replication + 1} replayed`,
  });
  const layout: BorderPlanLayout = borderPlanLayout(data, planPlotWidth(width));
  const lanesOf = trace.stations.map((id) => data.directions.flatMap((d) => d.stations).find((s) => s.id === id)?.lanes ?? 1);
  const replay = new BorderReplay(trace, lanesOf);
  const colors = [...truckColors(data).values()];
  const root = select(svg);
  const layer = root.select<SVGGElement>("g.animation-layer");
  const bandGroups = layout.bands.map((b) => root.select<SVGGElement>(`g.band[data-direction="${b.id}"]`));
  for (const [i, g] of bandGroups.entries()) drawRoadAxis(g.select<SVGGElement>("g.road-axis"), layout.bands[i] as BandPlace, roadKm, layout.scale);
  const roadText = bandGroups.map((g) => g.select<SVGTextElement>("text.road-count"));
  const crossedText = bandGroups.map((g) => g.select<SVGTextElement>("text.crossed"));
  const roadPaths = colors.map((c, k) => layer.append("path").attr("class", "road-trucks").attr("data-class", trace.classes[k] ?? "").attr("fill", c));
  const sealMarks = layer.append("path").attr("class", "sealed-marks").attr("fill", ink.text);
  const dotPaths = colors.map((c, k) => layer.append("path").attr("class", "trucks").attr("data-class", trace.classes[k] ?? "").attr("fill", c)
    .attr("stroke", ink.text).attr("stroke-width", 0.6));
  const laneRects = trace.stations.map((id) => [...svg.querySelectorAll<SVGRectElement>(`g.station[data-station="${id}"] rect.lane`)]);
  const shownState = laneRects.map((rects) => rects.map((): ServerState => "idle"));
  const stationPlaces = new Map(layout.bands.flatMap((b) => b.stations.map((s) => [s.id, s])));
  const places = trace.stations.map((id) => stationPlaces.get(id));
  const bandOf = trace.stations.map((id) => layout.bands.findIndex((b) => b.stations.some((p) => p.id === id)));
  const overflow = places.map((p) => layer.append("text").attr("class", "overflow").attr("x", p?.overflowAt.x ?? 0).attr("y", p?.overflowAt.y ?? 0)
    .attr("text-anchor", "middle").attr("font-size", Math.round(11 * layout.scale)).attr("font-weight", "bold").attr("fill", ink.text));
  const marks = new Map<number, Mark>();
  const r = layout.truckRadius;
  const s = layout.scale;
  // A queued truck's tick on the road: 1.6 pixels wide at scale 1.
  const tick = (1.6 * s).toFixed(1);
  let generation = 0;

  const roadX = (band: BandPlace, k: number): number => {
    const pixelsPerKm = Math.abs(band.road.farX - band.road.gateX) / roadKm;
    return band.road.gateX - band.heading * (k + 0.5) * kmPerTruck * pixelsPerKm;
  };
  const place = (truck: number, x: number, y: number, road: boolean, hidden = false): void => {
    let mark = marks.get(truck);
    if (mark === undefined) {
      const info = replay.trucks.get(truck);
      const band = layout.bands[info?.direction ?? 0] as BandPlace;
      // New trucks come in at the far end of the road; trucks first seen inside come through the gate.
      const from = road ? { x: band.road.farX, y: band.road.y } : { x: band.road.gateX, y: band.road.y };
      mark = { x: from.x, y: from.y, tx: x, ty: y, cls: info?.cls ?? 0, sealed: info?.sealed ?? false, direction: info?.direction ?? 0, road, hidden, seen: generation };
      marks.set(truck, mark);
    }
    mark.tx = x;
    mark.ty = y;
    mark.road = road;
    mark.hidden = hidden;
    mark.seen = generation;
  };
  const placeRow = (list: readonly number[], spots: readonly { x: number; y: number }[], fallback: { x: number; y: number }): void => {
    list.forEach((truck, k) => {
      const spot = spots[k];
      place(truck, spot?.x ?? fallback.x, spot?.y ?? fallback.y, false, spot === undefined);
    });
  };

  const draw = (seconds: number): boolean => {
    generation++;
    layout.bands.forEach((band, d) => {
      const dir = replay.directions[d] as ReplayDirection;
      dir.road.forEach((truck, k) => place(truck, roadX(band, k), band.road.y, true));
      placeRow([...dir.centre, ...dir.booked], band.centre, { x: band.road.gateX, y: band.road.y });
      placeRow(dir.held, band.held, band.held[band.held.length - 1] ?? band.yard);
      placeRow(dir.yard, [band.yard], band.yard);
      const queued = dir.road.length;
      roadText[d]?.text(queued === 0 ? "Road queue: none" : `Road queue: ${count(queued)} truck${queued === 1 ? "" : "s"} · ${(queued * kmPerTruck).toFixed(1)} km`);
      crossedText[d]?.text(`crossed: ${count(dir.crossed)}${dir.turnedBack > 0 ? ` · turned back: ${count(dir.turnedBack)}` : ""}`);
    });
    replay.stations.forEach((s, i) => {
      const p = places[i];
      if (p === undefined) return;
      const long = s.queue.length > p.slots.length;
      const shown = long ? p.slots.length - 1 : s.queue.length;
      s.queue.forEach((truck, k) => {
        const spot = p.slots[Math.min(k, Math.max(0, shown - 1))] ?? p.overflowAt;
        place(truck, spot.x, spot.y, false, k >= shown);
      });
      overflow[i]?.text(long ? `+${count(s.queue.length - shown)}` : "");
      s.servers.forEach((truck, j) => {
        const lane = p.lanes[j];
        if (truck >= 0 && lane !== undefined) place(truck, lane.x + layout.laneSize.width / 2, lane.y + layout.laneSize.height / 2, false);
      });
      serverStates(s).forEach((state, j) => {
        const row = shownState[i] as ServerState[];
        if (row[j] === state) return;
        row[j] = state;
        laneRects[i]?.[j]?.setAttribute("fill", stateFill[state]);
      });
    });

    const k = glide(seconds);
    let moving = false;
    const roadD = colors.map(() => [] as string[]);
    const dotD = colors.map(() => [] as string[]);
    const seals: string[] = [];
    for (const [truck, m] of marks) {
      if (m.seen !== generation) {
        if (!replay.trucks.has(truck) && k < 1) {
          // Crossed: out through the exit, then gone. Turned back or seeked past: gone at once.
          const exit = (layout.bands[m.direction] as BandPlace).exit;
          m.tx = exit.x;
          m.ty = exit.y;
          m.road = false;
          m.hidden = false;
          if (Math.abs(m.tx - m.x) + Math.abs(m.ty - m.y) < 2) marks.delete(truck);
        } else {
          marks.delete(truck);
          continue;
        }
      }
      m.x += (m.tx - m.x) * k;
      m.y += (m.ty - m.y) * k;
      if (Math.abs(m.tx - m.x) + Math.abs(m.ty - m.y) > 0.5) moving = true;
      if (m.hidden) continue;
      const x = m.x.toFixed(1);
      const y = m.y.toFixed(1);
      if (m.road) {
        roadD[m.cls]?.push(`M${x},${(m.y - 4 * s).toFixed(1)}h${tick}v${(8 * s).toFixed(1)}h-${tick}z`);
        if (m.sealed) seals.push(`M${x},${(m.y - 10 * s).toFixed(1)}h${tick}v${(4 * s).toFixed(1)}h-${tick}z`);
      } else if (m.sealed) {
        dotD[m.cls]?.push(`M${x},${(m.y - r - 1).toFixed(1)}l${r + 1},${r + 1}l${-r - 1},${r + 1}l${-r - 1},${-r - 1}z`);
      } else {
        dotD[m.cls]?.push(`M${(m.x - r).toFixed(1)},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`);
      }
    }
    roadD.forEach((d, c) => roadPaths[c]?.attr("d", d.join("")));
    dotD.forEach((d, c) => dotPaths[c]?.attr("d", d.join("")));
    sealMarks.attr("d", seals.join(""));
    return moving;
  };

  return {
    svg,
    end: replay.end,
    timeUnit: "h",
    get time() { return replay.time; },
    get nextTime() { return replay.nextTime; },
    seek: (time) => void replay.seek(time),
    step: () => replay.step(),
    draw,
    summary: () => layout.bands.map((band, d) => {
      const dir = replay.directions[d] as ReplayDirection;
      const inside = replay.stations.reduce((n, s, i) => (bandOf[i] === d ? n + s.queue.length + s.servers.filter((c) => c >= 0).length : n), 0)
        + dir.held.length + dir.yard.length;
      const name = band.id === "kg-to-kz" ? "To Kazakhstan" : "To Kyrgyzstan";
      return `${name}: ${count(dir.road.length)} on the road (${(dir.road.length * kmPerTruck).toFixed(1)} km), ${count(inside)} inside, ${count(dir.crossed)} crossed.`;
    }).join(" "),
  };
}
