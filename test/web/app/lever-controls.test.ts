// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { Scenario } from "../../../src/scenario/index.js";
import type { BundledScenario } from "../../../web/app/bundled-scenarios.js";
import { leverControl } from "../../../web/app/lever-control.js";
import { studyLevers } from "../../../web/app/levers.js";
import { scenarioLevers } from "../../../web/app/scenario-levers.js";

/** Only the fields the lever panel reads; the rest of a border scenario does not matter here. */
const seals = {
  id: "seals",
  file: "scenarios/seals.json",
  text: "{}",
  scenario: { name: "seals", description: "Electronic seals on a fifth of the trucks.", model: "border", seals: { share: 0.2 },
    directions: { "kg-to-kz": { trucksPerDay: 300, stages: [{ id: "kz-xray", label: "KZ X-ray", lanes: 1 }] } } } as unknown as Scenario,
} satisfies BundledScenario;

function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event("input"));
}

describe("lever controls", () => {
  it("leverControl(document, options) refuses an out-of-range value next to the field and passes null on", () => {
    const changes: unknown[] = [];
    const control = leverControl(document, { lever: studyLevers.replications, value: 5, fileValue: 10, idPrefix: "study", onChange: (v) => changes.push(v) });
    document.body.replaceChildren(control.element);
    const input = document.getElementById("study-replications") as HTMLInputElement;
    type(input, "0");
    const error = control.element.querySelector(".field-error");
    expect(error?.textContent).toMatch(/^must be from 2 to 100 runs/);
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe(`${error?.id} study-replications-note`);
    type(input, "12");
    expect(error?.textContent).toBe("");
    expect(changes).toEqual([null, 12]);
  });

  it("leverControl(document, options).showProblems(messages) shows the loader's reason, but not over the field's own refusal", () => {
    const control = leverControl(document, { lever: studyLevers.days, value: 14, fileValue: 90, idPrefix: "study", onChange: () => {} });
    document.body.replaceChildren(control.element);
    const error = control.element.querySelector(".field-error");
    control.showProblems(["seals: warmupDays (7) must be less than days (5)"]);
    expect(error?.textContent).toBe("seals: warmupDays (7) must be less than days (5)");
    type(document.getElementById("study-days") as HTMLInputElement, "400");
    expect(error?.textContent).toMatch(/^must be from 1 to 365 days/);
    control.showProblems([]);
    expect(error?.textContent).toMatch(/^must be from 1 to 365 days/);
  });

  it("leverControl(document, options) checks a value given to it (from a link) as if it were typed", () => {
    const control = leverControl(document, { lever: studyLevers.replications, value: 1, fileValue: 10, idPrefix: "study", onChange: () => {} });
    expect(control.refusal()).toMatch(/^must be from 2 to 100 runs/);
    expect(control.element.querySelector(".field-error")?.textContent).toBe(control.refusal());
    expect(leverControl(document, { lever: studyLevers.replications, value: 5, fileValue: 10, idPrefix: "study", onChange: () => {} }).refusal()).toBeNull();
  });

  it("leverControl(document, options) keeps the slider and the number input together", () => {
    const changes: unknown[] = [];
    const control = leverControl(document, { lever: studyLevers.days, value: 14, fileValue: 90, idPrefix: "study", onChange: (v) => changes.push(v) });
    const [slider, number] = [...control.element.querySelectorAll("input")] as HTMLInputElement[];
    (slider as HTMLInputElement).value = "30";
    slider?.dispatchEvent(new Event("input"));
    expect(number?.value).toBe("30");
    expect(changes).toEqual([30]);
  });

  it("scenarioLevers(document, options) reports an edit, and its removal when the value is back to the file's", () => {
    const edits: unknown[] = [];
    const panel = scenarioLevers(document, { bundled: seals, edits: {}, open: true, onEdit: (path, value) => edits.push([path, value]) });
    document.body.replaceChildren(panel.element);
    const share = document.getElementById("seals-seals_share") as HTMLInputElement;
    type(share, "0.5");
    expect(panel.element.querySelector("summary")?.textContent).toBe("seals (1 edited)");
    type(share, "0.2");
    expect(edits).toEqual([["seals.share", 0.5], ["seals.share", undefined]]);
    expect(panel.element.querySelector("summary")?.textContent).toBe("seals ");
  });

  it("scenarioLevers(document, options).showProblems(problems) puts each message by its field and lists the rest", () => {
    const panel = scenarioLevers(document, { bundled: seals, edits: { "seals.share": 0.9 }, open: false, onEdit: () => {} });
    document.body.replaceChildren(panel.element);
    expect((document.getElementById("seals-seals_share") as HTMLInputElement).value).toBe("0.9");
    panel.showProblems({ byField: new Map([["directions.kg-to-kz.stages.0.lanes", ["must be at most 8"]]]), other: ["warmupDays: too long"] });
    expect(panel.element.querySelector('[data-path="directions.kg-to-kz.stages.0.lanes"] .field-error')?.textContent).toBe("must be at most 8");
    expect([...panel.element.querySelectorAll(".problems li")].map((li) => li.textContent)).toEqual(["warmupDays: too long"]);
    expect((panel.element as HTMLDetailsElement).open).toBe(true);
    panel.showProblems(null);
    expect(panel.element.querySelectorAll(".field-error:not(:empty), .problems li")).toHaveLength(0);
  });

  it("scenarioLevers(document, options).refusedPaths() names the fields whose value from a link is out of range", () => {
    const panel = scenarioLevers(document, { bundled: seals, edits: { "seals.share": 2 }, open: false, onEdit: () => {} });
    expect(panel.refusedPaths()).toEqual(["seals.share"]);
  });

  it("scenarioLevers(document, options) lists a link's edit that has no field, with a button to remove it", () => {
    const edits: unknown[] = [];
    const panel = scenarioLevers(document, { bundled: seals, edits: { warmupDays: 3 }, open: true, onEdit: (path, value) => edits.push([path, value]) });
    document.body.replaceChildren(panel.element);
    expect(panel.element.querySelector(".unowned-edit")?.textContent).toMatch(/^warmupDays = 3/);
    (panel.element.querySelector(".unowned-edit button") as HTMLButtonElement).click();
    expect(edits).toEqual([["warmupDays", undefined]]);
    expect(panel.element.querySelector(".unowned-edit")).toBeNull();
  });
});
