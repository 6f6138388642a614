import { glideSeconds, type AnimationScene } from "./animation-scene.js";

/** Options of animationPlayer. */
export interface AnimationPlayerOptions {
  /** The document that creates the controls. @default globalThis.document */
  readonly document?: Document;
  /** Real seconds in one model time unit (60 when the model counts minutes, 3600 for hours): real time plays one unit in that many seconds. */
  readonly secondsPerUnit: number;
  /** Speed at the start, as a multiple of real time (one of `speeds`). @default 60 */
  readonly speed?: number;
  /** What the trace covers, written under the animation, such as "the first 250,000 events of replication 1". */
  readonly note: string;
  /** How the clock reads a model time. @default "t = 12.3 <unit>" */
  readonly formatClock?: (time: number) => string;
  /** Frame scheduler. @default requestAnimationFrame */
  readonly requestFrame?: (callback: (now: number) => void) => number;
  readonly cancelFrame?: (handle: number) => void;
  /** Wall clock in milliseconds, for the frame statistics. @default performance.now */
  readonly now?: () => number;
}

/** A mounted player. */
export interface AnimationPlayer {
  readonly element: HTMLElement;
  play(): void;
  pause(): void;
  /** Shows the next event (pausing first). */
  step(): void;
  /** Sets the speed as a multiple of real time; Infinity plays as fast as the browser draws. */
  setSpeed(multiple: number): void;
  /** Frames drawn in the last second, and the mean milliseconds the replay and drawing took per frame. */
  readonly stats: { readonly fps: number; readonly frameMs: number };
  /** Stops drawing for good. */
  destroy(): void;
}

/** Speeds offered, as multiples of real time; Infinity is "as fast as the browser draws". */
export const speeds: readonly number[] = [1, 10, 60, 600, 3600, 36000, Infinity];
/** At full speed each frame moves the clock this share of the trace on (a minute or so for the whole trace at 60 frames a second). */
const fastestShare = 1 / 3600;

function speedLabel(multiple: number): string {
  if (multiple === Infinity) return "as fast as it draws";
  return multiple === 1 ? "real time" : `${multiple.toLocaleString("en-US")}× real time`;
}

/**
 * Play, pause, step and speed controls, a clock and a time slider around an animation scene. The player
 * owns the clock and only ever asks the scene to show a model time: the trace was recorded when the
 * simulation ran, so no speed, pause or jump can change a result, and the simulation never waits for
 * the drawing. Frames are drawn while playing or while customers still glide; a paused, settled player
 * draws nothing. Frame rate and work per frame are kept in `stats` and in `data-fps` / `data-frame-ms`.
 */
export function animationPlayer(scene: AnimationScene, options: AnimationPlayerOptions): AnimationPlayer {
  const document = options.document ?? globalThis.document;
  const requestFrame = options.requestFrame ?? ((cb) => requestAnimationFrame(cb));
  const cancelFrame = options.cancelFrame ?? ((h) => cancelAnimationFrame(h));
  const wall = options.now ?? (() => performance.now());
  const formatClock = options.formatClock ?? ((t: number) => `t = ${t.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ${scene.timeUnit}`);
  const realRate = 1 / options.secondsPerUnit;

  const element = document.createElement("div");
  element.className = "player";
  const controls = element.appendChild(document.createElement("div"));
  controls.className = "player-controls";
  const button = (label: string, name: string): HTMLButtonElement => {
    const b = controls.appendChild(document.createElement("button"));
    b.type = "button";
    b.className = name;
    b.textContent = label;
    return b;
  };
  const playButton = button("Play", "play");
  const stepButton = button("Step", "step");
  const restartButton = button("Restart", "restart");
  const speedLabelElement = controls.appendChild(document.createElement("label"));
  speedLabelElement.textContent = "Speed ";
  const speedSelect = speedLabelElement.appendChild(document.createElement("select"));
  speedSelect.className = "speed";
  for (const s of speeds) {
    const option = speedSelect.appendChild(document.createElement("option"));
    option.value = String(s);
    option.textContent = speedLabel(s);
  }
  const clockOutput = controls.appendChild(document.createElement("output"));
  clockOutput.className = "clock";
  const slider = element.appendChild(document.createElement("input"));
  slider.type = "range";
  slider.className = "scrub";
  slider.min = "0";
  slider.max = String(scene.end);
  slider.step = "any";
  slider.setAttribute("aria-label", `Model time (${scene.timeUnit})`);
  const stage = element.appendChild(document.createElement("div"));
  stage.className = "player-stage";
  stage.appendChild(scene.svg);
  const status = element.appendChild(document.createElement("p"));
  status.className = "player-status";
  const note = element.appendChild(document.createElement("p"));
  note.className = "player-note";
  note.textContent = options.note;

  let multiple = speeds.includes(options.speed ?? 60) ? (options.speed ?? 60) : 60;
  speedSelect.value = String(multiple);
  let playing = false;
  let handle: number | null = null;
  let last: number | null = null;
  let frameTimes: number[] = [];
  let workMs = 0;
  const stats = { fps: 0, frameMs: 0 };

  const show = (): void => {
    const t = scene.time;
    clockOutput.textContent = formatClock(t);
    slider.value = String(t);
    element.dataset["time"] = t.toFixed(3);
    status.textContent = scene.summary();
  };
  const setState = (state: "playing" | "paused" | "ended"): void => {
    element.dataset["state"] = state;
    playButton.textContent = state === "playing" ? "Pause" : "Play";
    playButton.setAttribute("aria-pressed", String(state === "playing"));
  };
  const schedule = (): void => {
    if (handle === null) handle = requestFrame(frame);
  };
  function frame(now: number): void {
    handle = null;
    const seconds = last === null ? 0 : Math.min(0.25, (now - last) / 1000);
    last = now;
    const started = wall();
    let jump = false;
    if (playing) {
      const target = multiple === Infinity
        ? Math.max(scene.time + scene.end * fastestShare, Math.min(scene.nextTime, scene.end))
        : scene.time + seconds * multiple * realRate;
      scene.seek(target);
      jump = multiple === Infinity;
      if (scene.time >= scene.end) {
        playing = false;
        setState("ended");
      }
    }
    // Glides end within a model minute at any speed, so what is drawn agrees with the status line.
    const moving = scene.draw(jump ? 0 : glideSeconds(seconds, multiple));
    show();
    const took = wall() - started;
    workMs = frameTimes.length === 0 ? took : 0.9 * workMs + 0.1 * took;
    frameTimes.push(now);
    frameTimes = frameTimes.filter((t) => now - t <= 1000);
    stats.fps = frameTimes.length;
    stats.frameMs = workMs;
    element.dataset["fps"] = String(stats.fps);
    element.dataset["frameMs"] = workMs.toFixed(2);
    if (playing || moving) schedule();
    else last = null;
  }

  const player: AnimationPlayer = {
    element,
    stats,
    play() {
      if (scene.time >= scene.end) scene.seek(0);
      playing = true;
      setState("playing");
      schedule();
    },
    pause() {
      playing = false;
      setState("paused");
    },
    step() {
      player.pause();
      scene.step();
      show();
      schedule();
    },
    setSpeed(value) {
      multiple = value;
      speedSelect.value = String(value);
    },
    destroy() {
      playing = false;
      if (handle !== null) cancelFrame(handle);
      handle = null;
    },
  };
  playButton.addEventListener("click", () => (playing ? player.pause() : player.play()));
  stepButton.addEventListener("click", () => player.step());
  restartButton.addEventListener("click", () => {
    scene.seek(0);
    scene.draw(0);
    show();
  });
  speedSelect.addEventListener("change", () => player.setSpeed(Number(speedSelect.value)));
  slider.addEventListener("input", () => {
    player.pause();
    scene.seek(Number(slider.value));
    scene.draw(0);
    show();
  });
  setState("paused");
  scene.draw(0);
  show();
  return player;
}
