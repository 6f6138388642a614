/** The text of a file's bytes, or the offset of the first byte that is not valid UTF-8. */
export type Utf8Decoding = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly offset: number; readonly message: string };

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8 strictly: a file in another encoding (Latin-1, UTF-16) is refused with the offset
 * of its first bad byte, where a lenient decoder would put U+FFFD into ids and names unseen.
 *
 * @example
 * decodeUtf8(new Uint8Array([0x7b, 0xff, 0x7d]));
 * // => { ok: false, offset: 1, message: "not valid UTF-8 at byte offset 1 (0xff); save the file as UTF-8" }
 */
export function decodeUtf8(bytes: Uint8Array): Utf8Decoding {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const offset = firstInvalid(bytes);
    const byte = (bytes[offset] ?? 0).toString(16).padStart(2, "0");
    return { ok: false, offset, message: `not valid UTF-8 at byte offset ${offset} (0x${byte}); save the file as UTF-8` };
  }
}

/** Offset of the first byte that starts no valid UTF-8 sequence (RFC 3629: no overlongs, surrogates or values above U+10FFFF). */
function firstInvalid(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    if (c < 0x80) { i++; continue; }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) { n = 2; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return b.length;
}
