import type { DownloadFile } from "./result-files.js";
import { saveFile } from "./save-file.js";

/**
 * A button that makes a file when pressed (so it always holds the current results) and hands it to
 * the browser. `label` is what it says; `description` is its accessible name, such as "Download the results as CSV".
 */
export function downloadButton(document: Document, label: string, description: string, make: () => DownloadFile): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.setAttribute("aria-label", description);
  button.addEventListener("click", () => {
    const file = make();
    saveFile(document, file.name, new Blob([file.text], { type: file.type }));
  });
  return button;
}
