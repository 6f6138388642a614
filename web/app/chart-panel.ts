import { exportSvg } from "../charts/index.js";
import { svgSize, svgToPng } from "./chart-image.js";
import { captionedForPng, svgWithSettings, type ChartSettings } from "./chart-settings.js";
import { saveFile } from "./save-file.js";

/** A choice a panel offers above its chart, such as the direction. */
export interface PanelChoice {
  readonly name: string;
  readonly label: string;
  readonly options: readonly (readonly [value: string, label: string])[];
  readonly value: string;
}

/** A chart on the page with its choices and its SVG and PNG downloads. */
export interface ChartPanel {
  readonly element: HTMLElement;
  /** Draws the chart again at the panel's current width (after new results or a resize). */
  update(): void;
}

/**
 * A `<figure>` holding one chart. `render(width, choices)` draws it (charts are pure functions of
 * results); a chart that throws shows its message in place, and the error goes to the console, so
 * a bad result is never silently blank. Downloads name the file after `fileStem` and the choices.
 */
export function chartPanel(
  document: Document,
  options: {
    /** Short id, used for element ids and file names: `crossing-time`. */
    readonly id: string;
    /** What the chart shows, for the panel's heading and its buttons' labels. */
    readonly heading: string;
    readonly choices?: readonly PanelChoice[];
    readonly render: (width: number, choices: Readonly<Record<string, string>>) => SVGSVGElement;
    /** The settings that made the chart, which its SVG (as metadata) and PNG (as a caption) downloads state. */
    readonly settings?: ChartSettings;
  },
): ChartPanel {
  const figure = document.createElement("figure");
  figure.className = "chart-panel";
  figure.dataset["chart"] = options.id;
  const heading = document.createElement("h3");
  heading.className = "visually-hidden";
  heading.textContent = options.heading;
  const bar = document.createElement("div");
  bar.className = "panel-bar";
  const holder = document.createElement("div");
  holder.className = "chart-holder";
  figure.append(heading, bar, holder);

  const chosen: Record<string, string> = {};
  for (const choice of options.choices ?? []) {
    chosen[choice.name] = choice.value;
    const label = document.createElement("label");
    const select = document.createElement("select");
    for (const [value, text] of choice.options) select.append(new Option(text, value, false, value === choice.value));
    select.addEventListener("change", () => {
      chosen[choice.name] = select.value;
      update();
    });
    label.append(`${choice.label} `, select);
    bar.append(label);
  }
  const stem = (): string => [options.id, ...Object.values(chosen)].join("-").replace(/[^A-Za-z0-9_-]+/g, "_");
  const downloads = document.createElement("span");
  downloads.className = "downloads";
  const svgButton = button(document, "SVG", `Download the ${options.heading} chart as SVG`);
  const pngButton = button(document, "PNG", `Download the ${options.heading} chart as PNG`);
  downloads.append("Download ", svgButton, " ", pngButton);
  bar.append(downloads);

  let svg: SVGSVGElement | null = null;
  const settings = options.settings;
  const svgFile = (chart: SVGSVGElement): string => (settings === undefined ? exportSvg(chart) : svgWithSettings(chart, settings));
  svgButton.addEventListener("click", () => {
    if (svg !== null) saveFile(document, `${stem()}.svg`, new Blob([svgFile(svg)], { type: "image/svg+xml" }));
  });
  pngButton.addEventListener("click", () => {
    if (svg === null) return;
    const drawn = settings === undefined ? svg : captionedForPng(svg, settings);
    svgToPng(document, exportSvg(drawn), svgSize(drawn))
      .then((png) => saveFile(document, `${stem()}.png`, png))
      .catch((error: unknown) => showError(`The PNG could not be made: ${error instanceof Error ? error.message : String(error)}`));
  });

  function showError(text: string): void {
    console.error(`${options.heading}: ${text}`);
    const message = document.createElement("p");
    message.className = "chart-error";
    message.textContent = text;
    holder.append(message);
  }

  function update(): void {
    const width = Math.max(240, Math.floor(holder.clientWidth || figure.clientWidth || 640));
    try {
      svg = options.render(width, { ...chosen });
      holder.replaceChildren(svg);
    } catch (error) {
      svg = null;
      holder.replaceChildren();
      showError(`This chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`);
    }
    svgButton.disabled = pngButton.disabled = svg === null;
  }

  return { element: figure, update };
}

function button(document: Document, text: string, label: string): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  b.setAttribute("aria-label", label);
  return b;
}
