/**
 * The dashboard's data-in panel in a real browser: a CSV of control times dropped onto a stage is
 * fitted, ranked and drawn, and the chosen fit is applied to the scenario (and so to the link).
 */
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDashboard } from "./build-dashboard.js";
import { launchChromium } from "./launch-chromium.js";
import { serveStatic, type StaticServer } from "./static-server.js";

let browser: Browser;
let server: StaticServer;
let outDir: string;

beforeAll(async () => {
  browser = await launchChromium();
  outDir = await buildDashboard();
  server = await serveStatic(outDir);
}, 180_000);

afterAll(async () => {
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

describe("dashboard: data in", () => {
  it("a CSV dropped onto a stage is fitted, ranked and drawn, and the chosen fit is applied to the scenario", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}?s=baseline`);
    await page.click("#data-in summary");
    const path = "directions.kg-to-kz.stages.2.serviceMinutes";
    await page.locator(`#fit-target option[value="${path}"]`).waitFor({ state: "attached" });
    await page.selectOption("#fit-target", path);
    await dropFile(page, "#fit-drop", "border-control-minutes.csv", readFileSync("data/examples/border-control-minutes.csv", "utf8"));
    await page.locator("#fit-ranking tr[data-dist]").first().waitFor({ timeout: 90_000 });
    expect(await page.locator("#fit-status").textContent()).toMatch(/500 control times in minutes\. Best: lognormal \(mean [\d.]+, cv [\d.]+\)/);
    expect(await page.locator("#fit-ranking tr[data-dist]").count()).toBe(9);
    expect(await page.locator("#fit-charts svg.fit-histogram-chart").count()).toBe(1);
    expect(await page.locator("#fit-charts svg.qq-chart").count()).toBe(1);
    // Choosing another family redraws the Q–Q plot against it.
    await page.locator('#fit-ranking input[value="gamma"]').check();
    expect(await page.locator("#fit-charts svg.qq-chart title").first().textContent()).toMatch(/against gamma/);
    await page.locator('#fit-ranking input[value="lognormal"]').check();
    await page.click("#fit-apply");
    expect(await page.locator("#fit-status").textContent()).toMatch(/^Applied lognormal \(mean [\d.]+, cv [\d.]+\) to “.*border service check” of baseline/);
    const link = decodeURIComponent(page.url());
    expect(link).toMatch(new RegExp(`set=baseline:${path.replace(/\./g, "\\.")}=\\{"dist":"lognormal","mean":[\\d.]+,"cv":[\\d.]+\\}`));
    // The edited scenario passes the loader, so the comparison may run with it.
    expect((await page.locator("#run-blocked").textContent())?.trim()).toBe("");
    expect(await page.locator("#run").isDisabled()).toBe(false);
    await page.locator("#data-in").screenshot({ path: "test/output/e2e/data-in.png" }).catch(() => undefined);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("arrival records dropped onto a direction give its profile, and applying it edits trucks per day and the hour and weekday multipliers", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}?s=baseline`);
    await page.click("#data-in summary");
    await page.locator('#fit-target option[value="arrivals:kz-to-kg"]').waitFor({ state: "attached" });
    await page.selectOption("#fit-target", "arrivals:kz-to-kg");
    await dropFile(page, "#fit-drop", "arrivals.csv", readFileSync("data/examples/arrivals-kg-to-kz.csv", "utf8"));
    await page.locator("#fit-charts svg.arrival-profile-chart").first().waitFor({ timeout: 90_000 });
    expect(await page.locator("#fit-status").textContent()).toMatch(/^arrivals\.csv: 9270 arrivals over 35 days, [\d.]+ trucks per day \[[\d.]+, [\d.]+\]/);
    expect(await page.locator("#fit-charts svg.arrival-profile-chart").count()).toBe(2);
    await page.click("#fit-apply");
    expect(await page.locator("#fit-status").textContent()).toMatch(/^Applied the arrival profile/);
    const link = decodeURIComponent(page.url());
    expect(link).toMatch(/set=baseline:directions\.kz-to-kg\.trucksPerDay=2\d\d\.\d+/);
    expect(link).toMatch(/set=baseline:directions\.kz-to-kg\.hourOfDay\.23=[\d.]+/);
    expect(link).toMatch(/set=baseline:directions\.kz-to-kg\.dayOfWeek\.6=[\d.]+/);
    expect((await page.locator("#run-blocked").textContent())?.trim()).toBe("");
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("a CSV that is not UTF-8 (Latin-1) is refused with the offset of its first bad byte, as the CLI refuses it", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}?s=baseline`);
    await page.click("#data-in summary");
    // "minutes\n" then "é" in Latin-1 (0xe9), which is no UTF-8 sequence.
    await page.locator("#fit-file").setInputFiles({ name: "latin1.csv", mimeType: "text/csv", buffer: Buffer.from([...Buffer.from("minutes\n12\n"), 0xe9, 0x0a]) });
    await expect.poll(() => page.locator("#fit-status").textContent()).toBe("latin1.csv cannot be read: not valid UTF-8 at byte offset 11 (0xe9); save the file as UTF-8");
    expect(await page.locator("#fit-ranking tr[data-dist]").count()).toBe(0);
    await page.close();
  }, 180_000);
});
