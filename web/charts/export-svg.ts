/** Options of exportSvg. */
export interface ExportSvgOptions {
  /** Start the file with `<?xml version="1.0" encoding="UTF-8"?>`, as standalone .svg files should. @default true */
  readonly xmlDeclaration?: boolean;
  /** What made the chart (data, settings, link), written into the file's `<metadata>`, where it travels with it. */
  readonly metadata?: string;
}

const svgNamespace = "http://www.w3.org/2000/svg";

/**
 * Serialise a chart as a standalone SVG file: the namespace declared, and the rules of any `<style>` element
 * copied onto the elements they match as `style` attributes, because some programs that open exported
 * charts (office suites, older editors) ignore stylesheets. An element's own `style` wins over a rule, later
 * rules over earlier ones. A `<style>` holding at-rules (`@media`, `@font-face`) is kept as it is.
 * Charts draw their own background and set every style as attributes, so page CSS is deliberately not copied.
 * The chart passed in is not changed.
 * @throws {Error} if no XMLSerializer exists (neither the chart's window nor the global scope has one).
 * @example exportSvg(crossingTimeChart(results)) // => '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ...'
 */
export function exportSvg(svg: SVGSVGElement, options: ExportSvgOptions = {}): string {
  const view = svg.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const Serializer = view?.XMLSerializer ?? (globalThis as { XMLSerializer?: typeof XMLSerializer }).XMLSerializer;
  if (Serializer === undefined) throw new Error("exportSvg: no XMLSerializer available; run in a browser or under jsdom");
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const style of [...copy.querySelectorAll("style")]) inlineStyle(copy, style);
  if (options.metadata !== undefined) {
    const metadata = copy.ownerDocument.createElementNS(svgNamespace, "metadata");
    metadata.textContent = options.metadata;
    // After <title> and <desc>, so a reader's first words are still the chart's title.
    const after = [...copy.children].filter((c) => c.localName === "title" || c.localName === "desc").at(-1);
    copy.insertBefore(metadata, after?.nextSibling ?? copy.firstChild);
  }
  // Serializers declare the SVG namespace themselves; the check keeps the file openable if one does not.
  const serialized = new Serializer().serializeToString(copy);
  const text = /^<svg[^>]*\sxmlns="/.test(serialized) ? serialized : serialized.replace(/^<svg/, `<svg xmlns="${svgNamespace}"`);
  return (options.xmlDeclaration ?? true) ? `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n` : `${text}\n`;
}

/** Copy the rules of `style` onto the elements of `root` they match, then remove it. */
function inlineStyle(root: SVGSVGElement, style: Element): void {
  const css = (style.textContent ?? "").replace(/\/\*[\s\S]*?\*\//g, "");
  if (css.includes("@")) return;
  const inline = new Map<Element, Map<string, string>>();
  for (const [, selector = "", body = ""] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = parseDeclarations(body);
    const targets = [root, ...root.querySelectorAll("*")].filter((el) => matches(el, selector.trim()));
    for (const el of targets) {
      const merged = inline.get(el) ?? new Map<string, string>();
      for (const [property, value] of declarations) merged.set(property, value);
      inline.set(el, merged);
    }
  }
  for (const [el, declarations] of inline) {
    for (const [property, value] of parseDeclarations(el.getAttribute("style") ?? "")) declarations.set(property, value);
    el.setAttribute("style", [...declarations].map(([p, v]) => `${p}: ${v}`).join("; "));
  }
  style.remove();
}

function parseDeclarations(body: string): [string, string][] {
  return body.split(";").flatMap((part) => {
    const colon = part.indexOf(":");
    if (colon < 0) return [];
    const property = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).trim();
    return property === "" || value === "" ? [] : [[property, value] as [string, string]];
  });
}

/** Whether `el` matches `selector`; an invalid selector matches nothing rather than failing the export. */
function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}
