/** Options every chart takes. */
export interface ChartOptions {
  /** The document that creates the nodes; pass jsdom's document under Node. @default globalThis.document */
  readonly document?: Document;
  /** Total width in pixels; layouts are checked at 360, 640 and 960. @default 640 */
  readonly width?: number;
  /** Total height in pixels. @default fits the content (rows, legend and caption) */
  readonly height?: number;
  /** Heading drawn at the top and used as the SVG's accessible name. @default a chart-specific title */
  readonly title?: string;
  /** Sentences drawn under the chart saying what it shows, also the SVG's `<desc>`. @default a chart-specific caption */
  readonly caption?: string;
}

/** ChartOptions with every default filled in; `height` stays undefined when the chart should fit its content. */
export interface ResolvedChartOptions {
  readonly document: Document;
  /** Total width in pixels. */
  readonly width: number;
  /** Total height in pixels, or undefined to fit the content. */
  readonly height: number | undefined;
  readonly title: string;
  readonly caption: string;
}

/** Narrower than this, axis labels and legends cannot be laid out legibly. */
export const minimumWidth = 240;

/**
 * Fill in the defaults of `options`, checking each; `chart` names the caller in error messages.
 * @throws {Error} if no document is given outside a browser.
 * @throws {RangeError} for a width below 240 pixels, a height that is not a positive number, or an empty title.
 */
export function resolveChartOptions(
  chart: string,
  options: ChartOptions,
  defaults: { readonly title: string; readonly caption: string },
): ResolvedChartOptions {
  const document = options.document ?? (globalThis as { document?: Document }).document;
  if (document === undefined) {
    throw new Error(`${chart}: options.document is required outside a browser (pass jsdom's window.document)`);
  }
  const width = options.width ?? 640;
  if (!Number.isFinite(width) || width < minimumWidth) {
    throw new RangeError(`${chart}: options.width must be a number of pixels ≥ ${minimumWidth}, got ${width}`);
  }
  const height = options.height;
  if (height !== undefined && !(Number.isFinite(height) && height > 0)) {
    throw new RangeError(`${chart}: options.height must be a positive number of pixels, got ${height}`);
  }
  const title = options.title ?? defaults.title;
  if (typeof title !== "string" || title.trim() === "") throw new RangeError(`${chart}: options.title must be a non-empty string`);
  return {
    document,
    width,
    height,
    title,
    caption: options.caption ?? defaults.caption,
  };
}
