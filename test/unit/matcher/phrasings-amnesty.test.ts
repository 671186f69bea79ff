/**
 * How reporters write an amnesty for acts of this war as a term of a settlement, in English,
 * Ukrainian and Russian: the US 28-point draft's "full amnesty for all parties", an amnesty for war
 * crimes, "no amnesty for war criminals", the amnesty clause, pardoning Putin, «повна амністія»,
 * «пункт про амністію», «амнистия за военные преступления». Each sentence must find `amnesty`
 * exactly once. The look-alikes share the word and must not find it: Amnesty International
 * («Міжнародна амністія»), a tax or capital amnesty («амністія капіталів»), an amnesty for AWOL
 * soldiers or for inmates, Russia's Victory Day amnesty, the Gaza plan's amnesty for Hamas members,
 * and an amnesty with no word of the war near. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { mentionsOf, proposalFinder } from './real-data.ts';

const proposalsIn = proposalFinder();
const mentions = mentionsOf('amnesty', proposalsIn);
const amnesties = (text: string) => mentions(text).map((m) => m.text);

/** Sentences that state an amnesty for the war's acts once. */
const PHRASINGS: string[] = [
  // English
  'The 28-point plan offered a full amnesty for all parties to the conflict.',
  'Kyiv rejected any blanket amnesty that would shield Russian commanders.',
  'Zelensky said there could be no amnesty for war crimes committed in Ukraine.',
  'The draft peace deal promised amnesty for actions during the war.',
  'European officials objected to the amnesty clause in the US draft.',
  'Under the plan, both Ukraine and Russia would receive amnesty.',
  'Critics warned the deal would amnesty Putin and his generals.',
  'Rights groups said a peace deal must not pardon Putin for the abductions.',
  'Survivors in Bucha fear a general amnesty in any settlement with Russia.',
  'The Kremlin has said nothing about the amnesty provision of the peace plan.',
  'Negotiators in Geneva struck out the provision on amnesty from the draft.',
  'Ukrainians in Bucha protested against the proposed amnesty in the US plan.',
  "Europe objected to a US proposal that suggested a 'full amnesty' for all sides.",
  // Ukrainian
  'План із 28 пунктів передбачав повну амністію для всіх сторін.',
  'Київ виступає проти амністії за воєнні злочини росії.',
  'Стефанішина заявила, що пункту про амністію немає в мирному плані.',
  'Жодної амністії для воєнних злочинців, наголосив Зеленський.',
  'У мирному плані йшлося про загальну амністію за дії під час війни.',
  'Питання амністії викликало суперечки на переговорах у Женеві.',
  'Документ передбачав амністію для обох сторін за дії під час війни.',
  // Russian
  'Мирный план США предусматривал полную амнистию для всех сторон.',
  'Из мирного плана исключили пункт об амнистии, заявила посол Украины.',
  'В Киеве отвергли амнистию за военные преступления России.',
  'Вопрос амнистии обсуждали в Женеве.',
  'Проект предлагал амнистию для обеих сторон конфликта в Украине.',
  'Положение предусматривало амнистию для обеих сторон за участие в боевых действиях.',
];

/** Sentences that share the words and state no amnesty for the war's acts. */
const LOOK_ALIKES: string[] = [
  'Amnesty International documented strikes on civilians in Ukraine.',
  'A report by Amnesty International on Russia was published on Tuesday.',
  'The parliament of Ukraine backed a tax amnesty for small businesses.',
  'Ukraine offered an amnesty to soldiers who went AWOL if they return to their units.',
  'Hamas members who give up their weapons would receive amnesty under the Gaza peace plan.',
  'The governor announced a gun amnesty in the state this month.',
  'The president granted amnesty to 300 inmates on the national holiday.',
  'Міжнародна амністія закликала розслідувати удари росії по Україні.',
  'Рада ухвалила закон про амністію капіталів для українців.',
  'Уряд обговорює амністію для військових, які повернулися із СЗЧ, в Україні.',
  'В России объявили амнистию к юбилею Победы для заключенных.',
  'Верховна Рада ухвалила податкову амністію.',
  'The new law gives a full amnesty to late taxpayers.',
  "Ukraine's new law gives a full amnesty to late taxpayers.",
  'Zelensky signed a law granting amnesty to Ukrainian soldiers who went AWOL.',
  'В Україні запроваджують повну амністію капіталів.',
  'Trump brokered the Gaza peace deal, which offers a full amnesty to Hamas fighters.',
];

describe('amnesty phrasings', () => {
  it.each(PHRASINGS)('finds one amnesty in: %s', (text) => {
    expect(amnesties(text)).toHaveLength(1);
  });

  it.each(LOOK_ALIKES)('finds no amnesty in: %s', (text) => {
    expect(amnesties(text)).toEqual([]);
  });

  it('needs a word of the war or the settlement near a loose amnesty phrase', () => {
    expect(amnesties('The decree offered a full amnesty to everyone involved.')).toEqual([]);
    expect(amnesties('Spain passed a general amnesty law after its civil war.')).toEqual([]);
    expect(amnesties('The peace deal offered a full amnesty to everyone involved.')).toEqual([
      'full amnesty',
    ]);
  });

  it("keeps the 28-point plan's amnesty on a page that also reports Gaza's", () => {
    expect(
      amnesties('Gaza aside, the 28-point plan offered a full amnesty to all parties in November.'),
    ).toEqual(['full amnesty']);
  });
});
