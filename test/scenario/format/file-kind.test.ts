import { describe, expect, it } from "vitest";
import { fileKind } from "../../../src/scenario/format/file-kind.js";

describe("fileKind", () => {
  it("fileKind(name) tells schemas, studies and scenarios apart by name", () => {
    expect(fileKind("scenarios/schema.json")).toBe("schema");
    expect(fileKind("study.schema.json")).toBe("schema");
    expect(fileKind("scenarios/harvest-capacity.study.json")).toBe("study");
    expect(fileKind("baseline.json")).toBe("scenario");
    expect(fileKind("notes.txt")).toBeNull();
  });
});
