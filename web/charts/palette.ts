import type { DirectionId } from "../../src/scenario/study/study-result.js";

/**
 * The Okabe–Ito palette: eight colours that stay distinct under the common forms of colour blindness.
 * Yellow is kept last in every sequence because it is nearly invisible as a line on white.
 */
export const okabeIto = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
} as const;

/**
 * Darker versions of Okabe–Ito's orange and sky blue and of yellow, for lines and marks on white: the
 * originals have contrast 2.25, 2.31 and 1.32 against white, below the 3:1 that graphics need (WCAG
 * 1.4.11); these keep their hue at 4.5:1, 4.6:1 and 4.8:1.
 */
export const onWhite = {
  amber: "#A86800",
  deepSky: "#2B7BB5",
  olive: "#7F7300",
} as const;

/** Neutral inks for text, axes and marks that carry no category. */
export const ink = {
  text: "#222222",
  muted: "#555555",
  axis: "#888888",
  grid: "#e6e6e6",
  whisker: "#222222",
  background: "#ffffff",
} as const;

/** The fixed colour of each direction, the same in every chart. */
export const directionColors: Readonly<Record<DirectionId, string>> = {
  "kg-to-kz": okabeIto.blue,
  "kz-to-kg": okabeIto.vermillion,
};

// Every colour below has at least 3:1 contrast against white (a test checks it).
const scenarioSequence = [
  okabeIto.black,
  onWhite.amber,
  onWhite.deepSky,
  okabeIto.bluishGreen,
  okabeIto.reddishPurple,
  okabeIto.blue,
  okabeIto.vermillion,
] as const;

const categorySequence = [
  onWhite.amber,
  onWhite.deepSky,
  okabeIto.bluishGreen,
  okabeIto.reddishPurple,
  okabeIto.blue,
  okabeIto.vermillion,
  okabeIto.black,
  onWhite.olive,
] as const;

/**
 * The colour of the scenario at `index` in a study's list; the baseline (index 0) is black.
 * Colours repeat after seven scenarios.
 * @throws {RangeError} if index is not a non-negative integer.
 * @example scenarioColor(0) // => "#000000"
 */
export function scenarioColor(index: number): string {
  return pick(scenarioSequence, index, "scenarioColor(index)");
}

/**
 * The colour of the category (such as a control stage) at `index` in a sorted list of categories.
 * Colours repeat after eight categories.
 * @throws {RangeError} if index is not a non-negative integer.
 * @example categoryColor(0) // => "#A86800"
 */
export function categoryColor(index: number): string {
  return pick(categorySequence, index, "categoryColor(index)");
}

function pick(sequence: readonly string[], index: number, where: string): string {
  if (!Number.isInteger(index) || index < 0) {
    throw new RangeError(`${where}: index must be a non-negative integer, got ${index}`);
  }
  return sequence[index % sequence.length] ?? okabeIto.black;
}
