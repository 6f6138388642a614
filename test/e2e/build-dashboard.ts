import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const repository = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Builds the dashboard with the repository's own vite.config.ts, as `vite build` would, but into a
 * fresh temporary directory so that tests never touch dist/web. Returns that directory.
 */
export async function buildDashboard(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), "borderflow-e2e-"));
  await build({
    configFile: join(repository, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
