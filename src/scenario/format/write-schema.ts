// Entry point: regenerates scenarios/schema.json (or the file named by the first argument),
// run from the repository root after a build: node dist/src/scenario/write-schema.js
import { writeFileSync } from "node:fs";
import { scenarioJsonSchemaText } from "./json-schema.js";

const file = process.argv[2] ?? "scenarios/schema.json";
writeFileSync(file, scenarioJsonSchemaText());
process.stdout.write(`wrote ${file}\n`);
