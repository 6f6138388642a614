// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { builderForm } from "../../../web/teach/builder-form.js";
import { blankNetwork, getAt, type DraftCheck } from "../../../web/teach/network-draft.js";

function mount() {
  const checks: DraftCheck[] = [];
  const form = builderForm(blankNetwork(), { onChange: (check) => checks.push(check) });
  document.body.replaceChildren(form.element);
  const input = (path: string): HTMLInputElement | HTMLSelectElement => {
    const el = form.element.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-path="${path}"]`);
    if (el === null) throw new Error(`no field ${path}`);
    return el;
  };
  const type = (path: string, value: string): void => {
    const el = input(path);
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input"));
  };
  const click = (action: string, index = 0): void => {
    const buttons = form.element.querySelectorAll<HTMLButtonElement>(`button[data-action="${action}"]`);
    buttons[index]?.click();
  };
  return { form, checks, input, type, click };
}

describe("builderForm(draft, options)", () => {
  it("builderForm(draft) shows the draft's fields by their dotted paths and reports it valid", () => {
    const { input, checks, form } = mount();
    expect(input("stations.0.id").value).toBe("desk");
    expect(input("arrivals.0.interarrival.dist").value).toBe("exponential");
    expect(checks.at(-1)?.ok).toBe(true);
    expect(form.element.dataset["valid"]).toBe("true");
  });

  it("builderForm(draft) writes each problem beside its field and marks the field invalid", () => {
    const { type, form, checks } = mount();
    type("stations.0.servers", "0");
    const error = form.element.querySelector('[data-error-for="stations.0.servers"]');
    expect(error?.textContent).toMatch(/>= 1/);
    expect(form.element.querySelector('[data-path="stations.0.servers"]')?.getAttribute("aria-invalid")).toBe("true");
    expect(checks.at(-1)?.ok).toBe(false);
    type("stations.0.servers", "2");
    expect(error?.textContent).toBe("");
    expect(checks.at(-1)?.ok).toBe(true);
  });

  it("builderForm(draft) quotes text that is not a number beside its field, not the null that NaN becomes in JSON", () => {
    const { type, form, checks } = mount();
    type("stations.0.service.mean", "abc");
    const error = form.element.querySelector('[data-error-for="stations.0.service.mean"]');
    expect(error?.textContent).toBe('must be a number > 0, got "abc"');
    expect(checks.at(-1)?.ok).toBe(false);
    type("stations.0.service.mean", "0.5");
    expect(error?.textContent).toBe("");
    expect(checks.at(-1)?.ok).toBe(true);
  });

  it("builderForm(draft) builds a tandem: add a station, route to it, rename it", () => {
    const { click, type, form, checks } = mount();
    click("add-station");
    click("add-route", 0);
    expect(getAt(form.draft(), "stations.0.routes")).toEqual([{ to: "station2", p: 1 }]);
    const id = form.element.querySelector<HTMLInputElement>('[data-path="stations.1.id"]');
    if (id === null) throw new Error("no id field");
    id.value = "scanner";
    id.dispatchEvent(new Event("input"));
    id.dispatchEvent(new Event("change"));
    expect(getAt(form.draft(), "stations.0.routes.0.to")).toBe("scanner");
    type("stations.1.service.mean", "0.5");
    const last = checks.at(-1);
    expect(last?.ok).toBe(true);
    if (last?.ok) expect(last.scenario.stations.map((s) => s.id)).toEqual(["desk", "scanner"]);
  });

  it("builderForm(draft) 'Add route' on the only desk proposes out, and a route back to the desk with p = 1 is refused beside the routes", () => {
    const { click, type, form, input, checks } = mount();
    click("add-route", 0);
    const to = input("stations.0.routes.0.to") as HTMLSelectElement;
    expect(to.selectedOptions[0]?.textContent).toBe("out (leaves the network)");
    expect(checks.at(-1)?.ok).toBe(true);
    type("stations.0.routes.0.to", "desk");
    expect(checks.at(-1)?.ok).toBe(false);
    expect(form.element.querySelector('[data-error-for="stations.0.routes"]')?.textContent).toMatch(/nobody can leave the network from here/);
  });

  it("builderForm(draft) switches a distribution's family keeping its mean, and accepts auto warm-up", () => {
    const { type, form, input } = mount();
    type("stations.0.service.dist", "deterministic");
    expect(getAt(form.draft(), "stations.0.service")).toEqual({ dist: "deterministic", value: 0.8 });
    expect(input("stations.0.service.value").value).toBe("0.8");
    type("warmup", "auto");
    expect(getAt(form.draft(), "warmup")).toBe("auto");
    expect(form.element.dataset["valid"]).toBe("true");
  });

  it("builderForm(draft).load(next) replaces the draft and redraws the fields", () => {
    const { form, input } = mount();
    form.load({ ...blankNetwork(), name: "loaded" });
    expect(input("name").value).toBe("loaded");
  });
});
