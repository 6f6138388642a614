/**
 * The dashboard in a real browser: built with the repository's Vite config, served by a static
 * server, driven in headless Chromium. Screenshots go to test/output/e2e/ (not committed) for review.
 */
import { readFileSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { buildDashboard } from "./build-dashboard.js";
import { launchChromium } from "./launch-chromium.js";
import { serveStatic, type StaticServer } from "./static-server.js";

const repository = fileURLToPath(new URL("../../", import.meta.url));
const screenshots = join(repository, "test/output/e2e");
const firstView = ["baseline", "seals", "unified", "seals-and-unified", "logistics-centre"];
/** The quick first-view study the page runs when the link sets none (web/app/study-settings.ts). */
const quick = { replications: 10, days: 21 };

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
let outDir: string;
const consoleErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  outDir = await buildDashboard();
  server = await serveStatic(outDir);
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

/** A new tab on the dashboard with `query`, its console errors and uncaught exceptions recorded. */
async function open(query = "", viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`${page.url()}: uncaught ${error.message}`));
  await page.goto(`${server.url}${query === "" ? "" : `?${query}`}`);
  return page;
}

/** Waits until the page has shown `runs` comparisons. */
async function comparisonsShown(page: Page, runs: number): Promise<void> {
  await page.locator(`#results[data-runs="${runs}"]`).waitFor({ state: "attached", timeout: 50_000 });
}

/** Clicks `button` and returns the file the page hands to the browser, with its text. */
async function download(page: Page, selector: string): Promise<{ name: string; text: string; download: Download }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, "utf8"), download: file };
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

const scenarioFile = (id: string): string => join(repository, "scenarios", `${id}.json`);
const packageVersion = (JSON.parse(readFileSync(join(repository, "package.json"), "utf8")) as { version: string }).version;

describe("dashboard in Chromium", () => {
  let first: Page;
  let firstJson: string;

  it("opens on the comparison of the bundled border scenarios, which runs by itself", async () => {
    first = await open();
    await comparisonsShown(first, 1);
    const ms = Number(await first.locator("#results").getAttribute("data-first-comparison-ms"));
    console.log(`e2e: first comparison (${firstView.length} scenarios × ${quick.replications} replications × ${quick.days} days) shown ${(ms / 1000).toFixed(1)} s after navigation`);
    expect(new URL(first.url()).search).toBe(`?s=${firstView.join(",")}`);
    await expect(first.locator("#results-note").textContent()).resolves.toMatch(/shortened first view/);
    await first.screenshot({ path: join(screenshots, "compare-1280.png"), fullPage: true });
  });

  it("draws every comparison chart with its marks", async () => {
    const marks = async (chart: string, mark: string): Promise<number> => first.locator(`[data-chart="${chart}"] svg ${mark}`).count();
    expect(await marks("crossing-time", "rect.bar")).toBe(firstView.length * 2);
    expect(await marks("difference", "circle.dot")).toBe(firstView.length - 1);
    expect(await marks("throughput", "rect.bar")).toBe(firstView.length * 2);
    expect(await marks("queue", "path.mean-line")).toBe(1);
    expect(await marks("activity", "rect.segment")).toBeGreaterThanOrEqual(firstView.length * 2);
    expect(await marks("distribution", "rect.bin")).toBeGreaterThan(3);
    await first.locator('[data-chart="queue"] select').nth(2).selectOption("day");
    expect(await marks("queue", "path.band")).toBe(1);
  });

  it("lists the main figures in a table, one row per scenario and direction", async () => {
    await first.locator("#summary > summary").click();
    expect(await first.locator("#summary-table tbody tr").count()).toBe(firstView.length * 2);
    const base = await first.locator("#summary-table tbody tr").first().locator("td").first().textContent();
    expect(base).toMatch(/^\d+(\.\d+)? −?\d+(\.\d+)? to \d+(\.\d+)?$/);
  });

  it("exports results the CLI gives for the same scenarios, seed and settings, number for number", async () => {
    const json = await download(first, '#result-downloads button:text-is("JSON")');
    expect(json.name).toBe("borderflow-comparison.json");
    firstJson = json.text;
    const expected = await cli([
      "compare", ...firstView.map(scenarioFile), "--replications", String(quick.replications), "--set", `days=${quick.days}`,
      "--workers", "1", "--quiet", "--format", "json",
    ]);
    expect(json.text).toBe(expected);
  });

  it("exports the comparison as the CLI's CSV", async () => {
    const csv = await download(first, '#result-downloads button:text-is("CSV")');
    expect(csv.name).toBe("borderflow-comparison.csv");
    const lines = csv.text.trimEnd().split("\n");
    expect(lines[0]).toBe("kind,scenario,parameter,value,metric,mean,halfWidth,lo,hi,replications,unit");
    expect(lines.filter((l) => l.startsWith("difference,seals,")).length).toBeGreaterThan(0);
    expect(lines.some((l) => l.startsWith("estimate,baseline,,,directions.kg-to-kz.crossingHours,"))).toBe(true);
    expect(lines.find((l) => l.startsWith("difference,seals,,,directions.kg-to-kz.crossingHours,"))?.split(",").at(-1)).toBe("hours");
    // Byte for byte what the CLI writes for the same scenarios, seed and settings.
    expect(csv.text).toBe(await cli([
      "compare", ...firstView.map(scenarioFile), "--replications", String(quick.replications), "--set", `days=${quick.days}`,
      "--workers", "1", "--quiet", "--format", "csv",
    ]));
  });

  it("exports the comparison as the CLI's --decimal-comma CSV when the Downloads box asks, and as before when it is cleared", async () => {
    const box = first.locator("#csv-decimal-comma");
    await box.check();
    const shaped = await download(first, '#result-downloads button:text-is("CSV")');
    expect(shaped.text.startsWith("\uFEFFkind;scenario;parameter;")).toBe(true);
    expect(shaped.text).toBe(await cli([
      "compare", ...firstView.map(scenarioFile), "--replications", String(quick.replications), "--set", `days=${quick.days}`,
      "--workers", "1", "--quiet", "--format", "csv", "--decimal-comma",
    ]));
    await box.uncheck();
    const plain = await download(first, '#result-downloads button:text-is("CSV")');
    expect(plain.text.startsWith("kind,scenario,parameter,")).toBe(true);
  });

  it("exports a chart as SVG and as PNG", async () => {
    const svg = await download(first, '[data-chart="crossing-time"] button:text-is("SVG")');
    expect(svg.name).toBe("crossing-time.svg");
    expect(svg.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const [png] = await Promise.all([first.waitForEvent("download"), first.locator('[data-chart="crossing-time"] button:text-is("PNG")').click()]);
    const bytes = await readFile(await png.path());
    expect(png.suggestedFilename()).toBe("crossing-time.png");
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it("refuses an out-of-range lever next to the field, with the reason, and holds back the run", async () => {
    await first.locator('details[data-scenario="seals"] > summary').click();
    const share = first.locator("#seals-seals_share");
    await share.fill("1.5");
    const lever = first.locator('details[data-scenario="seals"] [data-path="seals.share"]');
    await expect(lever.locator(".field-error").textContent()).resolves.toBe("must be from 0 to 1, got 1.5");
    await expect(share.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(first.locator("#run").isDisabled()).resolves.toBe(true);
    await lever.screenshot({ path: join(screenshots, "lever-refused.png") });
  });

  it("shows the scenario loader's reason next to a lever the field's own range check let through", async () => {
    // 3 lanes is within the field's range, but the customs check puts 12 lanes on duty by day: the loader refuses it.
    const lanes = first.locator("#seals-directions_kg-to-kz_stages_4_lanes");
    await lanes.fill("3");
    const lever = first.locator('details[data-scenario="seals"] [data-path="directions.kg-to-kz.stages.4.lanes"]');
    await expect(lever.locator(".field-error").textContent()).resolves.toBe("must be at least the most lanes the hours put on duty (12), got 3");
    await expect(first.locator("#run").isDisabled()).resolves.toBe(true);
    await lever.screenshot({ path: join(screenshots, "lever-refused-by-loader.png") });
    await lanes.fill("12");
    await expect(lever.locator(".field-error").textContent()).resolves.toBe("");
  });

  let editedUrl: string;
  let editedJson: string;

  it("runs again after a lever changes, and keeps the change in the URL", async () => {
    await first.locator("#seals-seals_share").fill("0.8");
    await expect(first.locator("#run").isDisabled()).resolves.toBe(false);
    editedUrl = first.url();
    expect(new URL(editedUrl).searchParams.getAll("set")).toEqual(["seals:seals.share=0.8"]);
    await first.locator("#run").click();
    await comparisonsShown(first, 2);
    editedJson = (await download(first, '#result-downloads button:text-is("JSON")')).text;
    expect(editedJson).not.toBe(firstJson);
    expect((JSON.parse(editedJson) as { results: { scenario: string }[] }).results.map((r) => r.scenario)).toContain("seals (edited)");
  });

  it("exports the edited scenario as a file the CLI runs to the same numbers", async () => {
    await first.locator("#scenario-file-choice").selectOption("seals");
    const file = await download(first, '#result-downloads button:text-is("Download scenario")');
    expect(file.name).toBe("seals-edited.json");
    const path = join(outDir, file.name);
    await writeFile(path, file.text);
    const files = firstView.map((id) => (id === "seals" ? path : scenarioFile(id)));
    // The file carries the edits and the study settings; the other files get the same settings on the command line.
    const settings = ["--replications", String(quick.replications), "--set", `days=${quick.days}`];
    expect(editedJson).toBe(await cli(["compare", ...files, ...settings, "--workers", "1", "--quiet", "--format", "json"]));
  });

  it("reproduces the view from a shared link", async () => {
    const shared = await open(new URL(editedUrl).search.slice(1));
    await comparisonsShown(shared, 1);
    await expect(shared.locator("#seals-seals_share").inputValue()).resolves.toBe("0.8");
    const checked = await shared.locator("#scenario-choices input:checked").evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(checked.sort()).toEqual([...firstView].sort());
    await expect(shared.locator("#base-scenario").inputValue()).resolves.toBe("baseline");
    expect((await download(shared, '#result-downloads button:text-is("JSON")')).text).toBe(editedJson);
    await shared.close();
  });

  it("refuses an out-of-range value that comes from a link, and does not run it", async () => {
    const page = await open("s=baseline,seals&set=seals:seals.share=2&r=1");
    await expect(page.locator('details[data-scenario="seals"] [data-path="seals.share"] .field-error').textContent()).resolves.toBe("must be from 0 to 1, got 2");
    await expect(page.locator('[data-path="replications"] .field-error').textContent()).resolves.toMatch(/^must be from 2 to 100 runs/);
    await expect(page.locator("#run").isDisabled()).resolves.toBe(true);
    await expect(page.locator("#results-note").textContent()).resolves.toMatch(/^The link holds values that are not accepted/);
    await expect(page.locator("#results").getAttribute("data-status")).resolves.toBe("idle");
    await page.close();
  });

  it("cancels a long run, then runs again on a new worker", async () => {
    const page = await open("r=100&days=120");
    await page.locator("#progress-text").filter({ hasText: /Comparison: [1-9]\d* of 500/ }).waitFor({ timeout: 30_000 });
    await page.locator("#cancel").click();
    await page.locator('#results[data-status="cancelled"]').waitFor();
    await expect(page.locator("#progress").isHidden()).resolves.toBe(true);
    await page.locator("#study-replications").fill("2");
    await page.locator("#study-days").fill("14");
    await page.locator("#run").click();
    await comparisonsShown(page, 1);
    await page.close();
  });

  it("keeps text and charts inside the page at 360, 768 and 1280 pixels", async () => {
    for (const width of [360, 768, 1280]) {
      await first.setViewportSize({ width, height: 900 });
      await first.waitForFunction((w) => document.documentElement.clientWidth === w, width);
      await first.waitForTimeout(300); // Let the resize observer redraw the charts at the new width.
      const overflow = await first.evaluate(() => {
        const page = document.documentElement.clientWidth;
        // Page layout: no HTML box (an SVG chart counts as one box) may reach past the page's right edge.
        const wide = [...document.querySelectorAll("body *")].filter((el) => {
          if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) return false;
          // A wide table scrolls sideways inside its own region, the usual way on a phone.
          if (el.parentElement?.closest(".table-scroll") != null) return false;
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.right > page + 1 && getComputedStyle(el).position !== "absolute";
        });
        // Chart layout (web/charts): text a chart draws outside its own frame is cut off; reported, not failed here.
        const clipped = [...document.querySelectorAll(".chart-holder svg")].flatMap((svg) => {
          const frame = svg.getBoundingClientRect();
          return [...svg.querySelectorAll("text")].filter((t) => {
            const box = t.getBoundingClientRect();
            return box.width > 0 && (box.right > frame.right + 1 || box.left < frame.left - 1);
          }).map((t) => `${svg.getAttribute("class") ?? "svg"}: ${t.textContent ?? ""}`);
        });
        // Squeezed text: a word (not a URL) broken across lines, as when a label is crushed by its control.
        const broken: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (parent === null || parent.closest("svg, [hidden], .visually-hidden") !== null || parent.offsetParent === null) continue;
          for (const match of (node.textContent ?? "").matchAll(/[A-Za-z]{2,24}/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > 1) broken.push(match[0]);
          }
        }
        return { scrollWidth: document.documentElement.scrollWidth, page, wide: wide.slice(0, 5).map((el) => el.outerHTML.slice(0, 120)), clipped, broken };
      });
      if (overflow.clipped.length > 0) console.warn(`e2e: at ${width} px, chart text cut off at the chart's edge: ${overflow.clipped.join(" | ")}`);
      expect(overflow.wide, `elements wider than the ${width} px page`).toEqual([]);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.page);
      expect(overflow.broken, `words broken across lines at ${width} px`).toEqual([]);
      await first.screenshot({ path: join(screenshots, `compare-${width}.png`), fullPage: true });
    }
    await first.setViewportSize({ width: 1280, height: 900 });
  });

  it("labels every control and shows where the keyboard focus is", async () => {
    const unlabelled = await first.locator("input, select, button").evaluateAll((elements) =>
      elements
        .filter((el) => (el as HTMLElement).offsetParent !== null && el.getAttribute("aria-hidden") !== "true")
        .filter((el) => {
          const labels = (el as HTMLInputElement).labels;
          return (labels === null || labels.length === 0) && !el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby") &&
            (el.tagName !== "BUTTON" || (el.textContent ?? "").trim() === "");
        })
        .map((el) => el.outerHTML.slice(0, 120)));
    expect(unlabelled).toEqual([]);
    const page = await open();
    await comparisonsShown(page, 1);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { text: el.textContent, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused).toEqual({ text: "Skip to the results", outline: "solid" });
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("results");
    await page.close();
  });

  it("shows a printable one-page brief with headline numbers and one chart", async () => {
    const page = await open("view=brief");
    await page.locator('#brief[data-status="ready"]').waitFor({ timeout: 90_000 });
    expect(await page.locator(".headline").count()).toBe(3);
    await expect(page.locator("#brief-heading").textContent()).resolves.toBe("What “Seals and the unified algorithm together” would change at Karasu / Ak-Tilek");
    expect(await page.locator("#brief-body svg rect.bar").count()).toBe(4);
    const link = await page.locator(".brief-link a").getAttribute("href");
    expect(new URL(link ?? "").search).toBe(`?s=${firstView.join(",")}&view=brief&brief=seals-and-unified`);
    await page.screenshot({ path: join(screenshots, "brief-1280.png"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#setup").isVisible()).resolves.toBe(false);
    await expect(page.locator(".headline").first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(screenshots, "brief-print.png"), fullPage: true });
    const pdf = await page.pdf({ path: join(screenshots, "brief.pdf"), format: "A4" });
    expect(/\/Count (\d+)/.exec(pdf.toString("latin1"))?.[1], "pages of the printed brief").toBe("1");
    await page.close();
  });

  it("opens a shared brief link on a phone with the brief first, above the scenarios and levers", async () => {
    const page = await open("view=brief", { width: 390, height: 844 });
    await page.locator('body[data-view="brief"]').waitFor({ state: "attached" });
    const brief = await page.locator("#brief").boundingBox();
    const setup = await page.locator("#setup").boundingBox();
    expect(brief).not.toBeNull();
    expect(setup).not.toBeNull();
    expect(brief?.y ?? Infinity).toBeLessThan(setup?.y ?? 0);
    expect(brief?.y ?? Infinity).toBeLessThan(844);
    // Once the measures are listed by their titles, the longest of them must not push the page sideways.
    await page.locator('#brief[data-status="ready"]').waitFor({ timeout: 90_000 });
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll, "width of the brief on a 390 px phone").toBeLessThanOrEqual(client);
    await page.screenshot({ path: join(screenshots, "brief-390.png"), fullPage: true });
    await page.close();
  });

  it("sweeps the seal share on demand and draws one point per value", async () => {
    const page = await open("s=seals&view=sweep&r=3&days=14");
    await comparisonsShown(page, 1);
    await expect(page.locator("#sweep-lever").inputValue()).resolves.toBe("seals.share");
    await page.locator("#sweep-values").fill("0,0.5,1");
    await page.locator('#sweep-form button[type="submit"]').click();
    await page.locator('#sweep[data-status="ready"]').waitFor({ timeout: 90_000 });
    expect(await page.locator("#sweep-panels svg circle.point").count()).toBe(3);
    const csv = await download(page, '#sweep-downloads button:text-is("CSV")');
    expect(csv.text.split("\n").filter((l) => l.includes(",seals.share,0.5,")).length).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshots, "sweep-1280.png"), fullPage: true });
    await page.close();
  });

  it("runs the How sure? tornado and spread of seals against the baseline on the workers and draws both", async () => {
    const page = await open("s=baseline,seals&view=how-sure&r=2&days=9");
    await comparisonsShown(page, 1);
    await expect(page.locator("#how-sure-measure").inputValue()).resolves.toBe("seals");
    await expect(page.locator("#how-sure-base").inputValue()).resolves.toBe("baseline");
    // The measure's declared inputs, sources and assumptions are listed beside the form.
    expect(await page.locator("#how-sure-inputs table.uncertain-inputs").first().locator("tbody tr").count()).toBe(14);
    await page.locator("#how-sure-tornado").click();
    await page.locator('#how-sure[data-status="ready"]').waitFor({ timeout: 120_000 });
    expect(await page.locator("#how-sure-panels svg.tornado-chart .bar.low").count()).toBe(14);
    const tornado = await download(page, '[data-chart="tornado"] button:text-is("SVG")');
    expect(tornado.text).toMatch(/<metadata>Made with borderflow [^:]+: seals, baseline; 2 replications of 9 simulated days each, seed 1 .*One-at-a-time sensitivity of seals − baseline in directions\.kg-to-kz\.crossingHours, each of 14 declared inputs/);
    await page.locator("#how-sure-samples").fill("4");
    await page.locator("#how-sure-spread").click();
    await page.locator("#how-sure-panels svg.spread-chart").waitFor({ timeout: 120_000 });
    expect(await page.locator("#how-sure-panels svg.spread-chart circle.dot").count()).toBe(4);
    const json = await download(page, '#how-sure-panels button[aria-label="Download the spread as JSON"]');
    expect((JSON.parse(json.text) as { samples: number; against: string }).against).toBe("baseline");
    await page.screenshot({ path: join(screenshots, "how-sure-1280.png"), fullPage: true });
    // The brief now says how sure its time-saved headline is, with a link back to the view.
    await page.locator('nav a[data-view="brief"]').click();
    const line = page.locator("#brief-body .how-sure-line");
    await expect(line.textContent()).resolves.toMatch(/^Across the plausible range of the assumptions, seals (save|range|cost) .* of 4 plausible worlds\); they save time in \d+% of them\.( A world counts only when its own 95% interval \(from 2 replications\) excludes no change; more replications a world would sharpen that share\.)? How sure\?$/);
    // With that line the printed brief still fits one A4 sheet (the line is its statement of how sure it is).
    await page.emulateMedia({ media: "print" });
    const printed = await page.pdf({ path: join(screenshots, "brief-how-sure.pdf"), format: "A4" });
    expect(/\/Count (\d+)/.exec(printed.toString("latin1"))?.[1], "pages of the printed brief with its how-sure line").toBe("1");
    await page.emulateMedia({ media: "screen" });
    await line.locator("a").click();
    await page.locator('#how-sure:not([hidden])').waitFor();
    // A comparison chart exported after leaving How sure? links to the comparison run shown, in full, not to the view it started on.
    await page.locator('nav a[data-view="compare"]').click();
    const crossing = await download(page, '[data-chart="crossing-time"] button:text-is("SVG")');
    const [said, made] = (/<metadata>([^<]*)<\/metadata>/.exec(crossing.text)?.[1] ?? "").split("\n");
    const full = `${server.url}?s=baseline,seals&amp;r=2&amp;days=9&amp;seed=1`;
    expect(said).toMatch(/ Dashboard link: (.*)$/);
    expect(/ Dashboard link: (.*)$/.exec(said ?? "")?.[1]).toBe(full);
    expect(JSON.parse((made ?? "").replace(/&amp;/g, "&"))).toMatchObject({ link: "?s=baseline,seals&r=2&days=9&seed=1", url: full.replace(/&amp;/g, "&") });
    await page.close();
  });

  it("opens a scenario file from disk, checked by the CLI's loader, and runs it", async () => {
    const page = await open("s=baseline&r=2&days=9");
    await comparisonsShown(page, 1);
    const broken = { ...(JSON.parse(readFileSync(join(repository, "scenarios/seals.json"), "utf8")) as object), days: 0 };
    await page.locator("#open-scenario").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
    await expect(page.locator("#open-problems li").first().textContent()).resolves.toMatch(/^broken\.json: days: must be an integer >= 1\b.*, got 0$/);
    // A file in Latin-1 is refused with the offset of its first bad byte (as the CLI refuses it), not read with U+FFFD in it.
    await page.locator("#open-scenario").setInputFiles({ name: "latin1.json", mimeType: "application/json", buffer: Buffer.from([...Buffer.from('{"name": "Kara-'), 0xe9, ...Buffer.from('"}')]) });
    await expect.poll(() => page.locator("#open-problems li").first().textContent()).toBe("latin1.json: not valid UTF-8 at byte offset 15 (0xe9); save the file as UTF-8");
    const mine = { ...(JSON.parse(readFileSync(join(repository, "scenarios/seals.json"), "utf8")) as object), name: "my seals" };
    await page.locator("#open-scenario").setInputFiles({ name: "my-seals.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(mine)) });
    await page.locator('#scenario-choices input[value="my-seals"]:checked').waitFor();
    await page.locator("#run").click();
    await comparisonsShown(page, 2);
    await expect(page.locator("#summary-table").textContent()).resolves.toContain("my seals");
    await page.close();
  });

  it("runs with the seed and warm-up typed into the study settings, keeps them in the link, and gives the CLI's bytes for --seed and warmupDays", async () => {
    const page = await open("s=baseline,seals&r=2&days=9");
    await comparisonsShown(page, 1);
    await page.locator("#study-seed").fill("1.5");
    await expect(page.locator('[data-path="seed"] .field-error').textContent()).resolves.toMatch(/^must be a whole number written in decimal digits/);
    await expect(page.locator("#run").isDisabled()).resolves.toBe(true);
    await page.locator("#study-seed").fill("42");
    await page.locator("#study-warmupDays").fill("9");
    await expect(page.locator('[data-path="warmupDays"] .field-error').textContent()).resolves.toMatch(/must be < days \(9\), got 9/);
    await expect(page.locator("#run").isDisabled()).resolves.toBe(true);
    await page.locator("#study-warmupDays").fill("2");
    await expect(page.locator("#run").isDisabled()).resolves.toBe(false);
    expect(new URL(page.url()).search).toBe("?s=baseline,seals&r=2&days=9&seed=42&warmup=2");
    await expect(page.locator("#study-note").textContent()).resolves.toMatch(/Every scenario runs seed 42, with the first 2 days discarded as warm-up\.$/);
    await page.locator("#run").click();
    await comparisonsShown(page, 2);
    await expect(page.locator("#results-note").textContent()).resolves.toMatch(/\(the first 2 days discarded as warm-up\), all with seed 42/);
    const json = await download(page, '#result-downloads button:text-is("JSON")');
    expect(json.text).toBe(await cli(["compare", scenarioFile("baseline"), scenarioFile("seals"), "--replications", "2", "--seed", "42", "--set", "days=9",
      "--set", "warmupDays=2", "--workers", "1", "--quiet", "--format", "json"]));
    await page.locator('#study-fields').screenshot({ path: join(screenshots, "study-seed-warmup.png") });
    await page.close();
  });

  it("applies one lever to every chosen scenario at once, and says where it could not", async () => {
    const page = await open("s=baseline,seals-and-unified&r=2&days=9");
    await comparisonsShown(page, 1);
    await page.locator('details[data-scenario="seals-and-unified"] > summary').click();
    await page.locator("#seals-and-unified-seals_share").fill("0.7");
    await page.locator('details[data-scenario="seals-and-unified"] [data-path="seals.share"] button.apply-all').click();
    await expect(page.locator("#baseline-seals_share").inputValue()).resolves.toBe("0.7");
    await page.locator("#seals-and-unified-documents_returnShare").fill("0.6");
    await page.locator('details[data-scenario="seals-and-unified"] [data-path="documents.returnShare"] button.apply-all').click();
    await expect(page.locator('details[data-scenario="seals-and-unified"] [data-path="documents.returnShare"] .apply-note').textContent())
      .resolves.toBe("Set to 0.6 in seals-and-unified. Not applied to baseline (it has no such field).");
    expect(new URL(page.url()).searchParams.getAll("set").sort())
      .toEqual(["baseline:seals.share=0.7", "seals-and-unified:documents.returnShare=0.6", "seals-and-unified:seals.share=0.7"]);
    await page.locator('details[data-scenario="seals-and-unified"] [data-path="documents.returnShare"]').screenshot({ path: join(screenshots, "apply-to-all.png") });
    await page.close();
  });

  it("sweeps two levers on the workers, draws the grid, and exports it with its settings as the CLI's sweeps", async () => {
    const page = await open("s=baseline&view=sweep&r=2&days=9&seed=3");
    await comparisonsShown(page, 1);
    const xray = "directions.kg-to-kz.stages.3.lanes";
    await page.locator("#sweep-lever").selectOption("seals.share");
    await page.locator("#sweep-values").fill("0,1");
    await page.locator("#sweep-lever2").selectOption(xray);
    await page.locator("#sweep-values2").fill("2,3");
    expect(new URL(page.url()).searchParams.get("sweep2")).toBe(xray);
    await page.locator('#sweep-form button[type="submit"]').click();
    await page.locator("#progress-text").filter({ hasText: /Sweep of two levers/ }).waitFor({ timeout: 30_000 });
    await page.locator('#sweep[data-status="ready"]').waitFor({ timeout: 90_000 });
    expect(await page.locator("#sweep-panels svg.sweep-grid-chart rect.cell-fill").count()).toBe(4);
    const json = JSON.parse((await download(page, '#sweep-downloads button:text-is("JSON")')).text) as { sweeps: unknown[] };
    const common = ["--replications", "2", "--seed", "3", "--set", "days=9", "--workers", "1", "--quiet", "--format", "json"];
    for (const [r, lanes] of [2, 3].entries()) {
      const row = await cli(["sweep", scenarioFile("baseline"), "--set", "seals.share=0,1", "--set", `${xray}=${lanes}`, ...common]);
      expect(`${JSON.stringify(json.sweeps[r], null, 2)}\n`).toBe(row);
    }
    const svg = await download(page, '[data-chart="sweep-grid"] button:text-is("SVG")');
    const settings = JSON.parse(/<metadata>[^\n]*\n(\{.*\})<\/metadata>/.exec(svg.text)?.[1] ?? "null") as Record<string, unknown>;
    expect(settings).toMatchObject({ tool: "borderflow", version: packageVersion, scenarios: ["baseline"], seeds: [3], replications: [2], days: [9], warmupDays: { baseline: 7 },
      study: `sweep of seals.share over 0, 1 at each value of ${xray} over 2, 3` });
    await page.screenshot({ path: join(screenshots, "sweep-grid-1280.png"), fullPage: true });
    // Long lever names in the form, and the grid, stay inside the page, also on a phone.
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForFunction((w) => document.documentElement.clientWidth === w, width);
      await page.waitForTimeout(300);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll, `page width at ${width} px`).toBeLessThanOrEqual(client);
    }
    await page.screenshot({ path: join(screenshots, "sweep-grid-360.png"), fullPage: true });
    await page.close();
  });

  it("states the settings in every exported chart: the SVG's metadata and a caption under the PNG", async () => {
    const page = await open("s=baseline,seals&r=2&days=9&seed=8&set=seals:seals.share=0.6");
    await comparisonsShown(page, 1);
    const svg = await download(page, '[data-chart="crossing-time"] button:text-is("SVG")');
    const [text, json] = (/<metadata>([^<]*)<\/metadata>/.exec(svg.text)?.[1] ?? "").split("\n");
    expect(text).toMatch(new RegExp(`^Made with borderflow ${packageVersion.replace(/\./g, "\\.")}: baseline, seals; 2 replications of 9 simulated days each, seed 8 .*levers changed: seals: seals\\.share = 0\\.6\\.`));
    expect(JSON.parse(json ?? "")).toMatchObject({ scenarios: ["baseline", "seals"], seeds: [8], replications: [2], days: [9], edits: { seals: { "seals.share": 0.6 } } });
    // The PNG is drawn at twice the SVG's size; its caption makes it taller than the chart alone.
    const chartHeight = Number(await page.locator('[data-chart="crossing-time"] svg').getAttribute("height"));
    const [png] = await Promise.all([page.waitForEvent("download"), page.locator('[data-chart="crossing-time"] button:text-is("PNG")').click()]);
    const bytes = await readFile(await png.path());
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(2 * chartHeight + 20);
    // The brief's chart too.
    await page.locator('nav a[data-view="brief"]').click();
    const brief = await download(page, '[data-chart="brief-crossing-time"] button:text-is("SVG")');
    expect(/<metadata>[^<]*"seeds":\[8\]/.test(brief.text)).toBe(true);
    await page.close();
  });

  it("logs no error to the console on any page it opened", () => {
    expect(consoleErrors).toEqual([]);
  });
});
