import { compareKind } from "./kinds/compare-kind.js";
import { runKind } from "./kinds/run-kind.js";
import { sensitivityKind } from "./kinds/sensitivity-kind.js";
import { uncertaintyKind } from "./kinds/uncertainty-kind.js";
import { sweepKind } from "./kinds/sweep-kind.js";
import type { StudyKind } from "./study-kind.js";

/**
 * Every study kind `borderflow merge` can combine, by the command that writes its parts. A new
 * kind adds one line here (see study-kind.ts).
 */
export const STUDY_KINDS: Readonly<Record<string, StudyKind<unknown, unknown>>> = {
  run: runKind,
  compare: compareKind,
  sweep: sweepKind,
  sensitivity: sensitivityKind,
  uncertainty: uncertaintyKind,
};
