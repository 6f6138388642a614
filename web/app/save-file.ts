/**
 * Hands a file to the browser's download manager through a temporary link, the one way that works
 * without a server. The object URL is released a minute later: some browsers read it after `click()` returns.
 */
export function saveFile(document: Document, name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
