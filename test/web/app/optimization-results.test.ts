// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { optimizationResultElements } from "../../../web/app/optimization-results.js";
import { harvestResult, nothingFeasible } from "../charts/optimization-fixtures.js";

const label = (path: string): string => (path.endsWith("3.lanes") ? "X-ray lines" : path);

describe("optimizationResultElements(document, result, label)", () => {
  it("optimizationResultElements(document, result, label) shows the recommendation with its cost and intervals, the guarantee and every runner-up", () => {
    const holder = document.createElement("div");
    holder.append(...optimizationResultElements(document, harvestResult, label));
    expect(holder.querySelector(".recommendation h3")?.textContent).toBe("Build this (harvest-peak)");
    const rows = [...holder.querySelectorAll(".recommendation-table tr")].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows[0]).toEqual(["X-ray lines", "2"]);
    expect(rows[2]).toEqual(["Cost", "1,400"]);
    expect(rows[3]).toEqual(["95th percentile crossing time, Kyrgyzstan → Kazakhstan (hours)", "9.5 (95% CI 8.6 to 10.4)"]);
    expect(holder.querySelector(".guarantee-statement")?.textContent).toBe("Test");
    expect(holder.querySelector(".search-statement")?.textContent).toBe(harvestResult.search.statement);
    const why = [...holder.querySelectorAll(".runners-up tbody tr")].map((tr) => tr.lastElementChild?.textContent);
    expect(why).toEqual([
      // Metrics named as the charts name them, not by their paths.
      "infeasible: 95th percentile crossing time, Kyrgyzstan → Kazakhstan (hours) <= 12", "infeasible: 95th percentile crossing time, Kyrgyzstan → Kazakhstan (hours) <= 12",
      "feasible but dearer", "feasible but dearer", "feasible but dearer",
    ]);
  });

  it("optimizationResultElements(document, result, label) gives a configuration the search left behind its reason", () => {
    const [first, ...rest] = harvestResult.evaluated;
    const result = { ...harvestResult, evaluated: [{ ...first, status: "not-finalist" as const, failed: [] }, ...rest] } as typeof harvestResult;
    const holder = document.createElement("div");
    holder.append(...optimizationResultElements(document, result, label));
    const why = [...holder.querySelectorAll(".runners-up tbody tr")].map((tr) => tr.lastElementChild?.textContent);
    expect(why[0]).toBe("run by the search, not kept as a finalist");
  });

  it("optimizationResultElements(document, result, label) says so when nothing meets the targets, and marks a weakened guarantee", () => {
    const result = { ...nothingFeasible, guarantee: { ...nothingFeasible.guarantee, weakened: true } };
    const holder = document.createElement("div");
    holder.append(...optimizationResultElements(document, result, label));
    expect(holder.querySelector(".recommendation h3")?.textContent).toBe("No configuration of “harvest-peak” meets the targets");
    expect(holder.querySelector(".guarantee")?.classList.contains("weakened")).toBe(true);
    expect(holder.querySelectorAll(".runners-up tbody tr")).toHaveLength(6);
  });
});
