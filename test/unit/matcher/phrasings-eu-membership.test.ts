/**
 * How reporting phrases Ukraine's membership of the European Union (`eu-membership`): "EU
 * membership", "join the European Union", "Ukraine's accession to the EU", a path or a date to
 * join, "вступ України до ЄС", "членство в Євросоюзі", "вступление в ЕС". A phrase without Ukraine
 * in it counts only near Ukraine, Russia or a peace plan and never where another applicant is nearer
 * (context "ukraine-eu-applicant": "Moldova's EU accession", "вступ Молдови до ЄС"); a loose one
 * ("Ukraine's accession", "join the bloc", "accession by 2027") only near the EU and never near NATO
 * (context "eu-near"). Ukraine's candidate status is a step on that path and counts (fifty-seventh
 * session: the dev set's writers count it, +11 right and +1 wrong over 7 articles, and the
 * session's blind writers did too); "European integration" and NATO membership are not it.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { mentionsOf, proposalFinder, realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const proposalsIn = proposalFinder(matcher);
const euIn = mentionsOf('eu-membership', proposalsIn);

/** Sentences that state Ukraine's EU membership: each must find `eu-membership`. */
const STATES: string[] = [
  // English
  'The draft says Ukraine is eligible for EU membership.',
  "Zelensky wants a firm date for Ukraine's accession to the EU.",
  'Kyiv hopes to join the European Union by 2027, officials said.',
  "Hungary keeps blocking Ukraine's EU accession talks.",
  'The Kremlin said Ukraine has the right to join the EU.',
  'Brussels will not give Kyiv a date for membership yet, an EU diplomat said.',
  'The Commission wants Ukraine to become a full member of the European Union.',
  'Ministers in Kyiv discussed the road to the EU after the ceasefire.',
  'The peace plan sets out a path for Ukraine into the EU.',
  'Budapest vetoed the accession talks with Ukraine and Moldova again.',
  'Ukraine and Moldova’s accession to the European Union is stuck in Budapest.',
  'Orban said Ukraine’s accession would ruin the EU budget.',
  'Zelensky said Ukraine could join the bloc in 2027 under the EU plan.',
  'The EU is weighing accession by 2027 for Ukraine under the peace deal.',
  "Kyiv's EU bid tops the agenda in Brussels.",
  "Several EU capitals doubt Ukraine's rapid membership under a peace deal.",
  'Kyiv asked the EU for a firm membership date before the summit.',
  "The Commission wants to shorten Ukraine's path to membership.",
  // Ukrainian
  'Зеленський хоче конкретну дату вступу України до ЄС.',
  'Угорщина блокує вступ до Європейського Союзу для Києва.',
  'Україна прагне членства в Євросоюзі, заявив президент.',
  'Мирний план передбачає, що Україна стане членом ЄС у 2027 році.',
  'Київ сподівається приєднатися до Євросоюзу якнайшвидше.',
  'Переговори про вступ України заблоковані, визнали в Брюсселі.',
  'Україна знову вимагає від ЄС чіткої дати: членство до 2027 року.',
  'Президент обговорив з партнерами шлях України до ЄС.',
  'У плані йдеться про вступ України та Молдови до ЄС.',
  'Міністр назвав шлях України та Молдови до Євросоюзу спільним.',
  // Russian
  'Кремль заявил, что вступление Украины в ЕС — суверенное право Киева.',
  'Киев рассчитывает на членство в ЕС, сообщил Зеленский.',
  'Еврокомиссия предлагала начать переговоры о приеме Украины в ЕС.',
  'Зеленский хочет, чтобы Украина стала членом Евросоюза к 2027 году.',
  'Премьер Венгрии снова заблокировал путь Украины в ЕС.',
  // Candidate status said of Ukraine (fifty-seventh session).
  'Ukraine has had EU candidate status since 2022.',
  'Україна має статус кандидата на членство.',
  'Министр назвал путь Украины и Молдовы в Евросоюз общим.',
];

/** Look-alikes: another applicant, NATO, candidate status, integration, a member's own membership. */
const NOT_IT: string[] = [
  "Moldova's EU accession could come before 2030, Chisinau said.",
  "Brussels praised Moldova's progress toward EU membership.",
  "Serbia's path to the EU has stalled over Kosovo.",
  'Montenegro hopes to join the European Union first.',
  'The Western Balkans have waited years for EU membership.',
  'Kyiv remains committed to European integration, Zelensky said.',
  'The draft bars Ukraine from NATO membership.',
  "Ukraine's membership in the alliance is not on the table, NATO said.",
  "Orban said Hungary's EU membership is not in question.",
  'The EU member states agreed on new sanctions against Russia.',
  // Ukraine or a peace word is near, but another applicant or NATO is nearer to the phrase.
  "Kyiv congratulated Chisinau as Moldova's EU accession talks moved ahead.",
  "Zelensky later met Serbia's president, whose path to the EU has stalled.",
  "EU leaders met in Brussels as NATO said Ukraine's membership in the alliance is not on the table.",
  'Київ привітав рішення: Молдова продовжує вступ до ЄС.',
  'Росіяни кажуть, що на шляху Молдови до членства в ЄС немає прогресу.',
  'Kyiv wants better trade access to the EU market for its grain.',
  'Молдова розраховує на вступ до ЄС до 2030 року.',
  'Грузія призупинила переговори про вступ до ЄС.',
  'Євроінтеграція залишається пріоритетом уряду, заявив Зеленський.',
  'Вступ України до НАТО не розглядається.',
  'Молдавия рассчитывает на вступление в ЕС.',
  'Членство Украины в НАТО исключено.',
];

describe('eu-membership phrasings', () => {
  it.each(STATES)('finds eu-membership in %j', (text) => {
    expect(euIn(text).length, text).toBeGreaterThan(0);
  });

  it.each(NOT_IT)('finds no eu-membership in %j', (text) => {
    expect(euIn(text), text).toEqual([]);
  });

  it('keeps NATO membership and EU membership apart in one sentence', () => {
    const text = 'Ukraine will not join NATO but may join the EU, the document says.';
    expect(proposalsIn(text).map((m) => [m.id, m.text])).toEqual([
      ['nato-non-accession', 'not join NATO'],
      ['eu-membership', 'join the EU'],
    ]);
  });

  it('reports the EU and Ukraine nested inside the proposal', () => {
    const text = "Zelensky wants a firm date for Ukraine's accession to the EU.";
    const found = matcher.find(text, { lang: 'auto' }).map((m) => [m.id, m.text, m.nested ?? false]);
    expect(found).toEqual([
      ['zelensky', 'Zelensky', false],
      ['eu-membership', "Ukraine's accession to the EU", false],
      ['ukraine', 'Ukraine', true],
      ['europe', 'EU', true],
    ]);
  });

  it('counts a short news report once per statement (sentences written for this test)', () => {
    const report = [
      'KYIV — Ukraine will be ready to join the European Union in 2027, President Zelensky told reporters on Tuesday.',
      'He said a fixed date for membership must be written into any deal to end the war, because Russia could otherwise block it through friendly EU capitals.',
      "Moldova's EU accession talks, opened the same year, were not discussed.",
    ].join('\n');
    expect(euIn(report).map((m) => m.text)).toEqual(['join the European Union', 'date for membership']);
  });
});
