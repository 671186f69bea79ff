/**
 * How 2025-26 reporting phrases the proposals beyond the taxonomy's own wording: verb forms and word
 * order ("Kyiv must cede the rest of Donetsk", "вийшли з усієї Донецької області"), the programme
 * and fund names (PURL, the reconstruction investment fund), and paraphrases ("stop at the battle
 * line", "стоїмо, де стоїмо"). Each sentence must find its proposal. The everyday sentences after
 * them share the words of a broader name and must find none: a generic phrase counts only near
 * Ukraine (context "ukraine-near"), troops and army numbers are never Russia's or North Korea's
 * ("not-russian-forces"), and "по лінії фронту" is a freeze only near a freeze word ("freeze-near").
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const proposalsIn = (text: string) =>
  matcher.find(text, { lang: 'auto' }).filter((m) => !m.nested && m.kind === 'proposal');

/** [proposal id, a sentence that states it]. */
const REPORTED: [string, string][] = [
  // Donbas: handing over what Ukraine still holds.
  ['donbas-withdrawal', 'Moscow wants Kyiv to cede the remaining Ukrainian-held part of Donetsk.'],
  ['donbas-withdrawal', 'Washington pressed Kyiv to hand over its remaining positions in Donetsk.'],
  ['donbas-withdrawal', 'Ukraine is being asked to give up the remaining towns of the Donetsk region.'],
  ['donbas-withdrawal', 'Putin demands that Kyiv surrender the entire Donetsk region.'],
  ['donbas-withdrawal', 'Putin Demands Ukraine Surrender Donetsk'],
  ['donbas-withdrawal', 'The Kremlin has demanded full control of the Donetsk region.'],
  ['donbas-withdrawal', 'Russia wants complete control over the entire Donbas.'],
  ['donbas-withdrawal', 'The Kremlin has laid claim to all of Donetsk oblast.'],
  ['donbas-withdrawal', 'The plan would require Kyiv to hand over unoccupied areas in the east.'],
  ['donbas-withdrawal', 'Москва вимагає, щоб українські війська вийшли з усієї Донецької області.'],
  ['donbas-withdrawal', 'Кремль вимагає відходу ЗСУ з Донбасу.'],
  ['donbas-withdrawal', 'Йдеться про відведення українських підрозділів за межі Донеччини.'],
  ['donbas-withdrawal', 'Київ не віддасть частину Донецької області, заявив президент.'],
  [
    'donbas-withdrawal',
    'Кремль наполягає на виведенні ЗСУ за межі адміністративних кордонів Донецької області.',
  ],
  ['donbas-withdrawal', 'Україна може погодитися на демілітаризовану смугу на Донбасі.'],
  // Territory: ceding, swapping, recognising.
  ['occupied-territories', 'Kyiv has ruled out ceding any of its territory to Moscow.'],
  ['occupied-territories', 'Conceding land to Moscow would reward aggression, Ukraine’s allies warned.'],
  ['occupied-territories', 'The envoy floated a land swap between Ukraine and Russia.'],
  ['occupied-territories', 'Kyiv rejects any exchange of territory with Russia.'],
  ['occupied-territories', 'Moscow seeks recognition of the four annexed regions as Russian.'],
  ['occupied-territories', 'Washington would not formalise Russian territorial gains.'],
  ['occupied-territories', 'The deal would let Moscow retain control of areas it has seized.'],
  ['occupied-territories', 'Київ не погодиться на обмін територіями з Москвою.'],
  ['occupied-territories', 'Зеленський виключив передачу Росії частини територій на сході.'],
  ['occupied-territories', 'Лідери обговорили можливу територіальну поступку Києва.'],
  ['occupied-territories', 'Україна не визнає ці території російськими.'],
  ['occupied-territories', 'Це означало б визнання окупації українських територій.'],
  ['occupied-territories', 'Москва вимагає повного контролю над усіма чотирма областями.'],
  ['occupied-territories', 'Поступки українськими землями неприйнятні, наголосив міністр.'],
  // Crimea.
  ['crimea-recognition', 'The draft says Crimea would be recognised as Russian by the US.'],
  ['crimea-recognition', 'Moscow insists on recognition of Crimea as part of the Russian Federation.'],
  ['crimea-recognition', 'Zelensky refuses to cede Crimea.'],
  ['crimea-recognition', 'Крим може бути визнаний російським у межах угоди.'],
  ['crimea-recognition', 'Москва хоче, щоб Вашингтон визнав окупований півострів російським.'],
  ['crimea-recognition', 'Зеленський відкидає будь-яку зміну статусу Криму.'],
  // Territorial integrity.
  ['territorial-integrity', 'Zelensky vowed to liberate all occupied areas.'],
  ['territorial-integrity', 'Ukraine pledged not to retake Crimea by force.'],
  ['territorial-integrity', "Allies said Ukraine's borders must not be changed by force."],
  ['territorial-integrity', 'Kyiv still speaks of the borders of 1991.'],
  ['territorial-integrity', 'Україна готує стратегію повернення тимчасово окупованих територій.'],
  ['territorial-integrity', 'Деокупація Криму лишається метою Києва.'],
  ['territorial-integrity', 'Війна закінчиться, коли Крим повернеться під контроль України.'],
];

/** Everyday sentences that share words with a name above and state no proposal. */
const EVERYDAY: string[] = [
  // Donbas: handing over what Ukraine still holds.
  'Ukrainian troops surrendered near Donetsk, the Russian ministry claimed.',
  'Russian forces claimed full control of a village near Pokrovsk in Donetsk region.',
  'The bodies of the soldiers were handed over in Donetsk.',
  'Бійці вийшли з оточення під Покровськом Донецької області.',
  'Військові показали, як виводять з ладу російську техніку на Донеччині.',
  // Territory: ceding, swapping, recognising.
  'The prisoner exchange took place on territory controlled by Belarus.',
  'Обмін полоненими відбувся на території Білорусі.',
  'Serbia and Kosovo once discussed a land swap.',
  'Farmers refused to give up land for the new motorway.',
  'Передача гуманітарної допомоги на території громади триває.',
  'Russian territorial gains slowed in November, analysts said.',
  // Crimea.
  'Zelensky said Crimea will remain Ukrainian.',
  'Визнати Крим частиною України закликали партнери.',
  'Біженці з Криму отримали статус переселенців.',
  // Territorial integrity.
  'Волонтери допомагають повернути дітей з Криму.',
  'Zelensky vowed to return all the land to farmers after demining.',
  'Taiwan says its borders cannot be changed by force.',
];

describe('proposals as 2025-26 reporting phrases them', () => {
  it.each(REPORTED)('%s: %s', (id, text) => {
    expect(proposalsIn(text).map((m) => m.id)).toContain(id);
  });

  it.each(EVERYDAY)('no proposal in: %s', (text) => {
    expect(proposalsIn(text).map((m) => `${m.id}: ${m.text}`)).toEqual([]);
  });
});
