#!/usr/bin/env node
// Thin launcher: the CLI is compiled and bundled to dist/cli by `npm ci` (the prepare script), so start-up
// compiles nothing and loads three files.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("borderflow: the compiled CLI is missing; run `npm ci` (or `npm run build:cli`) in the repository first.\n");
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
