import type { DirectionId } from "../../src/scenario/study/study-result.js";
import { wrapText } from "./text-wrap.js";

/** A point in the plot area, in pixels from its top-left corner. */
interface Point {
  readonly x: number;
  readonly y: number;
}

/** One place of control on the plan: a stage's lanes, its lane for sealed trucks, or the seal-fitting stage. */
export interface PlanStation {
  /** Station id as the border model's trace names it. */
  readonly id: string;
  /** Short name drawn above its lanes, such as "KZ X-ray". */
  readonly label: string;
  /** The post whose officers work it: "kg" Ak-Tilek, "kz" Karasu. */
  readonly post: "kg" | "kz";
  /** Lanes built (the most ever on duty). */
  readonly lanes: number;
}

/** What the plan draws of one direction. */
export interface PlanDirection {
  readonly id: DirectionId;
  /** Stations in the order a truck meets them. */
  readonly stations: readonly PlanStation[];
  /** Places inside the checkpoint, gate to last stage. */
  readonly zonePlaces: number;
}

/** The checkpoint as the plan draws it. */
export interface BorderPlanData {
  /** Kyrgyzstan → Kazakhstan first (drawn on top, moving right), then Kazakhstan → Kyrgyzstan (below, moving left). */
  readonly directions: readonly [PlanDirection, PlanDirection];
  /** Road length one queued truck takes, in metres. */
  readonly metresPerTruck: number;
  /** Waiting places in each direction's part of the logistics centre (0: none). */
  readonly centrePlaces: number;
  /** Whether waiting trucks wait at booked slots (electronic queue) rather than on the road. */
  readonly booking: boolean;
  /** Truck classes of both directions, in the order their colours are given. */
  readonly classes: readonly string[];
}

/** Where one station sits: its line of waiting trucks and its lanes. */
export interface StationPlace {
  readonly id: string;
  readonly labelLines: readonly string[];
  /** Centre x of the label, and the top of its first line. */
  readonly labelAt: Point;
  /** Centres of the visible places in line, the head of the line first. */
  readonly slots: readonly Point[];
  /** Where "+N" goes when the line is longer than its places. */
  readonly overflowAt: Point;
  /** Top-left of each lane's rectangle. */
  readonly lanes: readonly Point[];
}

/** One direction's band of the plan. */
export interface BandPlace {
  readonly id: DirectionId;
  /** +1 when trucks move right, -1 when they move left. */
  readonly heading: 1 | -1;
  readonly top: number;
  readonly bottom: number;
  /** The road strip: trucks queue from `gateX` outwards (against `heading`), `y` its centre line. */
  readonly road: { readonly gateX: number; readonly farX: number; readonly y: number };
  /** Centres of the logistics centre's visible places and of the booked-slot marks (empty when not used). */
  readonly centre: readonly Point[];
  readonly centreBox: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | null;
  /** Where trucks held for documents wait, and where trucks inside with no known line stand. */
  readonly held: readonly Point[];
  readonly yard: Point;
  /** Where crossed trucks go. */
  readonly exit: Point;
  readonly stations: readonly StationPlace[];
}

/** The plan's geometry, shared by the static plan and the animation drawn over it. */
export interface BorderPlanLayout {
  readonly width: number;
  readonly height: number;
  /** x of the border line between the posts. */
  readonly borderX: number;
  readonly bands: readonly [BandPlace, BandPlace];
  readonly laneSize: { readonly width: number; readonly height: number };
  /** Radius of a truck's mark in the checkpoint, in pixels. */
  readonly truckRadius: number;
  /** planScale of the width: 1 at 860 pixels, up to 1.75; text and marks drawn on the plan grow by it. */
  readonly scale: number;
  /** Station labels' font size and line height, in pixels. */
  readonly fontSize: number;
  readonly lineHeight: number;
}

/** Sizes at the reference plot width; a wider plan scales them all (see planScale). */
const base = { laneWidth: 18, laneHeight: 10, laneGap: 2, slot: 10, labelFont: 11, labelLine: 13, headerHeight: 42, truckRadius: 4 };
const referenceWidth = 860;
const roadArea = 0.27;

/**
 * How much bigger than at 860 pixels the plan draws its lanes, trucks and labels in a plot `width` pixels
 * wide: in proportion to the width, from 1 up to 1.75, so a wide screen gets a plan that is bigger, not emptier.
 * @example planScale(1290) // => 1.5
 */
export function planScale(width: number): number {
  return Math.min(1.75, Math.max(1, width / referenceWidth));
}

type Sizes = typeof base;

/** Where the stations of one post go in one band: evenly over the post's half of the zone, in travel order. */
function placeStations(
  stations: readonly PlanStation[], left: number, right: number, heading: 1 | -1, lanesTop: number, lanesHeight: number, labelRows: number, z: Sizes,
): StationPlace[] {
  const { laneWidth, laneHeight, laneGap, slot, labelFont, headerHeight } = z;
  const columnWidth = (right - left) / Math.max(1, stations.length);
  return stations.map((s, k) => {
    // Travel order runs left to right when heading right, right to left when heading left.
    const columnLeft = heading === 1 ? left + k * columnWidth : right - (k + 1) * columnWidth;
    const queueWidth = Math.max(slot, columnWidth - laneWidth - 10);
    const lanesX = heading === 1 ? columnLeft + columnWidth - laneWidth - 4 : columnLeft + 4;
    const lanes = Array.from({ length: s.lanes }, (_, i) => ({ x: lanesX, y: lanesTop + i * (laneHeight + laneGap) }));
    const perRow = Math.max(1, Math.floor(queueWidth / slot));
    const rows = Math.max(1, Math.floor(lanesHeight / slot));
    const headX = heading === 1 ? lanesX - 6 - slot / 2 : lanesX + laneWidth + 6 + slot / 2;
    const slots = Array.from({ length: perRow * rows }, (_, i) => ({
      x: headX - heading * (i % perRow) * slot,
      y: lanesTop + slot / 2 + Math.floor(i / perRow) * slot,
    }));
    const labelLines = wrapText(s.label, columnWidth - 4, labelFont).slice(0, labelRows);
    return {
      id: s.id, labelLines, labelAt: { x: columnLeft + columnWidth / 2, y: lanesTop - headerHeight + 2 },
      slots, overflowAt: { x: headX - heading * (perRow - 1) * slot, y: lanesTop + rows * slot + 10 }, lanes,
    };
  });
}

/**
 * Lays out the checkpoint in `width` pixels: Kyrgyzstan on the left, Kazakhstan on the right, the border
 * line between; Kyrgyzstan → Kazakhstan on top, moving right from its road queue at the left edge,
 * Kazakhstan → Kyrgyzstan below, moving left from its road queue at the right edge. Each post's stations
 * sit in its half of the zone in the order trucks meet them, each a block of waiting places and its lanes.
 * Not to scale inside the checkpoint; the road queue is drawn to a kilometre scale by the animation.
 * @throws {RangeError} if width is below 600 pixels, too narrow for both posts' stations.
 */
export function borderPlanLayout(data: BorderPlanData, width: number): BorderPlanLayout {
  if (!(width >= 600)) throw new RangeError(`borderPlanLayout: width must be at least 600 pixels for both posts, got ${width}`);
  const scale = planScale(width);
  const z = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, v * scale])) as Sizes;
  const { laneHeight, laneGap, slot, headerHeight } = z;
  const road = Math.round(width * roadArea);
  const borderX = width / 2;
  const mostLanes = Math.max(4, ...data.directions.flatMap((d) => d.stations.map((s) => s.lanes)));
  const lanesHeight = mostLanes * (laneHeight + laneGap) - laneGap;
  const labelRows = 3;
  const bandHeight = headerHeight + lanesHeight + 54 * scale;
  const top = 22;
  const bands = data.directions.map((d, i): BandPlace => {
    const heading: 1 | -1 = i === 0 ? 1 : -1;
    const bandTop = top + i * (bandHeight + 16);
    const lanesTop = bandTop + headerHeight;
    const roadY = lanesTop + lanesHeight / 2;
    const kg = d.stations.filter((s) => s.post === "kg");
    const kz = d.stations.filter((s) => s.post === "kz");
    // Heading right, the Kyrgyz (exit) stations come first on the left half; heading left, the Kazakh ones on the right half.
    const stations = [
      ...placeStations(kg, road + 8, borderX - 6, heading, lanesTop, lanesHeight, labelRows, z),
      ...placeStations(kz, borderX + 6, width - road - 8, heading, lanesTop, lanesHeight, labelRows, z),
    ];
    const byId = new Map(stations.map((s) => [s.id, s]));
    const ordered = d.stations.map((s) => byId.get(s.id) as StationPlace);
    const gateX = heading === 1 ? road : width - road;
    const farX = heading === 1 ? 4 : width - 4;
    const belowLanes = lanesTop + lanesHeight + 30 * scale;
    const centreWidth = Math.min(road - 20, 10 * slot);
    const centreBox = data.centrePlaces > 0 || data.booking
      ? { x: heading === 1 ? gateX - centreWidth - 8 : gateX + 8, y: belowLanes - 8, width: centreWidth, height: 2 * slot + 4 }
      : null;
    const centre = centreBox === null ? [] : Array.from({ length: 20 }, (_, k) => ({
      x: centreBox.x + slot / 2 + 2 + (k % 10) * slot, y: centreBox.y + slot / 2 + 2 + Math.floor(k / 10) * slot,
    }));
    const heldStart = heading === 1 ? road + 14 : width - road - 14;
    const held = Array.from({ length: Math.floor(24 / scale) }, (_, k) => ({ x: heldStart + heading * k * slot, y: belowLanes + 4 }));
    return {
      id: d.id, heading, top: bandTop, bottom: bandTop + bandHeight,
      road: { gateX, farX, y: roadY }, centre, centreBox, held,
      yard: { x: gateX + heading * 8, y: roadY },
      exit: { x: heading === 1 ? width - road + 30 : road - 30, y: roadY },
      stations: ordered,
    };
  }) as [BandPlace, BandPlace];
  return {
    width, height: top + 2 * bandHeight + 16, borderX, bands, laneSize: { width: z.laneWidth, height: z.laneHeight }, truckRadius: z.truckRadius,
    scale, fontSize: z.labelFont, lineHeight: z.labelLine,
  };
}
