/**
 * The dashboard's check against crossing records in a real browser: the example records dropped onto
 * a direction are read, the scenario is simulated on the page's workers, and the page shows the Q–Q
 * plot and the verdict, the same as `borderflow check` gives in Node (its JSON download byte for
 * byte); a bad file is refused with its line and column, and a check can be cancelled.
 */
import { readFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "../cli/memory-io.js";
import { buildDashboard } from "./build-dashboard.js";
import { launchChromium } from "./launch-chromium.js";
import { serveStatic, type StaticServer } from "./static-server.js";

const CROSSINGS = "data/examples/crossings.csv";

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
let outDir: string;

beforeAll(async () => {
  browser = await launchChromium();
  outDir = await buildDashboard();
  server = await serveStatic(outDir);
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

/** Drops a file with `name` and `text` onto `selector`, as a user dragging it from the desktop would. */
async function dropFile(page: Page, selector: string, name: string, text: string): Promise<void> {
  await page.evaluate(({ selector, name, text }) => {
    const target = document.querySelector(selector);
    if (target === null) throw new Error(`no ${selector}`);
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: "text/csv" }));
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { selector, name, text });
}

/** The dashboard on the baseline alone, its first comparison finished, the data-in panel open on `target`; console errors recorded. */
async function openOn(target: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}?s=baseline`);
  await page.locator('#results[data-status="ready"]').waitFor({ state: "attached", timeout: 90_000 });
  await page.click("#data-in summary");
  await page.locator(`#fit-target option[value="${target}"]`).waitFor({ state: "attached" });
  await page.selectOption("#fit-target", target);
  return { page, errors };
}

describe("dashboard: check the scenario against crossing records", () => {
  it("crossing records dropped onto a direction give the Q–Q plot and the verdict, as `borderflow check` gives them", async () => {
    const { page, errors } = await openOn("check:kg-to-kz");
    expect(await page.locator("#check-in").isVisible()).toBe(true);
    expect(await page.locator("#fit-apply").isVisible()).toBe(false);
    // The CLI's defaults for the baseline: its 7-day warm-up and the example's one observed week; 19 replications.
    expect(await page.inputValue("#check-days")).toBe("14");
    expect(await page.inputValue("#check-replications")).toBe("19");
    await dropFile(page, "#fit-drop", "crossings.csv", readFileSync(CROSSINGS, "utf8"));
    await page.locator('#check-in[data-status="ready"]').waitFor({ state: "attached", timeout: 120_000 });
    expect(await page.locator("#check-status").textContent()).toBe("crossings.csv: 1809 crossing times of Kyrgyzstan → Kazakhstan, in hours, from the column crossingHours.");
    expect(await page.locator("#progress-text").textContent()).toMatch(/^Check against crossings\.csv done in [\d.]+ s\.$/);

    const io = memoryIo();
    expect(await main(["check", "scenarios/baseline.json", "--observed", CROSSINGS, "--direction", "kg-to-kz", "--set", "days=14", "--quiet", "--format", "json"], io)).toBe(0);
    const cli = JSON.parse(io.out) as { verdict: string; quantiles: unknown[] };
    expect(await page.locator(".check-verdict").textContent()).toBe(cli.verdict);
    expect(cli.verdict).toMatch(/^The observed crossing times are consistent with the scenario/);
    expect(await page.locator(".check-table tbody tr").count()).toBe(cli.quantiles.length + 1);
    expect(await page.locator('.check-table tr[data-quantity="mean"] td').nth(1).textContent()).toMatch(/difference -?[\d.]+ \[-?[\d.]+, -?[\d.]+\]/);
    expect(await page.locator(".check-test").textContent()).toMatch(/p = 0\.\d{3} \(Monte Carlo rank test\); consistent at 5%\.$/);

    const chart = page.locator('[data-chart="check-qq-kg-to-kz"] svg.qq-chart');
    expect(await chart.count()).toBe(1);
    expect(await chart.locator("circle.quantile").count()).toBe(100);
    expect(await chart.locator("path.band").count()).toBe(1);
    expect(await chart.locator("line.diagonal").count()).toBe(1);
    expect(await chart.locator(".axis-label").allTextContents()).toEqual(expect.arrayContaining(["Simulated crossing time (hours)"]));

    // The JSON download is the CLI's output, byte for byte.
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('#check-result button:text-is("JSON")').click()]);
    expect(download.suggestedFilename()).toBe("borderflow-check-kg-to-kz.json");
    expect(await readFile((await download.path()) as string, "utf8")).toBe(io.out);
    const [svg] = await Promise.all([page.waitForEvent("download"), page.locator('[data-chart="check-qq-kg-to-kz"] button:text-is("SVG")').click()]);
    // The settings, as every exported chart states them (web/app/chart-settings.ts): a sentence, then the same as JSON.
    const metadata = /<metadata>([^<]*)<\/metadata>/.exec(await readFile((await svg.path()) as string, "utf8"))?.[1] ?? "";
    const [sentence, json] = metadata.split("\n");
    expect(sentence).toMatch(/^Made with borderflow \S+: baseline; 19 replications of 14 simulated days each, seed 1 .*Check of baseline against crossings\.csv .*--set days=14\.$/);
    expect(JSON.parse(json ?? "")).toMatchObject({ tool: "borderflow", scenarios: ["baseline"], seeds: [1], replications: [19], days: [14] });
    expect(await page.locator(".check-command code").textContent()).toBe("npx borderflow check scenarios/baseline.json --observed crossings.csv --direction kg-to-kz --replications 19 --set days=14");
    await page.locator("#data-in").screenshot({ path: "test/output/e2e/check-in.png" }).catch(() => undefined);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it("a file with bad rows is refused with each row's line and column, and nothing runs", async () => {
    const { page, errors } = await openOn("check:kz-to-kg");
    const bad = ["direction,crossingHours", ...Array.from({ length: 12 }, (_, i) => `kz-to-kg,${1 + i / 4}`), "kz-to-kg,abc", "kz-to-kg,-1"].join("\n");
    await dropFile(page, "#fit-drop", "bad.csv", bad);
    await page.locator("#check-problems li").first().waitFor();
    expect(await page.locator("#check-status").textContent()).toBe("bad.csv cannot be read: 2 problems, by line and column below. Nothing was checked.");
    expect(await page.locator("#check-status").getAttribute("role")).toBe("alert");
    expect(await page.locator("#check-problems li").allTextContents()).toEqual([
      'bad.csv:14: column "crossingHours": "abc" is not a number',
      'bad.csv:15: column "crossingHours": -1 is not a duration > 0',
    ]);
    expect(await page.locator("#check-in").getAttribute("data-status")).toBe("idle");
    expect(await page.locator("#check-run").isDisabled()).toBe(true);
    expect(await page.locator("#check-result").innerHTML()).toBe("");
    // A file that is not UTF-8 is refused in the check's own status, with the offset of its first bad byte.
    await page.locator("#fit-file").setInputFiles({ name: "latin1.csv", mimeType: "text/csv", buffer: Buffer.from([...Buffer.from("direction,crossingHours\nkz-to-kg,1\n"), 0xe9, 0x0a]) });
    await expect.poll(() => page.locator("#check-status").textContent()).toBe("latin1.csv cannot be read: not valid UTF-8 at byte offset 35 (0xe9); save the file as UTF-8. Nothing was checked.");
    expect(await page.locator("#check-problems li").count()).toBe(0);
    expect(await page.locator("#check-run").isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("a check runs behind the run bar and Cancel stops it", async () => {
    const { page, errors } = await openOn("check:kg-to-kz");
    await page.fill("#check-replications", "400");
    await dropFile(page, "#fit-drop", "crossings.csv", readFileSync(CROSSINGS, "utf8"));
    await page.locator('#check-in[data-status="running"]').waitFor({ state: "attached", timeout: 30_000 });
    await page.locator("#progress-text").filter({ hasText: /^Check against crossings\.csv: \d+ of 400 replications done$/ }).waitFor({ timeout: 30_000 });
    await page.click("#cancel");
    await page.locator('#check-in[data-status="cancelled"]').waitFor({ state: "attached" });
    expect(await page.locator("#progress-text").textContent()).toMatch(/^Check against crossings\.csv cancelled/);
    expect(await page.locator("#check-result").innerHTML()).toBe("");
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
