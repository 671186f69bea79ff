/** CSV text (RFC 4180) for exports, safe to open in spreadsheet software. */

/** Quotes one field; a leading =, +, -, @ is prefixed with ' so spreadsheets never run it as a formula. */
export function csvField(value: string | number | undefined | null): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Joins rows into CSV text with CRLF line ends, as RFC 4180 asks. */
export function toCsv(rows: readonly (readonly (string | number | undefined | null)[])[]): string {
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
