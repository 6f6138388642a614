import type { OptimizationResult } from "../../src/scenario/study/optimize/optimization-result.js";
import { optimizationCsv } from "../../src/scenario/output/optimization-output.js";
import type { DownloadFile } from "./result-files.js";

/** The answer as `borderflow optimize STUDY.json --format json` writes it (two-space indent, final newline). */
export function optimizationJsonFile(result: OptimizationResult): DownloadFile {
  return { name: "borderflow-optimization.json", type: "application/json", text: `${JSON.stringify(result, null, 2)}\n` };
}

/** Every evaluated configuration as `borderflow optimize STUDY.json --format csv` writes it. */
export function optimizationCsvFile(result: OptimizationResult): DownloadFile {
  return { name: "borderflow-optimization.csv", type: "text/csv", text: optimizationCsv(result) };
}

/** The study file the form stands for, to keep, edit, or run with the CLI. */
export function studyFile(text: string): DownloadFile {
  return { name: "what-to-build.study.json", type: "application/json", text };
}
