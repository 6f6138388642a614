import { decodeUtf8, type Utf8Decoding } from "../../src/scenario/index.js";

/**
 * The text of a file the user chose or dropped, decoded as strict UTF-8 like the CLI's files: a file in
 * another encoding is refused with the offset of its first bad byte (`File.text()` would replace it with
 * U+FFFD unseen). A leading byte-order mark is kept for the reader to skip, as the CLI keeps it.
 *
 * @example
 * const read = await readTextFile(file);
 * if (!read.ok) show(`${file.name}: ${read.message}`);
 */
export async function readTextFile(file: Blob): Promise<Utf8Decoding> {
  return decodeUtf8(new Uint8Array(await file.arrayBuffer()));
}
