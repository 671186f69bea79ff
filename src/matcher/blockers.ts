/**
 * Proper names that contain a party's name but are not that party: "North America" is not the US,
 * "The Kyiv Independent" is a newspaper, not the Ukrainian government. They take part in the
 * longest-leftmost selection like any name, so they swallow the shorter match, and are never shown.
 */
export const BLOCKERS: string[] = [
  '(North|South|Latin|Central) America',
  '[The] Kyiv (Independent|Post)',
  '[The] (Washington Post|Moscow Times)',
  'Kyiv School of Economics',
  'Paris Saint-Germain',
  'WK Kellogg [Co]',
  'Kellogg (Co|Company|School)',
  "Kellogg's",
  '(Київ|Києва) (Пост|Індепендент)',
  // Publishers named after the country.
  '(РБК|RBC)-(Україн{а|и|і|у|ою}|Ukraine)',
];

/** The entry index blockers carry in the trie: never a real entry. */
export const BLOCKER = -1;
