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

const sealsAndUnifiedText = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../scenarios/seals-and-unified.json"), "utf8");
/** The baseline, its variant, and seals-and-unified, which declares the return share (a lever the baseline lacks). */
const { scenarios: threeBundle } = bundleScenarios({
  "../scenarios/baseline.json": baselineText, "../scenarios/variant.json": variantText, "../scenarios/seals-and-unified.json": sealsAndUnifiedText,
}, "border");

function setup(scenarios = ["baseline", "variant"], from = bundle): { ui: StudyControlElements; page: PageState; changes: string[]; render: () => void; validate: () => boolean } {
  const ui = {
    choices: document.createElement("div"), base: document.createElement("select"), studyFields: document.createElement("div"),
    studyNote: document.createElement("p"), useFileSettings: document.createElement("button"), levers: document.createElement("div"),
    run: document.createElement("button"), runBlocked: document.createElement("p"),
  };
  document.body.replaceChildren(...Object.values(ui));
  const page = new PageState({ initial: defaultState(scenarios), bundle: from, onChange: () => {} });
  const changes: string[] = [];
  const controls = studyControls({ document, ui, bundle: from, page, onChange: () => changes.push("changed") });
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
    expect([...ui.studyFields.querySelectorAll("input[type=number]")].map((i) => [i.id, (i as HTMLInputElement).value])).toEqual([
      ["study-replications", "10"], ["study-days", "21"], ["study-warmupDays", ""], ["study-seed", "1"],
    ]);
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
    expect(ui.studyNote.textContent).toBe("20 replications of 60 simulated days each (warm-up included), the same for every scenario so that they pair. " +
      "Every scenario runs the base file's seed, with each file's own warm-up discarded.");
  });

  it("studyControls(deps) keeps a typed seed and warm-up in the state and the note, and an emptied warm-up means each file's own", () => {
    const { ui, page } = setup();
    type("study-seed", "-42");
    type("study-warmupDays", "3");
    expect([page.current.seed, page.current.warmupDays, page.settings().days]).toEqual([-42, 3, 17]);
    expect(ui.studyNote.textContent).toMatch(/Every scenario runs seed -42, with the first 3 days discarded as warm-up\.$/);
    expect(ui.studyFields.querySelector("[data-path=warmupDays] .lever-note")?.textContent).toBe("Empty: each file's own warm-up: 7 days (baseline, variant)");
    type("study-warmupDays", "");
    expect([page.current.warmupDays, page.refusedCount(), ui.run.disabled]).toEqual([null, 0, false]);
  });

  it("studyControls(deps) puts the warm-up slider at the files' warm-up while the field is empty, never elsewhere than the value used", () => {
    const { ui } = setup();
    const slider = ui.studyFields.querySelector<HTMLInputElement>("[data-path=warmupDays] input[type=range]");
    // Both files discard 7 days; an empty value made the slider sit mid-track, at 182 days.
    expect([slider?.value, slider?.dataset["neutral"]]).toEqual(["7", undefined]);
    type("study-warmupDays", "3");
    expect(slider?.value).toBe("3");
    type("study-warmupDays", "");
    expect(slider?.value).toBe("7");
  });

  it("studyControls(deps) shows the warm-up slider in a neutral state while the field is empty and the files' warm-ups differ", () => {
    const longerText = JSON.stringify({ ...(JSON.parse(baselineText) as object), name: "longer", warmupDays: 10 });
    const { scenarios: mixed } = bundleScenarios({ "../scenarios/baseline.json": baselineText, "../scenarios/longer.json": longerText }, "border");
    const { ui } = setup(["baseline", "longer"], mixed);
    const slider = ui.studyFields.querySelector<HTMLInputElement>("[data-path=warmupDays] input[type=range]");
    expect(ui.studyFields.querySelector("[data-path=warmupDays] .lever-note")?.textContent).toBe("Empty: each file's own warm-up: 7 days (baseline); 10 days (longer)");
    expect([slider?.dataset["neutral"], slider?.title]).toEqual(["true", "Empty field: each file's own warm-up"]);
    type("study-warmupDays", "4");
    expect([slider?.value, slider?.dataset["neutral"], slider?.title]).toEqual(["4", undefined, ""]);
    type("study-warmupDays", "");
    expect(slider?.dataset["neutral"]).toBe("true");
  });

  it("studyControls(deps) refuses a seed the CLI's --seed refuses, by the field, and holds back the run", () => {
    const { ui, page } = setup();
    for (const text of ["1.5", "1e3", "", "9007199254740992"]) {
      type("study-seed", text);
      expect(ui.studyFields.querySelector("[data-path=seed] .field-error")?.textContent, text).toMatch(/^must be a whole number written in decimal digits/);
      expect([ui.run.disabled, page.current.seed], text).toEqual([true, null]);
    }
    type("study-seed", "12");
    expect([ui.run.disabled, page.current.seed]).toEqual([false, 12]);
  });

  it("studyControls(deps) shows a warm-up the loader refuses (not less than the days) by the warm-up field", () => {
    const { ui } = setup();
    type("study-days", "21");
    type("study-warmupDays", "21");
    expect(ui.studyFields.querySelector("[data-path=warmupDays] .field-error")?.textContent).toMatch(/^baseline: must be < days \(21\), got 21/);
    expect(ui.studyFields.querySelector("[data-path=days] .field-error")?.textContent).toBe("");
    expect(ui.run.disabled).toBe(true);
    type("study-warmupDays", "2.5");
    expect(ui.studyFields.querySelector("[data-path=warmupDays] .field-error")?.textContent).toMatch(/^must be a whole number from 0 to 364 days/);
    // Text that is no number ("1e") reaches the page as an empty value with validity.badInput: refused, never read as "each file's own".
    const field = document.getElementById("study-warmupDays") as HTMLInputElement;
    Object.defineProperty(field, "validity", { value: { badInput: true } });
    type("study-warmupDays", "");
    expect(ui.studyFields.querySelector("[data-path=warmupDays] .field-error")?.textContent)
      .toBe("the text is not a number; enter one from 0 to 364 days, or leave the field empty for each file's own warm-up");
    expect(ui.run.disabled).toBe(true);
  });

  it("studyControls(deps) applies one lever's value to every chosen scenario that has it, and names those it was not applied to", () => {
    const { ui, page } = setup(["baseline", "variant", "seals-and-unified"], threeBundle);
    const applyButton = (id: string, path: string): HTMLButtonElement | undefined =>
      [...ui.levers.querySelectorAll<HTMLElement>(`details[data-scenario="${id}"] .lever`)].find((l) => l.dataset["path"] === path)?.querySelector<HTMLButtonElement>(".apply-all") ?? undefined;
    type("seals-and-unified-seals_share", "0.65");
    applyButton("seals-and-unified", "seals.share")?.click();
    expect(page.current.edits).toEqual({ baseline: { "seals.share": 0.65 }, variant: { "seals.share": 0.65 }, "seals-and-unified": { "seals.share": 0.65 } });
    expect((document.getElementById("variant-seals_share") as HTMLInputElement).value).toBe("0.65");
    const note = (id: string, path: string): string | null | undefined =>
      [...ui.levers.querySelectorAll<HTMLElement>(`details[data-scenario="${id}"] .lever`)].find((l) => l.dataset["path"] === path)?.querySelector(".apply-note")?.textContent;
    expect(note("seals-and-unified", "seals.share")).toBe("Set to 0.65 in baseline, variant, seals-and-unified.");
    expect(document.activeElement).toBe(applyButton("seals-and-unified", "seals.share"));
    // The return share is declared uncertain (so a lever) in seals-and-unified only.
    type("seals-and-unified-documents_returnShare", "0.6");
    applyButton("seals-and-unified", "documents.returnShare")?.click();
    expect(page.current.edits["seals-and-unified"]).toEqual({ "seals.share": 0.65, "documents.returnShare": 0.6 });
    expect(page.current.edits["baseline"]).toEqual({ "seals.share": 0.65 });
    expect(note("seals-and-unified", "documents.returnShare")).toBe("Set to 0.6 in seals-and-unified. Not applied to baseline (it has no such field); variant (it has no such field).");
    // Back to a file's value removes the edit there.
    type("baseline-seals_share", "0");
    applyButton("baseline", "seals.share")?.click();
    expect(page.current.edits["baseline"]).toBeUndefined();
    expect(page.current.edits["seals-and-unified"]).toEqual({ "seals.share": 0, "documents.returnShare": 0.6 });
  });

  it("studyControls(deps) offers no apply-to-all with one scenario chosen, and holds it back while the field refuses its text", () => {
    const one = setup(["baseline"]);
    expect(one.ui.levers.querySelectorAll(".apply-all")).toHaveLength(0);
    const two = setup();
    type("baseline-seals_share", "2");
    const button = [...two.ui.levers.querySelectorAll<HTMLElement>('details[data-scenario="baseline"] .lever')].find((l) => l.dataset["path"] === "seals.share")?.querySelector<HTMLButtonElement>(".apply-all");
    expect(button?.disabled).toBe(true);
    expect(button?.getAttribute("aria-label")).toBe("Apply to all chosen scenarios: Share of trucks with an electronic seal");
  });
});
