import { monthOf, type ArrivalProfileFit } from "../../stats/index.js";
import type { BorderScenario } from "./border-scenario.js";
import type { FieldWrite } from "./write-into-scenario.js";

/** The fields an arrival-profile fit writes into a border scenario, and what the caller should tell the user. */
export interface ArrivalWrites {
  readonly writes: readonly FieldWrite[];
  /** trucksPerDay as written (the estimate divided by the scenario's month multiplier over the records' days, when monthOfYear is not estimated). */
  readonly trucksPerDay: number;
  /** A note for the user, or "" when there is nothing to say. */
  readonly note: string;
}

/**
 * What `fit arrivals --into` (and the dashboard) write for a fit into direction `base`
 * (`directions.kg-to-kz`): trucksPerDay, hourOfDay and dayOfWeek there, and monthOfYear at the top
 * when the fit estimated it (it is shared by both directions). The format's trucksPerDay is for a
 * month whose multiplier is 1, so without a fitted monthOfYear the estimate is divided by the
 * scenario's own mean multiplier over the days the records cover.
 */
export function arrivalWrites(fit: ArrivalProfileFit, scenario: BorderScenario, base: string): ArrivalWrites {
  const writes: FieldWrite[] = [
    { path: `${base}.hourOfDay`, value: fit.hourOfDay.map((e) => e.mean) },
    { path: `${base}.dayOfWeek`, value: fit.dayOfWeek.map((e) => e.mean) },
  ];
  let trucksPerDay = fit.trucksPerDay.mean;
  let note = "";
  if (fit.monthOfYear !== null) {
    writes.push({ path: "monthOfYear", value: fit.monthOfYear.map((e) => e.mean) });
    note = "monthOfYear is shared by both directions and now follows these records";
  } else {
    let sum = 0;
    for (let d = 0; d < fit.days; d++) sum += scenario.monthOfYear[monthOf(fit.firstDay + d)] as number;
    const factor = sum / fit.days;
    trucksPerDay /= factor;
    if (factor !== 1) note = `trucksPerDay divided by ${Number(factor.toPrecision(4))}, the scenario's month multiplier over the days the records cover`;
  }
  writes.push({ path: `${base}.trucksPerDay`, value: trucksPerDay });
  return { writes, trucksPerDay, note };
}
