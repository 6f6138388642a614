// Entry point: regenerates scenarios/schema.json and scenarios/study.schema.json (or the files named by
// the first two arguments), run from the repository root after a build: npm run schema
import { writeFileSync } from "node:fs";
import { scenarioJsonSchemaText, studyJsonSchemaText } from "./json-schema.js";

const scenarioFile = process.argv[2] ?? "scenarios/schema.json";
const studyFile = process.argv[3] ?? "scenarios/study.schema.json";
writeFileSync(scenarioFile, scenarioJsonSchemaText());
writeFileSync(studyFile, studyJsonSchemaText());
process.stdout.write(`wrote ${scenarioFile} and ${studyFile}\n`);
