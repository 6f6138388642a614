import { wrapText } from "../charts/text-wrap.js";

/** Pixel size of an SVG chart: its width and height attributes, else its viewBox. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number(svg.getAttribute("width"));
  const height = Number(svg.getAttribute("height"));
  if (width > 0 && height > 0) return { width, height };
  const box = (svg.getAttribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
  return { width: box[2] ?? 640, height: box[3] ?? 400 };
}

/**
 * Draws a serialised SVG onto a canvas and encodes it as PNG, on white (a transparent PNG turns
 * black in some viewers). `scale` multiplies the pixels so the image stays sharp on slides and in print.
 * @throws {Error} (as a rejection) if the browser cannot decode the SVG or encode the PNG.
 */
export async function svgToPng(document: Document, svgText: string, size: { width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("the browser could not draw the chart's SVG as an image"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext("2d");
    if (context === null) throw new Error("this browser gives no 2D canvas, so no PNG can be made");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob === null ? reject(new Error("the browser could not encode the PNG")) : resolve(blob)), "image/png");
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

const svgNamespace = "http://www.w3.org/2000/svg";

/**
 * A copy of `svg` with `text` (the settings that made it) as a small caption below the chart, the
 * drawing made taller to hold it: what the PNG export draws, since a PNG has no metadata a reader sees.
 */
export function withSettingsCaption(svg: SVGSVGElement, text: string): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svgSize(svg);
  const fontSize = 10;
  const lineHeight = 13;
  const lines = wrapText(text, Math.max(40, width - 24), fontSize);
  const extra = lines.length * lineHeight + 8;
  const document = copy.ownerDocument;
  const caption = document.createElementNS(svgNamespace, "text");
  caption.setAttribute("class", "settings-caption");
  caption.setAttribute("font-size", String(fontSize));
  caption.setAttribute("fill", "#555555");
  lines.forEach((line, i) => {
    const tspan = document.createElementNS(svgNamespace, "tspan");
    tspan.setAttribute("x", "12");
    tspan.setAttribute("y", String(height + 4 + fontSize + i * lineHeight));
    tspan.textContent = line;
    caption.appendChild(tspan);
  });
  const background = document.createElementNS(svgNamespace, "rect");
  background.setAttribute("y", String(height));
  background.setAttribute("width", String(width));
  background.setAttribute("height", String(extra));
  background.setAttribute("fill", "#ffffff");
  copy.append(background, caption);
  copy.setAttribute("height", String(height + extra));
  copy.setAttribute("viewBox", `0 0 ${width} ${height + extra}`);
  return copy;
}
