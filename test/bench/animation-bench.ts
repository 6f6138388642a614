/**
 * Browser benchmark of the checkpoint animation: frames per second while the plan replays a border run
 * with 500 trucks queued on the road, in headless Chromium against the built teaching page. Not part of
 * `vitest run` (timings belong here): `npm run bench animation` once `animationSection` is in main.ts's
 * sections, or `node dist/test/bench/animation-bench.js` after `npm run build:cli`.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "vite";
import { loadScenario } from "../../src/scenario/index.js";
import { borderPlanData, type BorderScenario } from "../../web/teach/border-plan-data.js";
import { BorderReplay } from "../../web/teach/border-replay.js";
import { recordBorderRun } from "../../web/teach/record-border-trace.js";
import { launchChromium } from "../e2e/launch-chromium.js";
import { serveStatic } from "../e2e/static-server.js";
import { printTable, type BenchSection } from "./table.js";

/** Frames per second the animation must keep with 500 trucks on the road (issue 6). */
const TARGET_FPS = 30;
/** Road queue, in trucks, at which the measurement starts. */
const QUEUE = 500;
/** Seconds of wall time each speed is measured for. */
const SECONDS = 5;

/** Options of animationBench. */
export interface AnimationBenchOptions {
  /** The repository, where vite.config.ts and scenarios/ are. @default found upwards from this file */
  readonly repository?: string;
  /** Border scenario file whose queue is watched. @default "scenarios/harvest-peak.json" */
  readonly scenario?: string;
}

/** One measured speed. */
interface Measurement {
  readonly speed: string;
  readonly queueAtStart: string;
  readonly queueAtEnd: string;
  readonly fps: number;
  /** 95th percentile of the time between frames, in milliseconds. */
  readonly p95Ms: number;
  /** Mean milliseconds the replay and drawing took per frame, as the player measures it. */
  readonly workMs: number;
}

/** The directory holding the repository's package.json, searched upwards (the bench runs from src or from dist). */
function findRepository(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "borderflow") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("animationBench: no borderflow package.json above this file; pass options.repository");
    dir = parent;
  }
}

/** The first hour at which the Kyrgyzstan → Kazakhstan road queue holds `trucks`, in replication 1 (the one the page plays). */
function hourOfQueue(scenario: BorderScenario, trucks: number): number {
  const { trace } = recordBorderRun(scenario, 0);
  const stations = borderPlanData(scenario).directions.flatMap((d) => d.stations);
  const replay = new BorderReplay(trace, trace.stations.map((id) => stations.find((s) => s.id === id)?.lanes ?? 1));
  while (replay.step()) if (replay.directions[0].road.length >= trucks) return replay.time;
  throw new Error(`animationBench: the road queue of ${scenario.name} never reaches ${trucks} trucks`);
}

/**
 * Builds the teaching page, plays the border animation from the moment the road queue reaches 500 trucks
 * at three speeds for 5 seconds each, and prints frames per second (counted by requestAnimationFrame), the
 * 95th percentile frame interval, and the work per frame. Returns true if every speed kept 30 frames a second.
 */
export async function animationBench(options: AnimationBenchOptions = {}): Promise<boolean> {
  const repository = options.repository ?? findRepository();
  const file = options.scenario ?? "scenarios/harvest-peak.json";
  const loaded = loadScenario(readFileSync(join(repository, file), "utf8"), file);
  if (!loaded.ok || loaded.scenario.model !== "border") throw new Error(`animationBench: ${file} is not a border scenario that loads`);
  const id = file.replace(/^.*\//, "").replace(/\.json$/, "");
  const startHour = hourOfQueue(loaded.scenario, QUEUE);

  const outDir = await mkdtemp(join(tmpdir(), "borderflow-bench-"));
  await build({ configFile: join(repository, "vite.config.ts"), logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server = await serveStatic(outDir);
  const browser = await launchChromium();
  const rows: Measurement[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}teach.html#border`);
    await page.locator("#border-scenario").selectOption(id);
    await page.locator("#border-run").click();
    await page.locator('#border[data-status="done"]').waitFor({ timeout: 120_000 });
    const roadCount = (): Promise<string> => page.locator('#border [data-direction="kg-to-kz"] .road-count').textContent().then((t) => t ?? "");
    for (const speed of ["3600", "36000", "Infinity"]) {
      await page.evaluate((hour) => {
        const slider = document.querySelector<HTMLInputElement>("#border .scrub");
        if (slider === null) throw new Error("no time slider");
        slider.value = String(hour + 1 / 3600); // a second past the event, so the slider's rounding cannot land before it
        slider.dispatchEvent(new Event("input"));
      }, startHour);
      await page.locator("#border .speed").selectOption(speed);
      const queueAtStart = await roadCount();
      await page.locator("#border .play").click();
      const intervals = await page.evaluate((seconds) => new Promise<number[]>((resolve) => {
        const times: number[] = [];
        const tick = (now: number): void => {
          times.push(now);
          if (now - (times[0] ?? now) < seconds * 1000) requestAnimationFrame(tick);
          else resolve(times.slice(1).map((t, i) => t - (times[i] as number)));
        };
        requestAnimationFrame(tick);
      }), SECONDS);
      const workMs = Number(await page.locator("#border .player").getAttribute("data-frame-ms"));
      await page.locator("#border .play").click();
      const sorted = [...intervals].sort((a, b) => a - b);
      const total = intervals.reduce((a, b) => a + b, 0);
      rows.push({
        speed: speed === "Infinity" ? "as fast as it draws" : `${Number(speed).toLocaleString("en-US")}× real time`,
        queueAtStart: queueAtStart.replace("Road queue: ", ""),
        queueAtEnd: (await roadCount()).replace("Road queue: ", ""),
        fps: (intervals.length / total) * 1000,
        p95Ms: sorted[Math.floor(0.95 * (sorted.length - 1))] ?? NaN,
        workMs,
      });
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
  console.log(`${loaded.scenario.name}, replication 1, from hour ${startHour.toFixed(1)} (road queue to Kazakhstan reaches ${QUEUE} trucks), ${SECONDS} s a speed, headless Chromium:`);
  printTable(["speed", "road queue at start", "at end", "frames/s", "p95 frame (ms)", "work/frame (ms)"],
    rows.map((r) => [r.speed, r.queueAtStart, r.queueAtEnd, r.fps, r.p95Ms, r.workMs]));
  const ok = rows.every((r) => r.fps >= TARGET_FPS);
  console.log(`target: at least ${TARGET_FPS} frames/s at every speed: ${ok ? "met" : "MISSED"}`);
  return ok;
}

/** The bench section: `npm run bench animation`. */
export const animationSection: BenchSection = {
  name: "animation",
  title: `checkpoint animation in headless Chromium, ${QUEUE} trucks on the road (frames per second)`,
  run: () => animationBench(),
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  animationBench().then((ok) => (process.exitCode = ok ? 0 : 1), (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
