import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const page = fileURLToPath(new URL("./study-page/", import.meta.url));

/**
 * Builds test/e2e/study-page (a page that runs a study in its own thread with src/'s code) with Vite's
 * production build, as the dashboard is built (es2022, minified), into a fresh temporary directory.
 * Returns that directory.
 */
export async function buildStudyPage(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), "borderflow-study-page-"));
  await build({
    configFile: false,
    root: page,
    base: "./",
    publicDir: false,
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, target: "es2022" },
  });
  return outDir;
}
