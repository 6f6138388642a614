/**
 * Snapshot harness for charts (after Observable Plot's): serialise an SVG readably, round numbers to two
 * decimals and renumber generated ids so that float noise and test order do not matter, then compare with
 * the committed `test/output/<name>.svg`. A mismatch writes `<name>-changed.svg` next to it, so a reviewer
 * can open both pictures. A missing snapshot is written and passes, except under CI, where it fails.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const outputDir = join(import.meta.dirname, "../../output/");
const svgNamespace = "http://www.w3.org/2000/svg";

/**
 * Serialise `svg` as indented XML, text-bearing elements on one line. Numbers in attributes are rounded to two
 * decimals and generated ids renumbered; text is left as drawn, since a reader sees it.
 */
export function serializeSnapshot(svg: SVGSVGElement): string {
  const root = svg.hasAttribute("xmlns") ? svg : withNamespace(svg);
  const ids = new Map<string, string>();
  return `${element(root, 0, (value) => normalize(value, ids))}\n`;
}

/** Round every decimal number in an attribute value to two places and renumber generated chart ids in order of appearance. */
export function normalize(value: string, ids: Map<string, string>): string {
  return value
    .replace(/-?\d+\.\d+(?:e-?\d+)?/g, (n) => {
      const rounded = Math.round(Number(n) * 100) / 100;
      return String(Object.is(rounded, -0) ? 0 : rounded);
    })
    .replace(/borderflow-chart-\d+/g, (id) => {
      const known = ids.get(id) ?? `borderflow-chart-${ids.size + 1}`;
      ids.set(id, known);
      return known;
    });
}

/**
 * Compare `svg` with `test/output/<name>.svg`.
 * @throws {Error} on a mismatch (after writing `<name>-changed.svg`), or when the snapshot is missing under CI.
 */
export function expectSnapshot(name: string, svg: SVGSVGElement): void {
  const actual = serializeSnapshot(svg);
  const expectedPath = `${outputDir}${name}.svg`;
  const changedPath = `${outputDir}${name}-changed.svg`;
  if (!existsSync(expectedPath)) {
    if (process.env.CI) throw new Error(`snapshot test/output/${name}.svg is missing; run the tests locally and commit it`);
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(expectedPath, actual);
    console.warn(`wrote new snapshot test/output/${name}.svg`);
    return;
  }
  if (readFileSync(expectedPath, "utf8") === actual) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, actual);
  throw new Error(`snapshot test/output/${name}.svg changed; compare it with test/output/${name}-changed.svg`);
}

function withNamespace(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", svgNamespace);
  return copy;
}

type Normalize = (value: string) => string;

function element(node: Element, depth: number, clean: Normalize): string {
  const pad = "  ".repeat(depth);
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${escape(clean(a.value)).replaceAll('"', "&quot;")}"`).join("");
  const open = `${pad}<${node.tagName}${attributes}`;
  const children = [...node.childNodes];
  if (children.length === 0) return `${open}/>`;
  // Whitespace inside text is significant, so elements holding text are written on one line.
  const inline = node.tagName === "text" || children.some((child) => child.nodeType === child.TEXT_NODE && (child.textContent ?? "").trim() !== "");
  if (inline) return `${open}>${children.map((c) => inlineNode(c, clean)).join("")}</${node.tagName}>`;
  const inner = children.filter((c): c is Element => c.nodeType === c.ELEMENT_NODE).map((c) => element(c, depth + 1, clean));
  return `${open}>\n${inner.join("\n")}\n${pad}</${node.tagName}>`;
}

function inlineNode(node: Node, clean: Normalize): string {
  if (node.nodeType === node.TEXT_NODE) return escape(node.textContent ?? "");
  if (node.nodeType === node.ELEMENT_NODE) return element(node as Element, 0, clean);
  return "";
}

function escape(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
