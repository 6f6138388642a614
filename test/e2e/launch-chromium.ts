import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Where the e2e tests expect the system's Chromium (CI installs it with apt-get). */
export const chromiumPath = "/usr/bin/chromium";

/**
 * Starts headless Chromium with the flags that keep it quiet and quick in a container.
 * @throws {Error} saying how to install Chromium when it is missing, rather than a launch stack trace.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`the browser tests need Chromium at ${chromiumPath}; install it with "apt-get install -y chromium" (.ci/run does this in CI)`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}
