import { format, select } from "d3";
import type { NetworkScenario } from "../../src/scenario/index.js";
import { classColors, diagramPlotWidth, networkDiagram, serverFill } from "../charts/network-diagram.js";
import { networkLayout, type Point } from "../charts/network-layout.js";
import { ink } from "../charts/palette.js";
import { glide, type AnimationScene } from "./animation-scene.js";
import { NetworkReplay, replayNetwork, serverStates, type ServerState } from "./network-replay.js";
import type { NetworkTrace } from "./network-trace.js";

/** Options of networkScene. */
export interface NetworkSceneOptions {
  /** The document that creates the nodes. @default globalThis.document */
  readonly document?: Document;
  /** Width in pixels. @default 640 */
  readonly width?: number;
  /** The model's time unit, for the clock and the summary. @default "min" */
  readonly timeUnit?: string;
}

/** A customer's dot: where it is drawn and where it is going. */
interface Dot {
  x: number;
  y: number;
  tx: number;
  ty: number;
  readonly cls: number;
  /** Station it was last placed at, whose way out it takes when it leaves. */
  station: number;
  hidden: boolean;
  seen: number;
}

const stateFill: Readonly<Record<ServerState, string>> = {
  busy: serverFill.busy, idle: serverFill.idle, "off-shift": serverFill.offShift, broken: serverFill.broken,
};
const count = format(",d");
const clock = format(",.1f");

/**
 * The animation of a network run over its diagram: customers as dots coloured by class, gliding from their
 * arrival arrow into line, to a server and on along the routes; servers filled by state (busy, idle, off
 * shift, broken); "+N" where a line is longer than its lane. All drawn from a replay of the run's own trace.
 * Customer dots are drawn as one path per class, so a long line costs one element, not hundreds.
 */
export function networkScene(scenario: NetworkScenario, trace: NetworkTrace, options: NetworkSceneOptions = {}): AnimationScene {
  const document = options.document ?? globalThis.document;
  const width = options.width ?? 640;
  const unit = options.timeUnit ?? "min";
  const svg = networkDiagram(scenario, {
    document, width, title: `${scenario.name}: replication ${trace.replication + 1} replayed`,
    caption: "Dots are customers (coloured by class when there are several); a filled circle is a busy server. " +
      "The animation replays the run's own event trace: its speed changes nothing in the results.",
  });
  const layout = networkLayout(scenario, diagramPlotWidth(width));
  const replay = new NetworkReplay(trace, replayNetwork(scenario, trace.classes));
  const colors = classColors(scenario);
  const layer = select(svg).select<SVGGElement>("g.animation-layer");
  const dotPaths = trace.classes.map((c) =>
    layer.append("path").attr("class", "customers").attr("data-class", c).attr("fill", colors.get(c) ?? ink.text)
      .attr("stroke", ink.text).attr("stroke-width", 0.6));
  const servers = [...svg.querySelectorAll<SVGGElement>("g.station")].map((g) => [...g.querySelectorAll<SVGCircleElement>(".server")]);
  const shownState = servers.map((circles) => circles.map((): ServerState => "idle"));
  const overflow = layout.stations.map((s) =>
    layer.append("text").attr("class", "overflow").attr("x", s.lane.x + 2).attr("y", s.lane.y + s.lane.height - 4)
      .attr("font-size", 10).attr("font-weight", "bold").attr("fill", ink.text));
  const sources = new Map(layout.sources.map((s) => [`${s.station}\u0000${s.customerClass}`, s.from]));
  const dots = new Map<number, Dot>();
  const r = layout.dotRadius;
  let generation = 0;

  const startOf = (station: number, cls: number): Point => {
    const s = layout.stations[station];
    return sources.get(`${s?.id}\u0000${trace.classes[cls]}`) ?? { x: (s?.entry.x ?? 0) - 20, y: s?.entry.y ?? 0 };
  };
  const place = (customer: number, at: Point, station: number, hidden: boolean): void => {
    let dot = dots.get(customer);
    if (dot === undefined) {
      const cls = replay.classOf.get(customer) ?? 0;
      const from = startOf(station, cls);
      dot = { x: from.x, y: from.y, tx: at.x, ty: at.y, cls, station, hidden, seen: generation };
      dots.set(customer, dot);
    }
    dot.tx = at.x;
    dot.ty = at.y;
    dot.station = station;
    dot.hidden = hidden;
    dot.seen = generation;
  };

  const draw = (seconds: number): boolean => {
    generation++;
    replay.stations.forEach((s, i) => {
      const where = layout.stations[i];
      if (where === undefined) return;
      const slots = where.slots;
      const long = s.queue.length > slots.length;
      // A long line keeps its last two places for the "+N" label.
      const shown = long ? Math.max(0, slots.length - 2) : s.queue.length;
      const tail = slots[Math.max(0, shown - 1)] ?? where.entry;
      s.queue.forEach((c, j) => place(c, j < shown ? (slots[j] as Point) : tail, i, j >= shown));
      overflow[i]?.text(long ? `+${count(s.queue.length - shown)}` : "");
      s.servers.forEach((c, j) => {
        if (c >= 0) place(c, where.servers[j] as Point, i, false);
      });
      serverStates(s).forEach((state, j) => {
        const shownRow = shownState[i] as ServerState[];
        if (shownRow[j] === state) return;
        shownRow[j] = state;
        servers[i]?.[j]?.setAttribute("fill", stateFill[state]);
      });
    });
    const k = glide(seconds);
    let moving = false;
    const paths = trace.classes.map(() => [] as string[]);
    for (const [customer, dot] of dots) {
      if (dot.seen !== generation && !replay.classOf.has(customer)) {
        // Gone from the network: out by its last station's way out, then removed.
        const way = layout.stations[dot.station];
        const out = way?.out ?? way?.exit ?? { x: dot.x, y: dot.y };
        dot.tx = out.x;
        dot.ty = out.y;
        dot.hidden = false;
        if (k === 1 || Math.hypot(dot.tx - dot.x, dot.ty - dot.y) < 1) {
          dots.delete(customer);
          continue;
        }
      }
      dot.x += (dot.tx - dot.x) * k;
      dot.y += (dot.ty - dot.y) * k;
      if (Math.abs(dot.tx - dot.x) + Math.abs(dot.ty - dot.y) > 0.5) moving = true;
      if (!dot.hidden) paths[dot.cls]?.push(`M${(dot.x - r).toFixed(1)},${dot.y.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`);
    }
    paths.forEach((d, c) => dotPaths[c]?.attr("d", d.join("")));
    return moving;
  };

  return {
    svg,
    end: replay.end,
    timeUnit: unit,
    get time() { return replay.time; },
    get nextTime() { return replay.nextTime; },
    seek: (time) => void replay.seek(time),
    step: () => replay.step(),
    draw,
    summary: () => {
      const parts = replay.stations.map((s) => {
        const busy = s.servers.filter((c) => c >= 0).length;
        return `${s.id}: ${count(s.queue.length)} waiting, ${busy} of ${s.servers.length} busy`;
      });
      const away = replay.balked > 0 ? `, ${count(replay.balked)} turned away` : "";
      return `At ${clock(replay.time)} ${unit}: ${count(replay.inSystem)} in the network (${parts.join("; ")}); ${count(replay.departed)} served${away}.`;
    },
  };
}
