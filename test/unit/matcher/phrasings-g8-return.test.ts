/**
 * How reporting phrases Russia's return to the Group of Eight (`g8-return`), a point of the US
 * 28-point plan of November 2025 and of the E3 counter-plan: "invite Russia back into the G8",
 * "Russia's readmission to the Group of Eight", "the G7 becomes the G8 again", "restore the G8",
 * "повернення Росії до «Великої вісімки»", "запросити Росію до G8", "возвращение России в G8". "G8"
 * is one token (letters and digits), "G-8" three (G, hyphen, 8): the names write both. A quote mark
 * ends a plain phrase, so the Ukrainian and Russian names reach «Великої вісімки» through `~2`.
 * The G7 or G20 as such, a G7 price cap or statement, and a past expulsion are not it.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { mentionsOf, proposalFinder, realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const proposalsIn = proposalFinder(matcher);
const g8In = mentionsOf('g8-return', proposalsIn);

/** Sentences that state Russia's return to the G8: each must find `g8-return`. */
const STATES: string[] = [
  // English
  'The draft says Russia will be invited back into the G8 once the war ends.',
  "Berlin rejected Russia's return to the G8 on Sunday.",
  "Merz said there was no support for Moscow's readmission to the Group of Eight.",
  'Trump has long wanted to bring Russia back into the G-8, aides said.',
  'Under the plan, Putin would be welcomed back to the G8.',
  'The document proposes that Russia rejoin the G8 after a settlement.',
  'European diplomats doubt the G7 will become the G8 again any time soon.',
  'Macron said the time had not come to restore the G8 format.',
  'The plan speaks of reintegrating Russia into the global economy and the G8.',
  'Critics called the offer of a path back to the G8 a reward for aggression.',
  'Washington floated a G8 comeback for Moscow in exchange for a ceasefire.',
  'The revival of the Group of Eight is not on the agenda, a Canadian official said.',
  'Trump said he would like to readmit Russia to the G8.',
  'Europe has agreed to re-invite Russia to the Group of Eight, the draft shows.',
  'Moscow would see sanctions eased and regain its seat in the G8.',
  'Under the draft, Russia would once again become part of the G8.',
  "Merz rules out Russia's G8 return.",
  "Trump backed Russia's return to the G7 in 2019.",
  'Officials spoke of a gradual resumption of the G8 format.',
  'The leaked text proposes that Vladimir Putin be welcomed back into the G8.',
  'The paper said Russia would be re-invited to the Group of Eight.',
  'Trump has argued for letting Russia join the G8 again.',
  'Rubio would not say when the White House expects a Russia G8 comeback.',
  // Ukrainian
  'Мерц виключив повернення Росії до G8 за нинішніх умов.',
  'План передбачає повернення росії до «Великої вісімки».',
  'Європейці пропонують запросити Росію до G8 після укладення миру.',
  'Трамп хоче повернути Росію до «Групи восьми», пишуть ЗМІ.',
  'Макрон заявив, що умов для відновлення G8 зараз немає.',
  'За американським планом, рф повернеться до G8.',
  'Документ передбачає реінтеграцію Росії у світову економіку та G8.',
  'Вашингтон пропонує повернення її до клубу G8.',
  'Трамп підтримав повернення Росії до «Великої сімки».',
  'Трамп хоче відновити членство Росії в G7.',
  'Мерц не бачить підстав для переходу від «Групи семи» до «Групи восьми».',
  // Russian
  'Макрон выступил против возвращения России в G8.',
  'Европа согласна на возвращение России в «Большую восьмёрку».',
  'Россию пригласят вернуться в «Группу восьми», говорится в документе.',
  'В Кремле не рассчитывают на восстановление формата G8.',
  'Россию пригласят обратно в G8 после урегулирования.',
  'Речь идет о возвращении России в состав «Большой восьмерки».',
  'По тексту документа, Россия будет приглашена обратно в G8.',
  'Если Москва примет план, ее пригласят в «Группу восьми».',
  'Мерц выступил против возвращения к сотрудничеству с Россией в формате G8.',
  'Трамп хочет вернуть РФ в состав «Большой семерки».',
];

/** Look-alikes: the G7 or G20 as such, their statements and price caps, Russia's past expulsion. */
const NOT_IT: string[] = [
  'G7 leaders met in Canada on Monday.',
  'The G7 price cap on Russian oil was lowered to $47.60 a barrel.',
  'The G7 said in a statement that it stands with Ukraine.',
  'Russia was expelled from the G8 in 2014 after annexing Crimea.',
  'The G20 summit in Johannesburg ended without the US.',
  'Foreign ministers of the Group of Seven agreed to keep up pressure on Moscow.',
  'Russia will return to the negotiating table, the Kremlin said.',
  'Russia became a member of the G8 in 1997.',
  "Russia's G8 membership was suspended in 2014.",
  'The 2013 G8 summit took place in Northern Ireland.',
  'Zelensky flew back to Kyiv from the G7 summit.',
  'Putin was invited to the G20 in Rio, the Kremlin said.',
  'Russia was first invited to the G8 summits in the 1990s.',
  'In 1997 the G7 became the G8 when Russia joined.',
  "Moscow's accession turned the G7 into the Group of Eight in 1998.",
  'Moscow joined the G20 finance talks in 1999.',
  'Лідери G7 зібралися в Канаді.',
  'Країни «Великої сімки» погодили нові санкції проти Росії.',
  'Росію виключили з G8 у 2014 році після анексії Криму.',
  'Саммит G20 прошел без участия России.',
  'Страны G7 снизили потолок цен на российскую нефть.',
  'Россия вернулась к переговорам после саммита G7.',
  'Зеленський повернувся до Києва із саміту G7.',
  'Росія була членом G8 з 1997 до 2014 року.',
  'Трамп повернувся до Вашингтона після саміту G7.',
  'Россию пригласили в G8 в 1997 году.',
];

describe('g8-return phrasings', () => {
  it.each(STATES)('finds g8-return in %j', (text) => {
    expect(g8In(text).length, text).toBeGreaterThan(0);
  });

  it.each(NOT_IT)('finds no g8-return in %j', (text) => {
    expect(g8In(text), text).toEqual([]);
  });

  it('counts a short news report once per statement (sentences written for this test)', () => {
    const report = [
      'BERLIN — Chancellor Merz ruled out inviting Russia back into the G8 on Sunday, a day after the G7 foreign ministers met.',
      'The US 28-point plan offers Moscow a gradual return to the world economy; European officials said the G7 price cap stays.',
      "Russia was suspended from the group in 2014, and Macron said the conditions for Russia's return to the G8 were not in place.",
    ].join('\n');
    expect(g8In(report).map((m) => m.text)).toEqual(['Russia back into the G8', "Russia's return to the G8"]);
  });
});
