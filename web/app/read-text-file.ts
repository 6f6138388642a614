import { decodeUtf8 } from "../../src/scenario/index.js";

/** A file's text, or why it cannot be read, in words for the page's status. */
export type TextFileRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/**
 * The text of a file the user chose or dropped, decoded as strict UTF-8 like the CLI's files: a file in
 * another encoding is refused with the offset of its first bad byte (`File.text()` would replace it with
 * U+FFFD unseen). A leading byte-order mark is kept for the reader to skip, as the CLI keeps it. A file
 * the browser cannot read at all (moved or deleted since it was chosen, no permission) is refused with
 * the browser's reason, so the page says why instead of waiting on a promise that rejected unseen.
 *
 * @example
 * const read = await readTextFile(file);
 * if (!read.ok) show(`${file.name} cannot be read: ${read.message}`);
 */
export async function readTextFile(file: Blob): Promise<TextFileRead> {
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    return { ok: false, message: `the browser could not read it (${readFailure(error)})` };
  }
  return decodeUtf8(new Uint8Array(bytes));
}

/**
 * Why reading failed, in words: the error's message (a DOMException's `NotReadableError: ...`), or the
 * thrown value as text.
 * @example readFailure(new DOMException("the file is gone", "NotFoundError")) // => "NotFoundError: the file is gone"
 */
export function readFailure(error: unknown): string {
  if (error instanceof Error || (typeof error === "object" && error !== null && "message" in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    const text = typeof message === "string" && message !== "" ? message : "no reason given";
    return typeof name === "string" && name !== "" && name !== "Error" ? `${name}: ${text}` : text;
  }
  return String(error);
}
