// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { animationPlayer, speeds } from "../../../web/teach/animation-player.js";
import type { AnimationScene } from "../../../web/teach/animation-scene.js";

/** A scene whose events come every 10 time units up to 100, recording what it was asked. */
function fakeScene(): AnimationScene & { draws: number[] } {
  let time = 0;
  const draws: number[] = [];
  return {
    svg: document.createElementNS("http://www.w3.org/2000/svg", "svg"),
    end: 100,
    timeUnit: "min",
    get time() { return time; },
    get nextTime() { return time >= 100 ? Infinity : Math.floor(time / 10) * 10 + 10; },
    seek: (t) => void (time = Math.max(0, Math.min(100, t))),
    step: () => {
      if (time >= 100) return false;
      time = Math.floor(time / 10) * 10 + 10;
      return true;
    },
    draw: (seconds) => {
      draws.push(seconds);
      return false;
    },
    summary: () => `at ${time}`,
    draws,
  };
}

/** A frame scheduler the test drives: `frame(ms)` runs the waiting callback at that wall time. */
function frames() {
  let waiting: ((now: number) => void) | null = null;
  return {
    requestFrame: (cb: (now: number) => void) => {
      waiting = cb;
      return 1;
    },
    cancelFrame: () => void (waiting = null),
    frame(now: number): boolean {
      const cb = waiting;
      waiting = null;
      cb?.(now);
      return cb !== null;
    },
  };
}

describe("animationPlayer(scene, options)", () => {
  it("animationPlayer(scene, { secondsPerUnit: 60, speed: 60 }) plays one model minute per second", () => {
    const scene = fakeScene();
    const clock = frames();
    const player = animationPlayer(scene, { secondsPerUnit: 60, speed: 60, note: "", ...clock, now: () => 0 });
    player.play();
    clock.frame(1000);
    clock.frame(1250);
    clock.frame(1500);
    expect(scene.time).toBeCloseTo(0.5, 9);
    expect(player.element.dataset["state"]).toBe("playing");
    expect(player.element.querySelector(".clock")?.textContent).toBe("t = 0.5 min");
  });

  it("animationPlayer(scene).pause() stops the clock and stops asking for frames once nothing moves", () => {
    const scene = fakeScene();
    const clock = frames();
    const player = animationPlayer(scene, { secondsPerUnit: 1, speed: 10, note: "", ...clock, now: () => 0 });
    player.play();
    clock.frame(0);
    clock.frame(200);
    player.pause();
    const at = scene.time;
    expect(clock.frame(400)).toBe(true); // the last frame runs, draws, and asks for no other
    expect(clock.frame(600)).toBe(false);
    expect(scene.time).toBe(at);
    expect(player.element.dataset["state"]).toBe("paused");
  });

  it("animationPlayer(scene).step() pauses and shows the next event", () => {
    const scene = fakeScene();
    const player = animationPlayer(scene, { secondsPerUnit: 1, note: "", ...frames() });
    player.step();
    player.step();
    expect(scene.time).toBe(20);
    expect(player.element.querySelector(".player-status")?.textContent).toBe("at 20");
  });

  it("animationPlayer(scene) at full speed jumps without gliding and ends at the end of the trace", () => {
    const scene = fakeScene();
    const clock = frames();
    const player = animationPlayer(scene, { secondsPerUnit: 1, note: "", ...clock, now: () => 0 });
    player.setSpeed(Infinity);
    player.play();
    for (let f = 0; f < 20 && clock.frame(f * 16); f++);
    expect(scene.time).toBe(100);
    expect(scene.draws.at(-1)).toBe(0);
    expect(player.element.dataset["state"]).toBe("ended");
    player.play(); // playing again starts over
    expect(scene.time).toBe(0);
  });

  it("animationPlayer(scene) offers real time up to as fast as the browser draws, and counts frames", () => {
    const scene = fakeScene();
    const clock = frames();
    let wall = 0;
    const player = animationPlayer(scene, { secondsPerUnit: 60, note: "the note", ...clock, now: () => (wall += 2) });
    expect([...player.element.querySelectorAll(".speed option")].map((o) => o.textContent)).toEqual(
      ["real time", "10× real time", "60× real time", "600× real time", "3,600× real time", "36,000× real time", "as fast as it draws"]);
    expect(speeds.at(-1)).toBe(Infinity);
    player.play();
    for (let f = 0; f <= 30; f++) clock.frame(f * 20);
    expect(player.stats.fps).toBe(31); // frames 0, 20, ... 600 ms: all within the last second
    expect(player.stats.frameMs).toBeCloseTo(2, 9);
    expect(player.element.dataset["fps"]).toBe("31");
    expect(player.element.querySelector(".player-note")?.textContent).toBe("the note");
  });

  it("animationPlayer(scene) jumps to the time the slider is moved to", () => {
    const scene = fakeScene();
    const player = animationPlayer(scene, { secondsPerUnit: 1, note: "", ...frames() });
    const slider = player.element.querySelector<HTMLInputElement>(".scrub");
    if (slider === null) throw new Error("no slider");
    slider.value = "42";
    slider.dispatchEvent(new Event("input"));
    expect(scene.time).toBe(42);
    expect(player.element.dataset["time"]).toBe("42.000");
  });
});
