export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(arr: readonly T[]): T;
  shuffle<T>(arr: readonly T[]): T[];
}
/** A deterministic PRNG (mulberry32). */
export function rng(seed: number): Rng;
export const REPO_ROOT: string;
export const SEED_PATH: string;
export function esc(text: string): string;
export function countWords(text: string): number;
export function seedParagraphs(): string[];
export function pageShell(opts: {
  title: string;
  lang?: string;
  articleHtml: string;
  extraBody?: string;
  published?: string;
}): string;
