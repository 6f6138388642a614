/**
 * The teaching page's wiring: which view shows (from the address's #fragment), and mounting each view
 * the first time it is opened, so a lesson's simulations start only when a student opens it.
 */
import { bundleScenarios } from "../app/bundled-scenarios.js";
import { mountBorder } from "./border-view.js";
import { mountBuilder } from "./builder-view.js";
import { mountLesson } from "./lessons/lesson-view.js";
import { poolingLesson, utilisationLesson, variabilityLesson } from "./lessons/lessons.js";
import { TeachClient, type TeachWorker } from "./teach-client.js";

const files = import.meta.glob<string>("../../scenarios/*.json", { eager: true, query: "?raw", import: "default" });
const networks = bundleScenarios(files, "network");
const borders = bundleScenarios(files, "border");

const createClient = (): TeachClient =>
  new TeachClient(() => new Worker(new URL("./teach.worker.ts", import.meta.url), { type: "module" }) as unknown as TeachWorker);

/** The views, by the id of their section, and what brings each to life. */
const views: Readonly<Record<string, (root: HTMLElement) => void>> = {
  build: (root) => mountBuilder(root, networks.scenarios, createClient),
  "lesson-utilisation": (root) => mountLesson(root, utilisationLesson, createClient),
  "lesson-variability": (root) => mountLesson(root, variabilityLesson, createClient),
  "lesson-pooling": (root) => mountLesson(root, poolingLesson, createClient),
  border: (root) => mountBorder(root, borders.scenarios, createClient),
};
const mounted = new Set<string>();

function show(): void {
  const wanted = location.hash.slice(1);
  const id = Object.hasOwn(views, wanted) ? wanted : "build";
  for (const section of document.querySelectorAll<HTMLElement>("main > section.view")) section.hidden = section.id !== id;
  for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a[href^='#']")) {
    if (link.getAttribute("href") === `#${id}`) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  const root = document.getElementById(id);
  if (root !== null && !mounted.has(id)) {
    mounted.add(id);
    views[id]?.(root);
  }
}

const problems = [...networks.problems, ...borders.problems];
if (problems.length > 0) console.error(`scenarios that did not load:\n${problems.join("\n")}`);
window.addEventListener("hashchange", show);
show();
