/**
 * Proper names that contain a party's name but are not that party: "North America" is not the US,
 * "The Kyiv Independent" is a newspaper, not the Ukrainian government; and a few phrases that
 * contain a proposal's name but mean something else. They take part in the longest-leftmost
 * selection like any name, so they swallow the shorter match, and are never shown.
 */
export const BLOCKERS: string[] = [
  '(North|South|Latin|Central) America',
  '[The] Kyiv (Independent|Post)',
  '[The] (Washington Post|Moscow Times)',
  'Kyiv School of Economics',
  'Paris Saint-Germain',
  // A Hong Kong paper, a sea and a state daily, not the government in Beijing (thirty-seventh session:
  // «гонконзька South China Morning Post»).
  'South China (Morning Post|Sea)',
  'China Daily',
  'WK Kellogg [Co]',
  'Kellogg (Co|Company|School)',
  // The cereal maker's brand, not the envoy's possessive ("Before Kellogg's arrival" is the envoy, whom
  // the `envoy` rule already keeps apart from cereal and company words).
  "Kellogg's (cereal{|s}|cornflakes|Corn Flakes|Frosties|Pringles|Pop-Tarts|Special K|Rice Krispies|brand{|s}|product{|s}|factory|factories|plant{|s}|share{|s}|stock|sales|profit{|s}|Company)",
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
  // Commissions that are not the European one, so that the bare "the Commission" of an EU story does not
  // take them (thirtieth session: "a new International Claims Commission for Ukraine").
  '(Claims|Election|Electoral|Venice|Helsinki|Rights|Trade|Securities|Exchange|Boundary|Investigative|Truth|Joint|Reconstruction) Commission',
  // The same bodies in Ukrainian, and the Council's seat in Strasbourg (thirtieth session: «Україна та
  // Рада Європи уклали угоду», «у Палаці Європи»); the Russian forms are in RUSSIAN_BLOCKERS.
  'Рад{а|и|і|у|ою} Європи',
  '(Палац{|у|і|ом}|Palace of) (Європи|Europe)',
  'Організаці{я|ї|ю|єю} з безпеки (та|і) співробітництва в Європі',
  'French Open',
  // Political parties named after the country are not its government (thirty-fifth session: "France
  // Unbowed's lawmakers"); likewise "Reform UK", "Alternative for Germany", "Forward Italia".
  '[La] France (Unbowed|Insoumise|insoumise)',
  'Reform UK',
  'Alternative (for|für) Germany',
  // Trump's family and businesses are not the president.
  '(Melania|Ivanka|Eric|Lara|Barron|Tiffany) Trump',
  'Donald Trump Jr',
  // His son alone ("Trump Jr. also called out Zelensky") and the family as a whole ("greetings to
  // Donald Trump and the entire Trump family"), in the three languages.
  'Trump Jr',
  'Trump (family|families)',
  'Trump (Tower|Organization)',
  'Мелані{я|ї|ю|єю} Трамп',
  'Мелани{я|и|ю|ей} Трамп',
  '[Дональд{|а|у|ом|і}] Трамп{|а|у|ом|і}-молодш{ий|ого|ому|им|ім}',
  '[Дональд{|а|у|ом|е}] Трамп{|а|у|ом|е}-младш{ий|его|ему|им|ем}',
  'родин{а|и|і|у|ою} Трамп{а|ів}',
  'семь{я|и|е|ю|ей} Трамп{а|ов}',
  // A country's waters under the law of the sea, not the zone proposed for Donbas (forty-third
  // session: "struck by sea drones inside Türkiye's exclusive economic zone").
  'exclusive economic zone{|s}',
  '(виключн|винятков){а|ої|ій|у|ою} економічн{а|ої|ій|у|ою} зон{а|и|і|у|ою}',
  // A guarantee of money, energy or food is not a guarantee of Ukraine's security.
  '(financial|energy|food|economic|social|job|income|pension) security (guarantee|guarantees)',
  '(фінансов{а|ої|у|ою|і|их|им|ими}|економічн{а|ої|у|ою|і|их|им|ими}|енергетичн{а|ої|у|ою|і|их|им|ими}|продовольч{а|ої|у|ою|і|их|им|ими}) (гаранті{я|ї|ю|єю|й|ям|ями|ях}) безпеки',
  // A pledge "that" names what is pledged, and a binding pledge of this war is mostly Russia's demand
  // about NATO ("a legally binding pledge that Ukraine would stay out of NATO", forty-fourth session),
  // not a guarantee of Ukraine's security; binding guarantees "that would be triggered" stay guarantees.
  '(legally|politically) binding (pledge{|s}|promise{|s}) that',
  // Safe passage for ships is not a guarantee of Ukraine's security (fifty-second session: Russia
  // "withdrawing guarantees for the safety of navigation" when it left the grain deal in July 2023).
  '[security] (guarantee|guarantees) (for|of) [the] (safety of navigation|safe navigation|navigation|shipping|ships|vessels|grain ships)',
  'гаранті{ї|й|ю|я|ям|ями|ях} безпеки (судноплавства|суден|кораблів|навігації)',
  // The title of the 1994 Budapest Memorandum is history, not the guarantees of the talks.
  'Memorandum on Security Assurance{|s}',
  'Меморандум{|у|ом|і} про гаранті{ї|й} безпеки',
  'Меморандум{|а|у|ом|е} о гаранти{ях|и|й} безопасности',
  // Nuclear weapons are never weapons sent to Ukraine: "в обмін на відмову від ядерної зброї Україні
  // надали гарантії" is no arms delivery.
  'ядерн{а|ої|у|ою} (зброя|зброї|зброю|зброєю)',
  'ядерн{ое|ого|ому|ым} (оружие|оружия|оружию|оружием)',
  // Publishers and broadcasters named after a country or the bloc ("передає Інтерфакс-Україна",
  // "Голос Америки", "Radio Free Europe/Radio Liberty").
  '(РБК|RBC)-(Україн{а|и|і|у|ою}|Украин{а|ы|е|у|ой}|Ukraine)',
  '(Інтерфакс|Интерфакс|Interfax)-(Україн{а|и|і|у|ою}|Украин{а|ы|е|у|ой}|Ukraine)',
  'Голос{|у|ом|і|а|е} Америки',
  'Voice of America',
  'Radio Free Europe',
  'Politico Europe',
  // Russian parties named after the state ("deputies of United Russia", «депутати від «Єдиної Росії»»):
  // a party in the Duma, not Russia acting (the Russian forms are in RUSSIAN_BLOCKERS).
  'United Russia',
  '[A] Just Russia',
  '(Єдин|Справедлив){а|ої|у|ою|ій} Росі{я|ї|ю|єю}',
  // NATO's commands named after the continent ("Supreme Allied Commander Europe", "Allied Command
  // Europe"): a title, not Europe acting (twenty-eighth session).
  '(Supreme Allied Commander|Allied Command|Allied Commander) Europe',
  // The same title with "in" (forty-third session: "Nato's supreme allied commander in Europe"). Not
  // «силами НАТО в Европе»: a blocker there would swallow NATO's own mark.
  '(Supreme Allied Commander|supreme allied commander|Allied Commander|allied commander) in Europe',
  // "Non-US members of the alliance", "non-EU countries": everyone but that party (thirtieth session).
  'non-(US|U.S.|EU|European|Russian|Ukrainian)',
  // Another country's vote, not Ukraine's elections ("before the US midterm elections", «до проміжних
  // виборів у США»): thirtieth session.
  '(midterm{|s}|mid-term{|s}) [(congressional|election|elections|vote)]',
  'проміжн{і|их|им|ими} вибор{и|ів|ам|ами|ах}',
  // The continent as a yardstick, not the allies ("the Zaporizhzhia plant, Europe's largest"):
  // twenty-ninth session.
  "Europe's (largest|biggest|tallest|longest|oldest|busiest|richest|poorest|deadliest|worst|best|second-largest|second-biggest|most)",
  // The same yardstick after the word, and in Ukrainian (thirty-seventh session: «найбільшої в Європі
  // атомної електростанції», "the biggest war in Europe since 1945"); the Russian forms are below.
  '(largest|biggest|deadliest|bloodiest|worst|longest) [land] (war|conflict) in Europe',
  '(largest|biggest) in Europe',
  'найбільш{а|ої|ій|у|ою|ий|ого|ому|им|ім|і|их} (в|у) Європі',
  // Hotels named Europe ("Grand Hotel Europe", «готель «Європа»»); the Russian forms are below.
  '[Grand] Hotel (Europe|Europa)',
  '(Europe|Europa) Hotel',
  '[Гранд] (готел{ь|ю|і|ем}|отел{ь|ю|і|ем}) Європ{а|и|і|у|ою}',
  // French broadcasters, an airline and a bank named after the country ("в интервью France 2").
  'France (2|3|4|5|24|Inter|Info|Culture|Bleu|Télévisions|Televisions)',
  '(Radio|Air|Banque de) France',
];

/** The entry index blockers carry in the trie: never a real entry. */
export const BLOCKER = -1;

/**
 * Blockers in Russian only, compiled only into a matcher that has Russian names (the page index for
 * Russian pages): the others carry no Russian words. The Duma parties named after the state
 * («депутаты от «Единой России»», «Справедливая Россия»), a hotel and a radio station named Europe
 * («у гостиницы «Гранд Отель Европа»», «Европа Плюс»).
 */
export const RUSSIAN_BLOCKERS: string[] = [
  // A guarantee of money is not a guarantee of Ukraine's security (forty-third session: «финансовую
  // гарантию безопасности»; the English and Ukrainian forms are in BLOCKERS).
  '(финансов|экономическ|энергетическ|продовольственн){ая|ой|ую} гаранти{я|и|ю|ей} безопасности',
  // Safe passage for ships (the English and Ukrainian forms are in BLOCKERS).
  'гаранти{я|и|ю|й|ям|ями|ях} безопасности (судоходства|судов|навигации)',
  // A country's waters, not the Donbas zone (the English and Ukrainian forms are in BLOCKERS).
  'исключительн{ая|ой|ую} экономическ{ая|ой|ую} зон{а|ы|е|у|ой}',
  '(Един|Справедлив){ая|ой|ую|ою} Росси{я|и|ю|ей}',
  '[Гранд] (отел{ь|я|е|ю|ем}|гостиниц{а|ы|е|у|ей}) Европ{а|ы|е|у|ой}',
  'Европ{а|ы|е|у|ой} Плюс',
  // The Council of Europe, the OSCE, the Council's seat and the US midterms in Russian (thirtieth
  // session: «Украина и Совет Европы», «до промежуточных выборов в США»).
  'Совет{|а|у|ом|е} Европы',
  'Двор{ец|ца|цу|цом|це} Европы',
  'Организаци{я|и|ю|ей} по безопасности и сотрудничеству в Европе',
  'промежуточн{ые|ых|ым|ыми} выбор{ы|ов|ам|ами|ах}',
  // The continent as a yardstick («крупнейшая в Европе АЭС»), thirty-seventh session.
  'крупнейш{ая|ей|ую|ий|его|ему|им|ем|ие|их} в Европе',
];
