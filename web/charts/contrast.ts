/**
 * WCAG 2 contrast between two colours, for checking that lines, marks and text stand out from the page:
 * graphics need 3:1 against what is next to them (WCAG 1.4.11), body text 4.5:1.
 */

/** Relative luminance of a "#rrggbb" colour, 0 (black) to 1 (white). @throws {RangeError} for another form. */
export function relativeLuminance(color: string): number {
  const m = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/.exec(color);
  if (m === null) throw new RangeError(`relativeLuminance: colour must be "#rrggbb", got ${JSON.stringify(color)}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((hex) => {
    const c = parseInt(hex as string, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Contrast ratio of two "#rrggbb" colours, 1 (none) to 21 (black on white).
 * @example contrastRatio("#000000", "#ffffff") // => 21
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
