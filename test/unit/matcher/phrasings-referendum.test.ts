/**
 * The referendum proposal (data/entries/proposals/referendum.json): a referendum or popular vote in
 * Ukraine on a peace deal, its terms or territory, as reporters put it in English, Ukrainian and
 * Russian ("put the deal to a referendum", "a national referendum on territory", "винести угоду на
 * референдум", "референдум по Донбассу"). Every name carries the context rule `referendum-ukraine`
 * (data/meta.json): near Ukraine or a deal word, never near the marks of Russia's 2022 votes in the
 * occupied regions (sham, so-called, annexation, псевдо-, так звані, присоединение), Crimea's of 2014,
 * the 1991 vote or another country's referendum, so the look-alikes below find no referendum. Plural
 * referendums, mostly Russia's, use `referendums-ukraine`, which also vetoes the occupied territories,
 * the occupiers and the bare years 2014 and 2022; a singular one near them is still Ukraine's. A
 * referendum on Donbas is this proposal, not the withdrawal from Donbas (whose names no longer hold
 * "referendum"); a sentence that also states the withdrawal gets both. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { proposalFinder } from './real-data.ts';

const proposalsIn = proposalFinder();
const ids = (text: string) => proposalsIn(text).map((m) => m.id);
const marked = (text: string) => proposalsIn(text).map((m) => `${m.id}: ${m.text}`);

/** Sentences that state a referendum in Ukraine on a deal, its terms or territory. */
const STATED: string[] = [
  // English
  'Zelensky said any peace deal would be put to a referendum.',
  'Kyiv may hold a referendum on the agreement once the guns fall silent.',
  'The president floated a national referendum on territorial concessions.',
  'A referendum on the 20-point plan would need a 60-day ceasefire, Zelensky said.',
  'Ukraine could put the deal to a nationwide vote, officials said.',
  'Zelensky is ready to submit the framework to a popular vote.',
  'Ukrainians would decide the land question in a plebiscite, the president said.',
  'The Kremlin dismissed the idea of a referendum in Ukraine as a ploy.',
  'Washington wants Kyiv to hold the referendum and the election by May.',
  'Kyiv is weighing a Donbas referendum.',
  'Zelenskyy: Peace Plan Referendum Possible Within Weeks',
  'Trump said the plan would need approval by parliament or by a referendum in Ukraine.',
  'Ukrainians would vote on the deal before it takes effect, Zelensky said.',
  'Zelensky wants to put the agreement to the Ukrainian people.',
  'The plan needs a vote of the Ukrainian people, Kyiv says.',
  // Ukrainian, in several cases
  'Зеленський заявив, що мирну угоду винесуть на референдум.',
  'Президент допускає всеукраїнський референдум щодо територій.',
  'Референдумом має вирішуватися питання територій, наголосив президент.',
  'У Кремлі відкинули ідею перемир’я заради референдуму в Україні.',
  'Без припинення вогню проведення референдуму неможливе, каже Київ.',
  'Україна може провести референдум щодо Донбасу.',
  'Питання Донеччини можуть винести на референдум.',
  'Мирний план треба затвердити на всенародному голосуванні, вважає президент.',
  // Russian
  'Зеленский не исключил референдум по Донбассу.',
  'Киев может вынести мирное соглашение на референдум.',
  'Для референдума на Украине нужно перемирие на 60 дней, заявил Зеленский.',
  'Ушаков ответил на идею о проведении референдума по территориальному вопросу.',
];

/** Referendums and votes that are not Ukraine's on a peace deal: they must find no referendum. */
const LOOK_ALIKES: string[] = [
  'Russia staged sham referendums in four occupied regions in 2022.',
  'Moscow annexed the regions after so-called referendums.',
  'Russia held referendums in the occupied territories of Ukraine.',
  'Russia held referendums in Donetsk, Luhansk, Kherson and Zaporizhzhia before claiming them.',
  'Residents were forced to vote in the referendums on joining Russia.',
  'Crimea was annexed after a 2014 referendum.',
  'Putin cited the referendum in Crimea as proof.',
  'Ukrainians voted for independence in the 1991 referendum.',
  'Moldova held a referendum on EU membership last year, while Ukraine waits.',
  "Scotland's independence referendum failed.",
  'Zelensky compared such a vote to the Brexit referendum.',
  'Ukraine will hold elections once the fighting stops.',
  'A vote in parliament would be enough, Trump said.',
  'Ukrainians will vote for a new president once the war ends.',
  'The Rada will vote on the agreement next week, Zelensky said.',
  'Росія провела псевдореферендуми на окупованих територіях у 2022 році.',
  'Кремль анексував регіони після так званих референдумів.',
  'Росія провела референдуми в Донецькій і Луганській областях.',
  'У Молдові відбувся референдум щодо членства в ЄС.',
  'Вибори в Україні відбудуться після припинення вогню.',
  'Россия провела так называемые референдумы о присоединении.',
  'Референдумы в ДНР и ЛНР прошли в сентябре.',
];

describe('the referendum proposal', () => {
  it.each(STATED)('finds a referendum in: %s', (text) => {
    expect(ids(text)).toContain('referendum');
  });

  it.each(LOOK_ALIKES)('finds no referendum in: %s', (text) => {
    expect(ids(text)).not.toContain('referendum');
  });

  it('marks a referendum on Donbas as the referendum, not the withdrawal', () => {
    expect(marked('Kyiv may put the question to a referendum on Donbas.')).toEqual([
      'referendum: referendum on Donbas',
    ]);
    expect(marked('Питання Донбасу можуть винести на референдум.')).toEqual([
      'referendum: Донбасу можуть винести на референдум',
    ]);
    expect(marked('Зеленский не исключил референдум по Донбассу.')).toEqual([
      'referendum: референдум по Донбассу',
    ]);
  });

  it('keeps the withdrawal where the sentence states it, next to the referendum', () => {
    const found = ids('Zelensky said a withdrawal from Donbas would have to go to a referendum.');
    expect(found).toContain('donbas-withdrawal');
    expect(found).toContain('referendum');
  });

  it('marks the whole phrase', () => {
    expect(marked('Zelensky is ready to submit the plan to a popular vote.')).toEqual([
      'referendum: submit the plan to a popular vote',
    ]);
    expect(marked('Киев может вынести мирное соглашение на референдум.')).toEqual([
      'referendum: вынести мирное соглашение на референдум',
    ]);
    expect(marked('Zelensky floated a national referendum.')).toEqual(['referendum: national referendum']);
  });

  it('a deal word nearer than a year of the 2022 votes keeps the referendum', () => {
    expect(
      ids('In 2022, Zelensky said a peace agreement with Russia would be put to a referendum.'),
    ).toContain('referendum');
    expect(ids('Russia held its sham referendums in 2022, long before any peace plan.')).not.toContain(
      'referendum',
    );
  });

  it("keeps a singular referendum near people in the occupied territories; plural ones there are Russia's", () => {
    expect(
      ids(
        'Zelensky said a referendum could not be legitimate while millions in the occupied territories cannot vote.',
      ),
    ).toContain('referendum');
    expect(
      ids(
        'Легітимним референдум буде, лише якщо проголосують і люди на окупованих територіях, каже Зеленський.',
      ),
    ).toContain('referendum');
    expect(ids('The referendums in the occupied territories were a farce, Kyiv says.')).not.toContain(
      'referendum',
    );
    expect(ids('Київ не визнає референдуми на окупованих територіях.')).not.toContain('referendum');
    expect(ids('Песков прокомментировал референдумы на освобожденных территориях Украины.')).not.toContain(
      'referendum',
    );
    expect(ids('Зеленский назвал референдумы об отделении от Украины фарсом.')).not.toContain('referendum');
  });

  it('a bare year vetoes only plural referendums: martial law since 2022 and the 1991 borders are news of the peace vote', () => {
    expect(
      ids(
        'Zelensky may call a nationwide referendum. Ukraine has been under martial law since 2022, which bars any vote.',
      ),
    ).toContain('referendum');
    expect(ids('A referendum on returning to the 1991 borders is not on the table, Kyiv says.')).toContain(
      'referendum',
    );
    expect(ids('Окупанти оголосили результати референдумів у вересні.')).not.toContain('referendum');
    expect(ids('Moscow recognised the referendums of 2022 in four regions of Ukraine.')).not.toContain(
      'referendum',
    );
    expect(ids('Референдум о вхождении в состав России пройдет на освобождённых территориях.')).not.toContain(
      'referendum',
    );
  });

  it("talk of a legitimate vote is the peace referendum; Orbán's vote on Ukraine's EU bid is not", () => {
    expect(ids('Without a truce, a referendum in Ukraine would be illegitimate, Zelensky warned.')).toContain(
      'referendum',
    );
    expect(ids('Без перемир’я референдум буде нелегітимним, попередив Зеленський.')).toContain('referendum');
    expect(ids('Без перемирия референдум будет нелегитимным, заявил Зеленский.')).toContain('referendum');
    expect(
      ids("Orbán urged Hungarians to vote against Ukraine's EU accession in the referendum."),
    ).not.toContain('referendum');
    expect(
      ids('Орбан закликав угорців проголосувати на референдумі проти вступу України до ЄС.'),
    ).not.toContain('referendum');
  });

  it('needs Ukraine or a deal word near a bare referendum', () => {
    expect(ids('The canton will hold a referendum on the new tax in spring.')).not.toContain('referendum');
    expect(ids('Kyiv will hold a referendum on the new tax in spring.')).toContain('referendum');
  });
});
