import { decimalCommaCsv } from "../../src/scenario/output/decimal-comma-csv.js";
import type { DownloadFile } from "./result-files.js";
import { saveFile } from "./save-file.js";

/**
 * How downloaded CSV files are written, for the whole page: as the CLI's `--format csv` (the default, the
 * same bytes), or with `decimalComma` as its `--decimal-comma` (semicolons, 0,25, a byte-order mark) for a
 * spreadsheet set to a decimal comma, as in Russian, Kazakh and Kyrgyz settings.
 */
export const csvDownloads = { decimalComma: false };

/** The file as downloads write it: a CSV shaped as `csvDownloads` says, anything else as it is. */
export function shapedDownload(file: DownloadFile): DownloadFile {
  return csvDownloads.decimalComma && file.type === "text/csv" ? { ...file, text: decimalCommaCsv(file.text) } : file;
}

/**
 * The accessible name of a button that reads `label`: `description` when it contains the label (so a speech
 * user can say what they see, WCAG 2.5.3), else the label followed by the description.
 * @example accessibleName("Download scenario", "the chosen scenario as JSON") // => "Download scenario: the chosen scenario as JSON"
 */
export function accessibleName(label: string, description: string): string {
  return description.toLowerCase().includes(label.toLowerCase()) ? description : `${label}: ${description}`;
}

/**
 * A button that makes a file when pressed (so it always holds the current results) and hands it to
 * the browser. `label` is what it says; its accessible name contains the label and says more, such as
 * "Download the results as CSV".
 */
export function downloadButton(document: Document, label: string, description: string, make: () => DownloadFile): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.setAttribute("aria-label", accessibleName(label, description));
  button.addEventListener("click", () => {
    const file = shapedDownload(make());
    saveFile(document, file.name, new Blob([file.text], { type: file.type }));
  });
  return button;
}
