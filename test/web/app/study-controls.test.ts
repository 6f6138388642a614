// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleScenarios } from "../../../web/app/bundled-scenarios.js";
import { PageState } from "../../../web/app/page-state.js";
import { studyControls, type StudyControlElements } from "../../../web/app/study-controls.js";
import { defaultState } from "../../../web/app/url-state.js";

const baselineText = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../scenarios/baseline.json"), "utf8");
/** The baseline renamed, with a longer file study (20 replications of 60 days). */
const variantText = JSON.stringify({ ...(JSON.parse(baselineText) as object), name: "variant", replications: 20, days: 60 });
const { scenarios: bundle } = bundleScenarios({ "../scenarios/baseline.json": baselineText, "../scenarios/variant.json": variantText }, "border");

function setup(scenarios = ["baseline", "variant"]): { ui: StudyControlElements; page: PageState; changes: string[]; render: () => void; validate: () => boolean } {
  const ui = {
    choices: document.createElement("div"), base: document.createElement("select"), studyFields: document.createElement("div"),
    studyNote: document.createElement("p"), useFileSettings: document.createElement("button"), levers: document.createElement("div"),
    run: document.createElement("button"), runBlocked: document.createElement("p"),
  };
  document.body.replaceChildren(...Object.values(ui));
  const page = new PageState({ initial: defaultState(scenarios), bundle, onChange: () => {} });
  const changes: string[] = [];
  const controls = studyControls({ document, ui, bundle, page, onChange: () => changes.push("changed") });
  controls.render();
  return { ui, page, changes, ...controls };
}

function type(id: string, text: string): void {
  const input = document.getElementById(id) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event("input"));
}

describe("study controls", () => {
  it("studyControls(deps).render() draws a box per bundled scenario, the base choice, the study fields and a lever panel per chosen scenario", () => {
    const { ui, validate } = setup();
    expect([...ui.choices.querySelectorAll("input")].map((b) => [b.value, b.checked])).toEqual([["baseline", true], ["variant", true]]);
    expect([...ui.base.options].map((o) => [o.value, o.selected])).toEqual([["baseline", true], ["variant", false]]);
    expect([...ui.studyFields.querySelectorAll("input[type=number]")].map((i) => [i.id, (i as HTMLInputElement).value])).toEqual([["study-replications", "10"], ["study-days", "21"]]);
    expect(ui.studyNote.textContent).toMatch(/^A shortened first view: 10 replications of 21 simulated days/);
    expect([...ui.levers.querySelectorAll<HTMLDetailsElement>("details.scenario-levers")].map((d) => d.dataset["scenario"])).toEqual(["baseline", "variant"]);
    expect([validate(), ui.run.disabled, ui.runBlocked.textContent]).toEqual([true, false, ""]);
  });

  it("studyControls(deps) holds back the run while a lever refuses its text, and keeps an accepted edit in the state", () => {
    const { ui, page, changes } = setup();
    type("baseline-seals_share", "2");
    expect([ui.run.disabled, page.refusedCount()]).toEqual([true, 1]);
    expect(ui.runBlocked.textContent).toMatch(/^Some values are not accepted/);
    type("baseline-seals_share", "0.5");
    expect([ui.run.disabled, page.refusedCount(), page.current.edits]).toEqual([false, 0, { baseline: { "seals.share": 0.5 } }]);
    expect(changes).toEqual(["changed", "changed"]);
  });

  it("studyControls(deps) shows the loader's reason by the study field it is about, and holds back the run", () => {
    const { ui, page } = setup(["baseline"]);
    type("study-days", "5");
    expect(page.current.days).toBe(5);
    expect(ui.studyFields.querySelector("[data-path=days] .field-error")?.textContent).toMatch(/^baseline: .*warmupDays/);
    expect(ui.run.disabled).toBe(true);
  });

  it("studyControls(deps) drops an unticked scenario with its edits, and makes the chosen base the first", () => {
    const { ui, page } = setup();
    type("variant-seals_share", "0.5");
    ui.base.value = "variant";
    ui.base.dispatchEvent(new Event("change"));
    expect(page.current.scenarios).toEqual(["variant", "baseline"]);
    const variantBox = [...ui.choices.querySelectorAll("input")].find((b) => b.value === "variant") as HTMLInputElement;
    variantBox.checked = false;
    variantBox.dispatchEvent(new Event("change"));
    expect([page.current.scenarios, page.current.edits]).toEqual([["baseline"], {}]);
    expect(ui.levers.querySelectorAll<HTMLDetailsElement>("details.scenario-levers")).toHaveLength(1);
    const last = ui.choices.querySelector("input[value=baseline]") as HTMLInputElement;
    last.checked = false;
    last.dispatchEvent(new Event("change"));
    expect([last.checked, page.current.scenarios]).toEqual([true, ["baseline"]]);
  });

  it("studyControls(deps) takes the most any chosen file asks for when told to use the files' settings", () => {
    const { ui, page } = setup();
    ui.useFileSettings.click();
    expect([page.current.replications, page.current.days]).toEqual([20, 60]);
    expect((document.getElementById("study-days") as HTMLInputElement).value).toBe("60");
    expect(ui.studyNote.textContent).toBe("20 replications of 60 simulated days each (warm-up included), the same for every scenario so that they pair.");
  });
});
