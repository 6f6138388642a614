/**
 * The same scenario and seed give the same bytes in Node and in Chromium: a border study and a network
 * study that draws from every distribution are run by the CLI in Node and by a Vite production build of
 * the same code in headless Chromium (its V8 computes Math.log, Math.exp, Math.pow … differently from
 * Node's in the last bit, so this fails if any number goes through them), and the JSON is compared byte
 * for byte.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { buildStudyPage } from "./build-study-page.js";
import { launchChromium } from "./launch-chromium.js";
import { serveStatic, type StaticServer } from "./static-server.js";
import { studyJson } from "./study-page/study-json.js";

const repository = fileURLToPath(new URL("../../", import.meta.url));

/** A network that uses every distribution, so that log, log1p, exp, pow and the normal quantile all draw. */
const everyDistribution = {
  name: "Every distribution",
  model: "network",
  description: "A test network for the Node-versus-browser byte test: each station's service uses another distribution.",
  horizon: 3000,
  warmup: 300,
  replications: 3,
  seed: 11,
  arrivals: [
    { to: "a", class: "light", interarrival: { dist: "exponential", mean: 4 } },
    { to: "a", class: "heavy", priority: 1, interarrival: { dist: "erlang", mean: 6, k: 3 } },
  ],
  stations: [
    { id: "a", servers: 1, service: { dist: "gamma", mean: 1.5, cv: 1.8 }, routes: [{ to: "b", p: 0.5 }, { to: "c", p: 0.5 }] },
    { id: "b", servers: 2, service: { dist: "weibull", shape: 0.7, scale: 2 }, routes: [{ to: "d", p: 1 }] },
    { id: "c", servers: 1, service: { dist: "lognormal", mean: 2, cv: 1.5 }, routes: [{ to: "d", p: 1 }] },
    { id: "d", servers: 2, service: { dist: "normal", mean: 1, sd: 1.2 }, routes: [{ to: "e", p: 0.6 }] },
    { id: "e", servers: 1, service: { dist: "gamma", mean: 1, cv: 0.5 }, routes: [{ to: "f", p: 1 }] },
    { id: "f", servers: 1, service: { dist: "triangular", min: 0.5, mode: 1, max: 3 }, routes: [{ to: "g", p: 1 }] },
    { id: "g", servers: 1, service: { dist: "empirical", values: [0.5, 1, 2], weights: [1, 2, 1] } },
  ],
};

/** The studies: file (bundled, or written to a temporary folder), overrides, and what they are. */
const studies: { name: string; file: string; text?: string; overrides: string[] }[] = [
  { name: "border study (baseline, 7 days, 3 replications)", file: "scenarios/baseline.json", overrides: ["days=7", "warmupDays=1", "replications=3", "seed=5"] },
  { name: "border study (harvest peak, 5 days, 2 replications)", file: "scenarios/harvest-peak.json", overrides: ["days=5", "warmupDays=1", "replications=2", "seed=3"] },
  { name: "network study (Jackson tandem with feedback)", file: "scenarios/tandem.json", overrides: ["horizon=5000", "warmup=500", "replications=3"] },
  { name: "network study (every distribution)", file: "every-distribution.json", text: `${JSON.stringify(everyDistribution, null, 2)}\n`, overrides: [] },
];

let browser: Browser;
let page: Page;
let server: StaticServer;
let outDir: string;
let scratch: string;

beforeAll(async () => {
  browser = await launchChromium();
  outDir = await buildStudyPage();
  server = await serveStatic(outDir);
  page = await browser.newPage();
  await page.goto(server.url);
  await page.locator('body[data-ready="true"]').waitFor({ state: "attached" });
  scratch = await mkdtemp(join(tmpdir(), "borderflow-same-bytes-"));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
  if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
});

/** `borderflow run FILE --set … --workers 1 --format json` in this process: what it prints. */
async function cliRun(file: string, overrides: readonly string[]): Promise<string> {
  let out = "";
  let err = "";
  const args = ["run", file, ...overrides.flatMap((o) => ["--set", o]), "--workers", "1", "--quiet", "--format", "json"];
  const code = await main(args, {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    stderrIsTTY: false,
    readFile: (path) => readFileSync(path, "utf8"),
    openOutput: () => {
      throw new Error("the test gives no --out");
    },
  });
  if (code !== 0) throw new Error(`borderflow ${args.join(" ")} exited ${code}: ${err}`);
  return out;
}

describe("the same scenario and seed give the same bytes in Node and in Chromium", () => {
  it("the page runs in this Chromium, whose Math functions differ from Node's (else the test would prove nothing new)", async () => {
    // Only reported: agreement would not make the byte comparison below wrong, just less telling.
    const args = Array.from({ length: 20_000 }, (_, i) => 0.001 + i * 0.0371);
    const browserLogs = await page.evaluate((xs) => xs.map((x) => [Math.log(x), Math.exp(x % 700), Math.pow(x, 0.37)]), args);
    let differ = 0;
    args.forEach((x, i) => {
      const [l, e, p] = browserLogs[i]!;
      if (l !== Math.log(x) || e !== Math.exp(x % 700) || p !== Math.pow(x, 0.37)) differ++;
    });
    console.info(`Chromium's Math.log/exp/pow differ from Node's on ${differ} of ${args.length} arguments`);
    expect(await page.evaluate(() => typeof (globalThis as unknown as { studyJson?: unknown }).studyJson)).toBe("function");
  });

  for (const study of studies) {
    it(`studyJson(${study.file}) in Chromium equals borderflow run in Node, byte for byte: ${study.name}`, async () => {
      const file = study.text === undefined ? join(repository, study.file) : join(scratch, study.file);
      if (study.text !== undefined) await writeFile(file, study.text);
      const text = readFileSync(file, "utf8");
      const node = await cliRun(file, study.overrides);
      // The page's function is the CLI's computation: check that in Node first, so a mismatch below is the browser's.
      expect(studyJson(text, file, study.overrides)).toBe(node);
      const inBrowser = await page.evaluate(
        ([t, f, o]) => (globalThis as unknown as { studyJson: (t: string, f: string, o: string[]) => string }).studyJson(t, f, o),
        [text, file, study.overrides] as [string, string, string[]],
      );
      expect(inBrowser.length).toBeGreaterThan(1000);
      expect(inBrowser).toBe(node);
    });
  }
});
