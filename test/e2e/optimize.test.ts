/**
 * The "What to build" view in a real browser: built with the repository's Vite config, served by a
 * static server, driven in headless Chromium. A small study (two decisions of two values, a short
 * horizon) runs on the page's workers, then one of 900 configurations that the neighbourhood search
 * explores; each answer is compared, byte for byte, with the CLI's for the study file the page hands out. Screenshots go to test/output/e2e/ (not committed) for review.
 */
import { readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { optimizationCsv } from "../../src/scenario/output/optimization-output.js";
import { buildDashboard } from "./build-dashboard.js";
import { launchChromium } from "./launch-chromium.js";
import { serveStatic, type StaticServer } from "./static-server.js";

const repository = fileURLToPath(new URL("../../", import.meta.url));
const screenshots = join(repository, "test/output/e2e");
const days = 10;

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
let outDir: string;
let studyDir: string;
const consoleErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  outDir = await buildDashboard();
  server = await serveStatic(outDir);
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  studyDir = await mkdtemp(join(tmpdir(), "borderflow-optimize-e2e-"));
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  for (const dir of [outDir, studyDir]) if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

async function open(query: string): Promise<Page> {
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`${page.url()}: uncaught ${error.message}`));
  await page.goto(`${server.url}?${query}`);
  return page;
}

async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

/** Runs the CLI in this process and returns what it prints, failing with its message on a non-zero exit. */
async function cli(args: readonly string[]): Promise<string> {
  let out = "";
  let err = "";
  const code = await main(args, {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    stderrIsTTY: false,
    readFile: (path) => readFileSync(path, "utf8"),
    openOutput: () => {
      throw new Error("the test gives no --out");
    },
  });
  if (code !== 0) throw new Error(`borderflow ${args.join(" ")} exited with ${code}: ${err}`);
  return out;
}

const field = (page: Page, key: string) => page.locator(`#optimize [data-field="${key}"]`);

describe("What to build, in Chromium", () => {
  let page: Page;

  it("opens on a bundled study as the starting point, its fields filled in", async () => {
    page = await open("view=optimize");
    await expect(page.locator("#optimize-start").inputValue()).resolves.toBe("harvest-capacity");
    await expect(page.locator("#optimize-scenario").inputValue()).resolves.toBe("harvest-peak");
    await expect(field(page, "decisions.0.path").inputValue()).resolves.toBe("directions.kg-to-kz.stages.3.lanes");
    await expect(field(page, "constraints.0.limit").inputValue()).resolves.toBe("12");
    expect(await page.locator("#optimize-problems li").count()).toBe(0);
  });

  it("shows each problem at its field, in the study loader's words, and runs nothing", async () => {
    await page.locator("#optimize-start").selectOption("");
    await page.locator("#optimize-scenario").selectOption("baseline");
    await field(page, "decisions.0.values").fill("3 to 1");
    await field(page, "alpha").fill("0.9");
    await expect(field(page, "searchStarts").getAttribute("placeholder")).resolves.toBe("blank: 3 (1 to 100)");
    await field(page, "searchStarts").fill("0");
    await page.locator('#optimize-form button[type="submit"]').click();
    const error = async (key: string): Promise<string> =>
      (await page.locator(`#${await field(page, key).getAttribute("aria-describedby")}`).textContent()) ?? "";
    await expect(error("decisions.0.values")).resolves.toMatch(/must be <= max \(1\), got 3/);
    await expect(error("alpha")).resolves.toMatch(/0\.5/);
    await expect(field(page, "alpha").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(error("searchStarts")).resolves.toBe("must be an integer >= 1 and <= 100, got 0");
    await expect(page.locator("#optimize").getAttribute("data-status")).resolves.toBe("idle");
  });

  let pageJson: string;
  let pageCsv: string;

  it("runs a small study on the workers and shows the recommendation, the guarantee, the runners-up and the chart", async () => {
    await field(page, "alpha").fill("0.05");
    await field(page, "searchStarts").fill("");
    await field(page, "decisions.0.path").fill("directions.kg-to-kz.stages.3.lanes");
    await field(page, "decisions.0.values").fill("1, 2");
    await field(page, "decisions.0.cost").fill("600");
    await page.locator('#optimize button:text-is("Add a decision")').click();
    await field(page, "decisions.1.path").fill("directions.kg-to-kz.stages.2.lanes");
    await field(page, "decisions.1.values").fill("2 to 3");
    await field(page, "decisions.1.cost").fill("40");
    await field(page, "constraints.0.metric").fill("directions.kg-to-kz.crossingHours.p95");
    await field(page, "constraints.0.limit").fill("6");
    await field(page, "constraints.0.tolerance").fill("1");
    await field(page, "firstStageReplications").fill("5");
    await field(page, "maxReplications").fill("20");
    await field(page, "days").fill(String(days));
    await page.locator('#optimize-form button[type="submit"]').click();
    await page.locator('#optimize[data-status="ready"]').waitFor({ timeout: 120_000 });
    await expect(page.locator("#optimize .recommendation h3").textContent()).resolves.toMatch(/^Build this \(baseline\)/);
    await expect(page.locator("#optimize .guarantee-statement").textContent()).resolves.toMatch(/^With probability at least 95%/);
    expect(await page.locator("#optimize .runners-up tbody tr").count()).toBe(3);
    expect(await page.locator('[data-chart="optimization"] svg circle.point').count()).toBe(4);
    expect(await page.locator('[data-chart="optimization"] svg .target').count()).toBe(1);
    expect(await page.locator('[data-chart="optimization"] svg .configuration.chosen').count()).toBe(1);
    await page.screenshot({ path: join(screenshots, "optimize-1280.png"), fullPage: true });
    pageJson = (await download(page, '#optimize-downloads button:text-is("JSON")')).text;
    pageCsv = (await download(page, '#optimize-downloads button:text-is("CSV")')).text;
  });

  it("gives, byte for byte, what `borderflow optimize` gives for the study file it hands out", async () => {
    const study = await download(page, '#optimize button:text-is("Study file")');
    expect(study.name).toBe("what-to-build.study.json");
    expect(Object.keys(JSON.parse(study.text))).not.toContain("searchStarts");
    await writeFile(join(studyDir, study.name), study.text);
    await copyFile(join(repository, "scenarios/baseline.json"), join(studyDir, "baseline.json"));
    await expect(page.locator("#optimize .optimize-command code").textContent()).resolves.toBe(`npx borderflow optimize scenarios/what-to-build.study.json --set days=${days}`);
    const args = ["optimize", join(studyDir, study.name), "--set", `days=${days}`, "--workers", "1", "--quiet"];
    expect(pageJson).toBe(await cli([...args, "--format", "json"]));
    expect(pageCsv).toBe(await cli([...args, "--format", "csv"]));
  });

  it("exports the chart as SVG", async () => {
    const svg = await download(page, '[data-chart="optimization"] button:text-is("SVG")');
    expect(svg.name).toBe("optimization.svg");
    expect(svg.text).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*class="optimization-chart"/);
    // The settings that made it, as every exported chart states them (web/app/chart-settings.ts).
    expect(svg.text).toMatch(/<metadata>Made with borderflow [^:]+: [^;]+; \d+ to \d+ replications of \d+ simulated days each, seed \d+ .*Search for what to build \(4 of 4 configurations run: /);
  });

  it("searches a space of more than 500 configurations on the workers, says so, and gives the CLI's bytes", async () => {
    await field(page, "decisions.0.values").fill("1 to 30");
    await field(page, "decisions.1.values").fill("1 to 30");
    await field(page, "maxReplications").fill("10");
    // One start instead of the default 3: the planner's search setting, and a cheaper search.
    await field(page, "searchStarts").fill("1");
    await page.locator('#optimize-form button[type="submit"]').click();
    await page.locator('#optimize[data-status="ready"]').waitFor({ timeout: 240_000 });
    await expect(page.locator("#optimize .search-statement").textContent()).resolves.toMatch(/^A neighbourhood search from 1 start ran \d+ of the 900 configurations/);
    await expect(page.locator("#optimize .guarantee-statement").textContent()).resolves.toMatch(/holds among the \d+ finalists only.*heuristic with no guarantee/);
    const json = (await download(page, '#optimize-downloads button:text-is("JSON")')).text;
    const csv = (await download(page, '#optimize-downloads button:text-is("CSV")')).text;
    const study = await download(page, '#optimize button:text-is("Study file")');
    expect(JSON.parse(study.text)).toMatchObject({ searchStarts: 1 });
    expect(JSON.parse(study.text)).not.toHaveProperty("maxConfigurations");
    await writeFile(join(studyDir, study.name), study.text);
    // One CLI run (the search takes a while on one thread): its JSON, and the CSV of that very result.
    const cliJson = await cli(["optimize", join(studyDir, study.name), "--set", `days=${days}`, "--workers", "1", "--quiet", "--format", "json"]);
    expect(json).toBe(cliJson);
    expect(csv).toBe(optimizationCsv(JSON.parse(cliJson)));
    expect(JSON.parse(json).search).toMatchObject({ method: "neighbourhood", starts: 1 });
  }, 300_000);

  it("shows progress and stops at Cancel, keeping the answer it had", async () => {
    await page.locator("#optimize-start").selectOption("harvest-capacity");
    await page.locator('#optimize-form button[type="submit"]').click();
    await page.locator("#progress-text", { hasText: /^Optimisation: \d+ of \d+ replications done/ }).waitFor({ timeout: 30_000 });
    await page.locator("#cancel").click();
    await page.locator('#optimize[data-status="cancelled"]').waitFor({ timeout: 30_000 });
    await expect(page.locator("#progress-text").textContent()).resolves.toMatch(/^Optimisation cancelled/);
    await expect(page.locator("#optimize .recommendation h3").textContent()).resolves.toMatch(/^Build this \(baseline\)/);
  });

  it("shows the whole of the chosen objective ('Best means') at 1366 and at 390 pixels, never a cut-off option", async () => {
    const phone = await open("view=optimize");
    const objective = field(phone, "objective");
    for (const width of [1366, 390]) {
      await phone.setViewportSize({ width, height: width > 1000 ? 768 : 844 });
      await phone.waitForFunction((w) => document.documentElement.clientWidth === w, width);
      // Each option's text against the room the select gives its text (its content box less the drop-down arrow).
      const fits = await objective.evaluate((select: HTMLSelectElement) => {
        const style = getComputedStyle(select);
        const context = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        return [...select.options].map((o) => ({ text: o.text, selected: o.selected, fits: context.measureText(o.text).width <= room }));
      });
      expect(fits.filter((o) => o.selected && !o.fits), `the chosen objective is cut off at ${width} px`).toEqual([]);
      // On a laptop the select is wide enough for every choice; on a phone the words under it say the choice in full.
      if (width > 1000) expect(fits.filter((o) => !o.fits), `objectives cut off at ${width} px`).toEqual([]);
      const note = phone.locator(`#${(await objective.getAttribute("aria-describedby"))?.split(" ").find((id) => id.endsWith("-note"))}`);
      await expect(note.textContent()).resolves.toBe("Best means the configuration of least cost among those that meet every target.");
      await objective.selectOption("directions.kg-to-kz.crossingHours.p95");
      await expect(note.textContent()).resolves.toBe(
        "Best means the configuration with the smallest 95th percentile crossing time (hours), Kyrgyzstan → Kazakhstan, among those that meet every target and cost no more than the budget.");
      const box = await note.boundingBox();
      expect((box?.x ?? Infinity) + (box?.width ?? 0), `the note inside the ${width} px page`).toBeLessThanOrEqual(width);
      await objective.scrollIntoViewIfNeeded();
      await phone.screenshot({ path: join(screenshots, `optimize-objective-${width}.png`) });
      await objective.selectOption("min-cost");
    }
    await phone.close();
  });

  it("logged no console errors", () => {
    expect(consoleErrors).toEqual([]);
  });
});
