import type { Family } from "../family.js";
import { erlangFamily } from "./erlang.js";
import { exponentialFamily } from "./exponential.js";
import { gammaFamily } from "./gamma.js";
import { lognormalFamily } from "./lognormal.js";
import { normalFamily } from "./normal.js";
import { triangularFamily } from "./triangular.js";
import { uniformFamily } from "./uniform.js";
import { weibullFamily } from "./weibull.js";

/** Every family `fitDurations` tries, in the order the scenario format lists them. */
export const FAMILIES: readonly Family[] = [
  exponentialFamily,
  uniformFamily,
  triangularFamily,
  normalFamily,
  lognormalFamily,
  gammaFamily,
  erlangFamily,
  weibullFamily,
];
