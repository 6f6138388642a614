import { pooledDesks, separateDesks, singleDesk } from "./lesson-models.js";
import type { LessonSpec } from "./lesson-view.js";

/** Lesson 1: utilisation against waiting time, one M/M/1 desk. */
export const utilisationLesson: LessonSpec = {
  chartTitle: "One desk (M/M/1): mean wait against utilisation",
  curves: [{ label: "M/M/1, theory Wq = ρ/(1 − ρ) min", make: (rho, run) => singleDesk(rho, 1, run) }],
  live: (rho, _choice, run) => [{ label: `One desk at ρ = ${rho.toFixed(2)}`, scenario: singleDesk(rho, 1, run) }],
  initialRho: 0.8,
};

/** Lesson 2: the cost of variability, one desk with service of cv 0, 1 and 2 at the same utilisation. */
export const variabilityLesson: LessonSpec = {
  chartTitle: "Same utilisation, different variability: mean wait",
  curves: [
    { label: "cv = 0: constant service (M/D/1)", make: (rho, run) => singleDesk(rho, 0, run) },
    { label: "cv = 1: exponential (M/M/1)", make: (rho, run) => singleDesk(rho, 1, run) },
    { label: "cv = 2: lognormal (M/G/1)", make: (rho, run) => singleDesk(rho, 2, run) },
  ],
  choice: {
    legend: "Service time variability",
    values: [{ value: "0", label: "cv = 0" }, { value: "1", label: "cv = 1" }, { value: "2", label: "cv = 2" }],
    initial: "1",
  },
  live: (rho, choice, run) => [{ label: `One desk at ρ = ${rho.toFixed(2)}, service cv = ${choice}`, scenario: singleDesk(rho, Number(choice), run) }],
  initialRho: 0.8,
};

/** Lesson 3: pooling, one line for two desks against a line for each. */
export const poolingLesson: LessonSpec = {
  chartTitle: "Two desks: one shared line against a line each",
  curves: [
    { label: "one line for two desks (M/M/2)", make: pooledDesks },
    { label: "a line for each desk (two M/M/1)", make: separateDesks },
  ],
  live: (rho, _choice, run) => [
    { label: `One shared line, ρ = ${rho.toFixed(2)}`, scenario: pooledDesks(rho, run) },
    { label: `A line for each desk, ρ = ${rho.toFixed(2)}`, scenario: separateDesks(rho, run) },
  ],
  initialRho: 0.8,
};
