/**
 * What the animation player drives: a replay of a recorded trace, drawn into an SVG. The player owns
 * the clock (play, pause, step, speed); the scene only answers "show model time t". Scenes for a
 * queueing network and for the border checkpoint implement it.
 */
export interface AnimationScene {
  /** The drawing, inserted into the page by the player. */
  readonly svg: SVGSVGElement;
  /** Model time the trace holds completely, and its time unit ("min", "h") for the clock. */
  readonly end: number;
  readonly timeUnit: string;
  /** Model time shown now. */
  readonly time: number;
  /** Model time of the next event, or Infinity. */
  readonly nextTime: number;
  /** Shows model time `time`, applying the trace's events up to it (going back replays from the start). */
  seek(time: number): void;
  /** Moves to the next event time; false when none is left. */
  step(): boolean;
  /**
   * Redraws the state at the current time. Customers glide towards their places for `seconds` of wall
   * time since the last draw (0: jump there). Returns true while something is still moving.
   */
  draw(seconds: number): boolean;
  /** One sentence on the state now, for the status line and screen readers. */
  summary(): string;
}

/** How far a glide goes in `seconds`: most of the way in a quarter of a second, all of it for 0. */
export function glide(seconds: number): number {
  return seconds <= 0 ? 1 : 1 - Math.exp(-seconds * 12);
}

/**
 * The glide time to give a scene for `seconds` of wall time when the replay runs at `multiple`× real time.
 * A glide goes most of the way in a quarter of a second of wall time; at high speed that is many model
 * minutes, during which a truck drawn gliding into a lane has already left it by the replay and the
 * status line. So the glide is sped up to be 99% done within one minute of model time (0.4 s of glide,
 * 1 − e^(−4.8)): `multiple / 150` times faster above 150× real time, unchanged below.
 * @example glideSeconds(0.1, 600) // => 0.4
 */
export function glideSeconds(seconds: number, multiple: number): number {
  return seconds * Math.max(1, multiple / 150);
}
