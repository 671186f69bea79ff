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
  // An AP dateline names the country after the city ("KYIV, Ukraine (AP) —"); the city is never an
  // actor there, and neither is the country.
  '(KYIV|KHARKIV|ODESA|LVIV|DNIPRO|ZAPORIZHZHIA|KHERSON|MYKOLAIV|SUMY|KRAMATORSK|CHERNIHIV|POLTAVA|IRPIN|BUCHA) ~1 Ukraine',
  'MOSCOW ~1 Russia',
  // Regions, an agency and a tournament, not the bloc or the state.
  '(Eastern|Western|Central|Northern|Southern|Southeastern|Southeast) Europe',
  'Agence France-Presse',
  // A photo agency in AP and Getty captions ("Global Images Ukraine via Getty Images").
  'Global Images Ukraine',
  // Bodies named after the continent, not the European party.
  'Organi{z|s}ation for Security and (Cooperation|Co-operation) in Europe',
  'Council of Europe',
  'French Open',
  // Trump's family and businesses are not the president.
  '(Melania|Ivanka|Eric|Lara|Barron|Tiffany) Trump',
  'Donald Trump Jr',
  'Trump (Tower|Organization)',
  'Мелані{я|ї|ю|єю} Трамп',
  // Publishers named after the country.
  '(РБК|RBC)-(Україн{а|и|і|у|ою}|Украин{а|ы|е|у|ой}|Ukraine)',
];

/** The entry index blockers carry in the trie: never a real entry. */
export const BLOCKER = -1;
