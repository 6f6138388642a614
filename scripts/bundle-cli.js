// Bundles the compiled CLI (dist/src, from `tsc -p tsconfig.build.json`) into dist/cli: the CLI and its
// worker threads' entry files as entries sharing chunks. Node then loads a few files at start-up instead
// of about 135 modules, which took most of a short run's time. Run by `npm run build:cli`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { rolldown } from "rolldown";

const out = "dist/cli";
const bundle = await rolldown({
  input: {
    main: "dist/src/cli/main.js",
    // Every file a worker thread is started from: new URL("./<name>.js", import.meta.url) in the sources.
    "replication-worker": "dist/src/scenario/workers/replication-worker.js",
  },
  platform: "node",
  logLevel: "warn",
});
// Entries and chunks go to one folder, so a worker URL made relative to any of them finds its file.
await bundle.write({ dir: out, format: "esm", entryFileNames: "[name].js", chunkFileNames: "[name].js" });
await bundle.close();

// A worker file the bundle refers to but does not contain would fail only when that command runs: fail here.
for (const file of readdirSync(out).filter((f) => f.endsWith(".js"))) {
  for (const [, name] of readFileSync(`${out}/${file}`, "utf8").matchAll(/new URL\("\.\/([^"]+\.js)", import\.meta\.url\)/g)) {
    if (!existsSync(`${out}/${name}`)) {
      console.error(`bundle-cli: ${out}/${file} starts a worker from ./${name}, which is not bundled; add it to the inputs of scripts/bundle-cli.js`);
      process.exit(1);
    }
  }
}
