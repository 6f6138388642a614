// The browser test's page: exposes studyJson for the test to call through page.evaluate.
import { studyJson } from "./study-json.js";

(globalThis as unknown as { studyJson: typeof studyJson }).studyJson = studyJson;
document.body.dataset["ready"] = "true";
