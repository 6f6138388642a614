import type { NetworkScenario } from "../../src/scenario/index.js";
import { distributionLabel } from "./distribution-label.js";
import { wrapText } from "./text-wrap.js";

/** A point in the plot area, in pixels from its top-left corner. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where one station of a network sits: its line of waiting customers and its servers. */
export interface StationLayout {
  readonly id: string;
  /** Column from the left: stations that external arrivals enter are in column 0, their successors in 1, ... */
  readonly column: number;
  /** The queue lane, a horizontal strip ending at the servers. */
  readonly lane: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  /** Top of the station's title and bottom of its service label, for arcs that must pass clear of them. */
  readonly top: number;
  readonly bottom: number;
  /** The title above the lane (the id first, then servers, order of service and line limit), wrapped to the station's width. */
  readonly titleLines: readonly string[];
  /** The service time below the lane, wrapped. */
  readonly serviceLines: readonly string[];
  /** Left end of the lane, where customers join the line. */
  readonly entry: Point;
  /** Right of the servers, where served customers leave the station. */
  readonly exit: Point;
  /** Start and end of the "out" arrow, where customers leaving the network go; present when some do. */
  readonly outFrom: Point;
  readonly out: Point | undefined;
  /** Probability of leaving the network after service here. */
  readonly leaving: number;
  /** Centres of the visible places in line, the head of the line (next to the servers) first. */
  readonly slots: readonly Point[];
  /** Centres of the servers, as many as the station ever has on duty. */
  readonly servers: readonly Point[];
}

/** One external arrival stream: its label and the arrow from the left edge to its station. */
export interface SourceLayout {
  readonly station: string;
  readonly customerClass: string;
  readonly lines: readonly string[];
  /** Top-left of the label's first line box. */
  readonly labelAt: Point;
  /** Start of the arrow, where new customers appear. */
  readonly from: Point;
  readonly to: Point;
}

/** One route: an SVG path from a station's exit to another's entry, and where its probability is written. */
export interface RouteLayout {
  readonly from: string;
  readonly to: string;
  readonly p: number;
  readonly path: string;
  readonly labelAt: Point;
  /** True for a route back to the same or an earlier column, drawn as an arc above the stations. */
  readonly back: boolean;
}

/** The whole diagram's geometry, shared by the static diagram and the animation drawn over it. */
export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  readonly stations: readonly StationLayout[];
  readonly sources: readonly SourceLayout[];
  readonly routes: readonly RouteLayout[];
  /** Radius of a customer's dot and of a server's circle, in pixels. */
  readonly dotRadius: number;
  readonly serverRadius: number;
}

/** Pixels between the centres of two places in line. */
export const slotSpacing = 10;
const dotRadius = 4;
const serverRadius = 9;
const serversPerColumn = 5;
const laneHeight = 16;
const titleFont = 12;
const titleLine = 14;
const serviceFont = 10;
const serviceLine = 12;
const rowGap = 22;
const columnGap = 46;
const outRoom = 44;
const arcRoom = 26;
const sourceFont = 10;
const sourceLine = 12;

/** The stations' columns: breadth-first distance from the stations external arrivals enter. */
function columnsOf(network: NetworkScenario): Map<string, number> {
  const column = new Map<string, number>();
  const queue: string[] = [];
  for (const a of network.arrivals) {
    if (!column.has(a.to)) {
      column.set(a.to, 0);
      queue.push(a.to);
    }
  }
  const byId = new Map(network.stations.map((s) => [s.id, s]));
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    for (const r of byId.get(id)?.routes ?? []) {
      if (column.has(r.to) || !byId.has(r.to)) continue;
      column.set(r.to, (column.get(id) ?? 0) + 1);
      queue.push(r.to);
    }
  }
  // A station nothing reaches still has to be drawn somewhere.
  for (const s of network.stations) if (!column.has(s.id)) column.set(s.id, 0);
  return column;
}

/** "desk · 3 servers · priority · line holds 5": what a station's title says after its id. */
function stationTitle(s: NetworkScenario["stations"][number]): string {
  const servers = s.schedule === undefined ? `${s.servers} server${s.servers === 1 ? "" : "s"}` : `up to ${maxServers(s)} servers on a rota`;
  const discipline = s.discipline === "fifo" ? "" : ` · ${s.discipline}`;
  const limit = s.queueLimit === undefined ? "" : ` · line holds ${s.queueLimit}`;
  return `${s.id} · ${servers}${discipline}${limit}`;
}

function serviceText(s: NetworkScenario["stations"][number]): string {
  const byClass = s.serviceByClass === undefined ? "" : " (some classes differ)";
  return `service ${distributionLabel(s.service)}${byClass}${s.breakdowns === undefined ? "" : " · breaks down"}`;
}

/** Servers a station may have on duty at once: its count, or the most its schedule ever puts on. */
export function maxServers(station: NetworkScenario["stations"][number]): number {
  const schedule = station.schedule;
  return schedule === undefined ? station.servers : Math.max(1, ...schedule.changes.map((c) => c.servers));
}

/**
 * Lays out a network left to right in `width` pixels: arrival arrows at the left, stations in columns by
 * their distance from the arrivals, each a queue lane ending at its servers, routes forward as curves and
 * back (feedback) as arcs above. Pure: the same network and width give the same geometry, which lets the
 * animation place customers exactly over the diagram drawn from it.
 * @throws {RangeError} if width leaves no room for a queue of at least two places.
 */
export function networkLayout(network: NetworkScenario, width: number): NetworkLayout {
  const columns = columnsOf(network);
  const columnCount = Math.max(...columns.values()) + 1;
  const sourceWidth = Math.min(130, Math.max(96, 0.2 * width));
  const columnWidth = (width - sourceWidth - outRoom) / columnCount;
  const boxWidth = columnWidth - columnGap;
  const serverColumns = (s: NetworkScenario["stations"][number]): number => Math.ceil(maxServers(s) / serversPerColumn);
  const widestServers = Math.max(...network.stations.map(serverColumns)) * (2 * serverRadius + 4);
  if (boxWidth - widestServers - 6 < 2 * slotSpacing) {
    throw new RangeError(`networkLayout: width ${width} leaves no room for the queues of ${columnCount} columns of stations; make it wider`);
  }
  const hasBack = network.stations.some((s) => s.routes.some((r) => (columns.get(r.to) ?? 0) <= (columns.get(s.id) ?? 0)));
  const streamsTo = new Map<string, NetworkScenario["arrivals"][number][]>();
  for (const a of network.arrivals) streamsTo.set(a.to, [...(streamsTo.get(a.to) ?? []), a]);
  const sourceLines = (a: NetworkScenario["arrivals"][number]): string[] =>
    // Room is left past the label for the arrow to bend to its station without crossing it.
    wrapText(`${a.class}: ${distributionLabel(a.interarrival)}`, sourceWidth - 22, sourceFont);

  const stations: StationLayout[] = [];
  const sources: SourceLayout[] = [];
  const columnBottom = new Array<number>(columnCount).fill(hasBack ? arcRoom : 0);
  for (const s of network.stations) {
    const column = columns.get(s.id) ?? 0;
    const n = maxServers(s);
    const rows = Math.min(n, serversPerColumn);
    const boxHeight = Math.max(laneHeight, rows * (2 * serverRadius + 4) - 4);
    const titleLines = wrapText(stationTitle(s), boxWidth, titleFont);
    const serviceLines = wrapText(serviceText(s), boxWidth, serviceFont);
    const titleHeight = titleLines.length * titleLine + 3;
    const serviceHeight = serviceLines.length * serviceLine + 3;
    const streams = streamsTo.get(s.id) ?? [];
    const sourceBlocks = column === 0 ? streams.map((a) => sourceLines(a).length * sourceLine + 6) : [];
    const sourceHeight = sourceBlocks.reduce((sum, h) => sum + h, 0);
    const cellHeight = Math.max(titleHeight + boxHeight + serviceHeight, sourceHeight);
    const top = columnBottom[column] as number;
    columnBottom[column] = top + cellHeight + rowGap;
    const centreY = top + (cellHeight - titleHeight - boxHeight - serviceHeight) / 2 + titleHeight + boxHeight / 2;
    const x = sourceWidth + column * columnWidth;
    const serversWidth = serverColumns(s) * (2 * serverRadius + 4);
    const laneWidth = boxWidth - serversWidth - 6;
    const lane = { x, y: centreY - laneHeight / 2, width: laneWidth, height: laneHeight };
    const visible = Math.floor(laneWidth / slotSpacing);
    const slots = Array.from({ length: visible }, (_, i) => ({ x: x + laneWidth - (i + 0.5) * slotSpacing, y: centreY }));
    const serverLeft = x + laneWidth + 6;
    const servers = Array.from({ length: n }, (_, i) => {
      const col = Math.floor(i / serversPerColumn);
      const row = i % serversPerColumn;
      return { x: serverLeft + col * (2 * serverRadius + 4) + serverRadius, y: centreY + (row - (rows - 1) / 2) * (2 * serverRadius + 4) };
    });
    const exit = { x: serverLeft + serversWidth, y: centreY };
    const leaving = Math.max(0, 1 - s.routes.reduce((sum, r) => sum + r.p, 0));
    // With routes leaving to the right, the way out points down from the servers so the arrows do not cross.
    const lowest = servers[Math.min(n, serversPerColumn) - 1] ?? exit;
    const outFrom = s.routes.length === 0 ? exit : { x: serverLeft + serverRadius, y: lowest.y + serverRadius + 1 };
    const out = leaving <= 1e-12 ? undefined : s.routes.length === 0 ? { x: exit.x + 26, y: exit.y + 16 } : { x: outFrom.x, y: outFrom.y + 18 };
    stations.push({
      id: s.id, column, lane, top: centreY - boxHeight / 2 - titleHeight, bottom: centreY + boxHeight / 2 + serviceHeight, titleLines, serviceLines,
      entry: { x, y: centreY }, exit, outFrom, out, leaving, slots, servers,
    });
    let blockTop = centreY - sourceHeight / 2;
    streams.forEach((a, k) => {
      const lines = column === 0 ? sourceLines(a) : [a.class];
      const height = sourceBlocks[k] ?? sourceLine + 6;
      const arrowY = blockTop + lines.length * sourceLine + 2;
      sources.push({
        station: s.id, customerClass: a.class, lines, labelAt: { x: 0, y: blockTop },
        from: { x: 0, y: column === 0 ? arrowY : centreY }, to: { x, y: centreY },
      });
      blockTop += height;
    });
  }

  const byId = new Map(stations.map((s) => [s.id, s]));
  const routes: RouteLayout[] = [];
  let arcs = 0;
  for (const s of network.stations) {
    const from = byId.get(s.id) as StationLayout;
    for (const r of s.routes) {
      const to = byId.get(r.to);
      if (to === undefined) continue;
      const a = from.exit;
      const b = to.entry;
      if (to.column > from.column) {
        const bend = (b.x - a.x) / 2;
        routes.push({ from: s.id, to: r.to, p: r.p, back: false, path: `M${a.x},${a.y}C${a.x + bend},${a.y} ${b.x - bend},${b.y} ${b.x},${b.y}`, labelAt: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - 5 } });
      } else {
        // Back routes climb over the stations' titles; each further arc sits a little higher so they do not overlap.
        const yTop = Math.max(4, Math.min(from.top, to.top) - 8 - 6 * arcs++);
        routes.push({
          from: s.id, to: r.to, p: r.p, back: true,
          path: `M${a.x},${a.y}C${a.x + 24},${a.y} ${a.x + 24},${yTop} ${a.x},${yTop}L${b.x},${yTop}C${b.x - 24},${yTop} ${b.x - 24},${b.y} ${b.x},${b.y}`,
          labelAt: { x: (a.x + b.x) / 2, y: yTop - 4 },
        });
      }
    }
  }
  const height = Math.max(...columnBottom) - rowGap;
  return { width, height, stations, sources, routes, dotRadius, serverRadius };
}
