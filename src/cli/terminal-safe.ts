/**
 * Text with its control characters escaped (`\u001b` for ESC), except newline, tab and carriage return
 * (which the progress bar redraws with, and which cannot start an escape sequence): names
 * from scenario files and command lines reach the terminal, where an escape sequence could
 * recolour it, move the cursor or rewrite the title. Bidirectional controls (U+202A–U+202E,
 * U+2066–U+2069, U+200E, U+200F, U+061C) are escaped too: one in a name would reorder the rest of
 * its line, so that a table showed other numbers than it holds ("Trojan Source").
 *
 * @example
 * terminalSafe("desk\u001b[2J\n"); // => "desk\\u001b[2J\n"
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
