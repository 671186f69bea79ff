/**
 * One mark in the page's Tab order at a time (a roving tabindex, as the overview's matrix keeps).
 * Every mark can take focus, but a live blog's thousands of marks would otherwise be as many Tab
 * stops between a keyboard reader and the page's next link. The entry is the first mark written,
 * then whichever mark last had focus; Alt+Shift+N / Alt+Shift+P move from mark to mark.
 */
export class RovingEntry {
  private entry: HTMLElement | null = null;

  /** A focusable mark was written: it becomes the entry when the page holds none. */
  offer(mark: HTMLElement): void {
    if (!this.entry?.isConnected) this.take(mark);
  }

  /** Focus came to `mark`: it is the entry from now on. */
  take(mark: HTMLElement): void {
    if (this.entry === mark) return;
    if (this.entry?.isConnected) this.entry.setAttribute('tabindex', '-1');
    mark.setAttribute('tabindex', '0');
    this.entry = mark;
  }

  /** True while the entry is in the page. */
  get present(): boolean {
    return this.entry?.isConnected ?? false;
  }

  /** The marks were taken out: the next one written is the entry. */
  reset(): void {
    this.entry = null;
  }
}
