/** Small DOM queries shared by the chart tests. */

/** Text content of every element matching `selector`, trimmed. */
export function texts(svg: SVGSVGElement, selector: string): string[] {
  return [...svg.querySelectorAll(selector)].map((el) => (el.textContent ?? "").trim());
}

/** Number of elements matching `selector`. */
export function count(svg: SVGSVGElement, selector: string): number {
  return svg.querySelectorAll(selector).length;
}

/** A numeric attribute of every element matching `selector`. */
export function numbers(svg: SVGSVGElement, selector: string, attribute: string): number[] {
  return [...svg.querySelectorAll(selector)].map((el) => Number(el.getAttribute(attribute)));
}

/** Text of the chart's caption, its lines joined by spaces. */
export function caption(svg: SVGSVGElement): string {
  return [...svg.querySelectorAll(".caption tspan")].map((t) => t.textContent ?? "").join(" ");
}

/** The x-axis label as drawn: its lines, and the baseline of its last line and of the caption's first, in the chart's own pixels. */
export function bottomLabel(svg: SVGSVGElement): { lines: string[]; lastBaseline: number; captionTop: number } {
  const shift = (el: Element | null): number => Number(/translate\([^,]+,([^)]+)\)/.exec(el?.getAttribute("transform") ?? "")?.[1] ?? 0);
  const label = svg.querySelector(".x-axis .axis-label");
  const spans = [...(label?.querySelectorAll("tspan") ?? [])];
  const lines = spans.length === 0 ? [label?.textContent ?? ""] : spans.map((t) => t.textContent ?? "");
  const lastBaseline = shift(svg.querySelector(".plot")) + shift(svg.querySelector(".x-axis")) + Number(label?.getAttribute("y")) +
    spans.slice(1).reduce((sum, t) => sum + Number(t.getAttribute("dy")), 0);
  return { lines, lastBaseline, captionTop: Number(svg.querySelector(".caption")?.getAttribute("y")) };
}
