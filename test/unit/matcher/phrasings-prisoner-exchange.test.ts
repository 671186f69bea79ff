/**
 * How reporters write a prisoner exchange of this war in English, Ukrainian and Russian: a prisoner
 * or POW swap, an exchange of prisoners, the "all for all" formula and its numbered rounds
 * ("1,000 for 1,000"), swapping or exchanging a number of prisoners, the release or return of
 * prisoners of war and detained civilians, coming back from captivity. Each sentence must find
 * `prisoner-exchange` exactly once (a swap "in the all-for-all format" is one phrase, not two). The
 * look-alikes share the words and must not find it: another war's exchange (Gaza, Hamas's "all for
 * all"), a Russia-US swap of detained citizens, crime and prison news, Lukashenko's releases, an
 * exchange of fire, views or intelligence, the bodies of the fallen and deported children alone.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { mentionsOf, proposalFinder } from './real-data.ts';

const proposalsIn = proposalFinder();
const mentions = mentionsOf('prisoner-exchange', proposalsIn);
const exchanges = (text: string) => mentions(text).map((m) => m.text);

/** Sentences that state a prisoner exchange (or the release of prisoners of war) once. */
const PHRASINGS: string[] = [
  // English
  'Kyiv and Moscow carried out a prisoner exchange on Friday, the first in months.',
  'Ukrainian officials said further prisoner swaps were planned after the Istanbul round.',
  'The two sides agreed a 1,000-for-1,000 POW swap after the talks.',
  'Ukraine and Russia held their largest prisoner-of-war exchange so far.',
  'Zelensky proposed an "all for all" exchange of prisoners with Russia.',
  'Ukraine is ready to exchange all for all, the president told the summit.',
  'The plan calls for an all-for-all prisoner exchange and the return of deported children.',
  'The sides agreed a prisoner exchange in the all-for-all format.',
  'Kyiv wants an exchange of all prisoners on an all-for-all basis.',
  'The swap would be all for all, Zelensky insisted.',
  'Ukraine is ready to exchange everyone for everyone, he said.',
  'Russia and Ukraine agreed to swap 1,000 prisoners each, Umerov said.',
  'Ukraine and Russia exchanged 390 prisoners on Friday.',
  'Ukrainian officials said exchanges of prisoners would continue.',
  'The two delegations agreed a 1,000-for-1,000 swap.',
  'Kyiv demands the release of all prisoners of war as a first step.',
  'The document provides for the return of all POWs and detained civilians.',
  'Moscow released 157 POWs under the deal brokered in Abu Dhabi.',
  'A total of 157 POWs were exchanged on Thursday.',
  'Russia handed over 150 prisoners of war to Kyiv.',
  'The soldiers returned from Russian captivity after almost four years.',
  'Kyiv wants the swap of captured soldiers to continue.',
  // Ukrainian
  'Україна та Росія провели обмін полоненими.',
  'Зеленський запропонував обмін «всіх на всіх».',
  'Сторони домовилися про обмін військовополоненими.',
  'Україна пропонує обмін полоненими за формулою «всіх на всіх».',
  'Умєров сказав, що обмін відбудеться за формулою «всіх на всіх».',
  'Сторони домовилися про обмін «1000 на 1000».',
  'Київ наполягає на звільненні всіх полонених.',
  'Пріоритет — повернення військовополонених додому.',
  'Україна обміняла 390 полонених у пʼятницю.',
  'Сторони обмінялися полоненими вперше за пів року.',
  'Додому повернулися з російського полону 157 українців.',
  'З російського полону звільнено 390 українців.',
  'Полонені повернулися додому після трьох років.',
  'Обмін полоненими відбувся на території Білорусі.',
  // Russian
  'Россия и Украина провели обмен пленными.',
  'Стороны договорились об обмене военнопленными.',
  'Мединский заявил, что обмен пройдет по формуле «всех на всех».',
  'Москва предложила обмен пленными в формате «всех на всех».',
  'Стороны договорились об обмене 1000 на 1000.',
  'Киев требует освобождения всех пленных.',
  'Стороны обменяли 390 военнопленных.',
  'Из плена вернулись 84 украинских военных.',
];

/** Sentences that share the words and state no prisoner exchange of this war. */
const LOOK_ALIKES: string[] = [
  'Israel and Hamas agreed a prisoner exchange under the Gaza ceasefire.',
  'Hamas demanded an all-for-all exchange for the hostages held in Gaza.',
  'Hamas demanded an all for all deal for the remaining hostages.',
  'Russia and the United States completed a prisoner swap, freeing an American teacher.',
  'The two armies exchanged fire across the river overnight.',
  'The ministers held an exchange of views on energy.',
  'The return of deported children remains a priority for Kyiv.',
  'Russia handed over the bodies of 6,000 fallen soldiers.',
  'A court in Kyiv sentenced the former official to eight years in prison.',
  'A prisoner escaped from a jail in Odesa region, police said.',
  'Ukraine plans the release of prisoners on parole to join the army.',
  'Lukashenko ordered the release of prisoners after a call with Trump.',
  'The captives were held in a basement in Gaza for months.',
  'Kyiv buys 1,000 drones for 1,000 euros each.',
  'Сторони домовилися про обмін розвідданими.',
  'США відновили обмін розвідданими з Україною.',
  'Ізраїль і ХАМАС провели обмін полоненими.',
  'Росія передала тіла 6000 загиблих.',
  'Повернення депортованих дітей залишається пріоритетом.',
  'Суд засудив чиновника до восьми років позбавлення волі.',
  'Уряд обговорює звільнення засуджених для мобілізації до війська.',
  'Стороны обменялись мнениями по энергетике.',
  'Израиль и ХАМАС договорились об обмене пленными.',
  'Все на всех обиделись после матча.',
];

describe('prisoner-exchange phrasings', () => {
  it.each(PHRASINGS)('finds one exchange in: %s', (text) => {
    expect(exchanges(text)).toHaveLength(1);
  });

  it.each(LOOK_ALIKES)('finds no exchange in: %s', (text) => {
    expect(exchanges(text)).toEqual([]);
  });

  it("keeps this war's swap on a page that also reports Gaza's", () => {
    expect(
      exchanges(
        'Israel and Hamas agreed a prisoner exchange in Gaza. Kyiv and Moscow also swapped prisoners on Friday.',
      ),
    ).toEqual(['swapped prisoners']);
  });

  it('counts a generic swap near a word of war captivity, without Ukraine named', () => {
    expect(exchanges('The prisoner swap returned men held in captivity since 2022.')).toEqual([
      'prisoner swap',
    ]);
    expect(exchanges('The prisoner swap returned men held since 2022.')).toEqual([]);
  });

  it('takes a bare "all for all" for the formula only near an exchange or prisoner word', () => {
    expect(exchanges('Umerov said the new round would be all for all, covering every prisoner.')).toEqual([
      'all for all',
    ]);
    expect(exchanges('The coach said the team would play all for all, as always.')).toEqual([]);
  });

  it('counts the release of prisoners near Ukraine or captivity, never near prison words', () => {
    expect(exchanges('Zelensky again demanded the release of prisoners held by Russia.')).toEqual([
      'release of prisoners',
    ]);
    expect(exchanges('In Ukraine the release of prisoners on parole was suspended.')).toEqual([]);
  });
});
