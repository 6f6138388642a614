import { describe, expect, it } from "vitest";
import { readFailure, readTextFile } from "../../../web/app/read-text-file.js";

/** A file the browser can no longer read (moved, deleted, permission withdrawn since it was chosen). */
function unreadable(error: unknown): Blob {
  const blob = new Blob(["direction,crossingHours\n"]);
  Object.defineProperty(blob, "arrayBuffer", { value: () => Promise.reject(error) });
  return blob;
}

describe("reading a user's file", () => {
  it("readTextFile(file) gives the text of a UTF-8 file, and refuses another encoding at its first bad byte", async () => {
    expect(await readTextFile(new Blob(["a,b\n1,2\n"]))).toEqual({ ok: true, text: "a,b\n1,2\n" });
    const latin1 = await readTextFile(new Blob([new Uint8Array([0x61, 0xe9, 0x0a])]));
    expect(latin1.ok).toBe(false);
    expect(!latin1.ok && latin1.message).toMatch(/byte offset 1/);
  });

  it("readTextFile(file) resolves to the browser's reason when the file cannot be read, rather than rejecting unseen", async () => {
    const gone = new DOMException("A requested file or directory could not be found.", "NotFoundError");
    expect(await readTextFile(unreadable(gone))).toEqual({
      ok: false, message: "the browser could not read it (NotFoundError: A requested file or directory could not be found.)",
    });
    expect(await readTextFile(unreadable("no permission"))).toEqual({ ok: false, message: "the browser could not read it (no permission)" });
  });

  it("readFailure(error) names the error and its message, and falls back to the value as text", () => {
    expect(readFailure(new DOMException("permission withdrawn", "NotReadableError"))).toBe("NotReadableError: permission withdrawn");
    expect(readFailure(new Error("disk gone"))).toBe("disk gone");
    expect(readFailure(new TypeError(""))).toBe("TypeError: no reason given");
    expect(readFailure(42)).toBe("42");
  });
});
