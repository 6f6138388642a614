/**
 * Text layout without a rendering engine: jsdom cannot measure text, so widths are estimated.
 * The estimate errs wide (DejaVu Sans, the widest common fallback, averages about 0.58 em a glyph),
 * so wrapped text fits in browsers whatever sans-serif font they pick.
 */
const emPerGlyph = 0.6;
const emPerBoldGlyph = 0.66;

/**
 * Estimated width in pixels of `text` set in a sans-serif font of `fontSize` pixels.
 * @example textWidth("abcde", 10) // => 30
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? emPerBoldGlyph : emPerGlyph);
}

/**
 * Break `text` into lines no wider than `maxWidth` pixels, after spaces or hyphens;
 * a word wider than a line is cut, so no line ever overflows.
 * @throws {RangeError} if maxWidth is not a positive number.
 * @example wrapText("seals-and-unified", 60, 10) // => ["seals-and-", "unified"]
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  if (!(maxWidth > 0)) throw new RangeError(`wrapText: maxWidth must be a positive number of pixels, got ${maxWidth}`);
  const perLine = Math.max(1, Math.floor(maxWidth / (fontSize * (bold ? emPerBoldGlyph : emPerGlyph))));
  const lines: string[] = [];
  let line = "";
  for (const token of text.trim().split(/(?<=[\s-])/)) {
    if ((line + token).trimEnd().length <= perLine) {
      line += token;
      continue;
    }
    if (line.trim() !== "") lines.push(line.trimEnd());
    line = token.trimStart();
    while (line.trimEnd().length > perLine) {
      lines.push(line.slice(0, perLine));
      line = line.slice(perLine);
    }
  }
  if (line.trim() !== "" || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
