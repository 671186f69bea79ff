/** Saves text as a file through a Blob URL and a temporary download link: nothing leaves the browser. */
export function downloadText(filename: string, text: string, mime: string): void {
  // The BOM lets spreadsheet software read Ukrainian text in CSV as UTF-8.
  const blob = new Blob([mime.startsWith('text/csv') ? '\uFEFF' : '', text], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
