import type { OptimizationResult } from "../../src/scenario/study/optimize/optimization-result.js";
import { rejectionReason } from "../../src/scenario/output/optimization-output.js";
import { metricLabel } from "../charts/index.js";
import { digitsFor, formatInterval, formatNumber } from "./format-estimate.js";

/** How the page names a decision path: a lever's label where the path is a lever, the path otherwise. */
export type DecisionLabel = (path: string) => string;

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className !== undefined) e.className = className;
  return e;
}

function row(document: Document, cells: readonly string[], header = false): HTMLTableRowElement {
  const tr = document.createElement("tr");
  for (const text of cells) tr.append(element(document, header ? "th" : "td", text));
  if (header) for (const th of tr.children) th.setAttribute("scope", "col");
  return tr;
}

function metricName(path: string): string {
  const { label, unit } = metricLabel(path);
  return unit === "" ? label : `${label} (${unit})`;
}

/**
 * The answer of an optimisation for the page, as the CLI's table gives it: the recommendation (its
 * decisions, cost, and each metric's mean with its 95% interval), the guarantee in words, the procedure,
 * how the space was searched, and every other configuration, cheapest first, with why it lost.
 */
export function optimizationResultElements(document: Document, result: OptimizationResult, label: DecisionLabel): HTMLElement[] {
  const out: HTMLElement[] = [];
  const recommendation = element(document, "div", undefined, "recommendation");
  recommendation.dataset["recommendation"] = "";
  if (result.best === null) {
    const over = result.evaluated.some((c) => c.status === "over-budget");
    recommendation.append(element(document, "h3", `No configuration of “${result.scenario}” meets the targets${over ? " within the budget" : ""}`));
    recommendation.append(element(document, "p", "Widen the decisions' ranges, relax a target, or raise the budget; the chart shows how far each configuration is from the target."));
  } else {
    recommendation.append(element(document, "h3", `Build this (${result.scenario})`));
    const table = element(document, "table", undefined, "recommendation-table");
    const body = document.createElement("tbody");
    for (const [path, value] of Object.entries(result.best.decisions)) body.append(row(document, [label(path), formatNumber(value, 4)]));
    body.append(row(document, ["Cost", formatNumber(result.best.cost, 2)]));
    for (const [path, e] of Object.entries(result.best.metrics)) {
      const digits = digitsFor(e, 1);
      body.append(row(document, [metricName(path), `${formatNumber(e.mean, digits)} (${formatInterval(e, digits)})`]));
    }
    for (const th of body.querySelectorAll("tr > td:first-child")) {
      const header = element(document, "th", th.textContent ?? "");
      header.setAttribute("scope", "row");
      th.replaceWith(header);
    }
    table.append(body);
    recommendation.append(table);
  }
  out.push(recommendation);

  const guarantee = element(document, "div", undefined, `guarantee${result.guarantee.weakened ? " weakened" : ""}`);
  guarantee.append(element(document, "h3", "How sure"));
  const statement = result.guarantee.statement;
  guarantee.append(element(document, "p", statement.charAt(0).toUpperCase() + statement.slice(1), "guarantee-statement"));
  guarantee.append(element(document, "p", `Procedure: ${result.guarantee.procedure}.`, "guarantee-procedure"));
  guarantee.append(element(document, "p", result.search.statement, "search-statement"));
  out.push(guarantee);

  const others = result.evaluated.filter((c) => c.status !== "chosen").sort((a, b) => a.cost - b.cost);
  if (others.length > 0) {
    const details = element(document, "details", undefined, "runners-up");
    details.open = true;
    details.append(element(document, "summary", `Runners-up: the other ${others.length} configurations, cheapest first, and why each lost`));
    const scroll = element(document, "div", undefined, "table-scroll");
    scroll.tabIndex = 0;
    scroll.setAttribute("role", "region");
    scroll.setAttribute("aria-label", "Runners-up, scrolls sideways on narrow screens");
    const paths = Object.keys(others[0]?.decisions ?? {});
    const metrics = Object.keys(others[0]?.metrics ?? {});
    const table = document.createElement("table");
    const head = document.createElement("thead");
    head.append(row(document, [...paths.map(label), "Cost", ...metrics.map(metricName), "Replications", "Why not"], true));
    const body = document.createElement("tbody");
    for (const c of others) {
      body.append(row(document, [
        ...paths.map((p) => formatNumber(c.decisions[p] ?? Number.NaN, 4)),
        formatNumber(c.cost, 2),
        ...metrics.map((m) => {
          const e = c.metrics[m];
          return e === undefined ? "–" : `${formatNumber(e.mean, digitsFor(e, 1))} (${formatInterval(e, digitsFor(e, 1))})`;
        }),
        String(c.replications),
        // The reason names metrics by their paths (as the CLI does); the page names them as its charts do.
        rejectionReason(c).replace(/directions\.[A-Za-z0-9_-]+\.[A-Za-z0-9_.-]*[A-Za-z0-9]/g, (path) => metricName(path)),
      ]));
    }
    table.append(head, body);
    scroll.append(table);
    details.append(scroll);
    out.push(details);
  }
  return out;
}
