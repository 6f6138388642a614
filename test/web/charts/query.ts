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
