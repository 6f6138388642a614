import type { DownloadFile } from "./result-files.js";
import { saveFile } from "./save-file.js";

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
    const file = make();
    saveFile(document, file.name, new Blob([file.text], { type: file.type }));
  });
  return button;
}
