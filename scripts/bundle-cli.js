// Bundles the compiled CLI (dist/src, from `tsc -p tsconfig.build.json`) into dist/cli: the CLI and the
// replication worker as two entries sharing one chunk. Node then loads three files at start-up instead
// of about 135 modules, which took most of a short run's time. Run by `npm run build:cli`.
import { rolldown } from "rolldown";

const bundle = await rolldown({
  input: { main: "dist/src/cli/main.js", "replication-worker": "dist/src/scenario/replication-worker.js" },
  platform: "node",
  logLevel: "warn",
});
// The worker pool finds its worker beside itself (new URL("./replication-worker.js", import.meta.url)):
// both entries and the shared chunk are written to the same folder.
await bundle.write({ dir: "dist/cli", format: "esm", entryFileNames: "[name].js", chunkFileNames: "[name].js" });
await bundle.close();
