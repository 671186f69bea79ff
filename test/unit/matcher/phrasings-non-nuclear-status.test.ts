/**
 * How reporting phrases Ukraine staying a non-nuclear state as a term of a settlement
 * (`non-nuclear-status`), a point of the US 28-point plan of November 2025, of the E3 counter-plan
 * and of the 20-point plan, and a long-standing Russian demand: "Ukraine will remain a non-nuclear
 * state", "non-nuclear status", "Ukraine will not acquire nuclear weapons", "без'ядерний статус",
 * "Україна залишиться без'ядерною", "відмова від ядерної зброї", "безъядерный статус". The phrases
 * count near Ukraine or a word of the talks (`nuclear-status-near`); a bare "non-nuclear state" only
 * near a word of the talks (`nuclear-status-term-near`). Never another country's nuclear news
 * (Iran, North Korea, Belarus, New START), the Zaporizhzhia plant, nuclear threats, or the 1994
 * Budapest Memorandum as history. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { mentionsOf, proposalFinder, realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const proposalsIn = proposalFinder(matcher);
const nonNuclearIn = mentionsOf('non-nuclear-status', proposalsIn);

/** Sentences that state Ukraine's non-nuclear status as a term: each must find `non-nuclear-status`. */
const STATES: string[] = [
  // English
  'Under the draft, Ukraine will remain a non-nuclear state.',
  'The plan also says Ukraine would stay non-nuclear and cap its army.',
  "Moscow insists on Ukraine's neutral and non-nuclear status.",
  'Putin repeated his demand for a neutral, non-aligned, non-nuclear Ukraine.',
  'The European text keeps the point that Ukraine agrees to remain a non-nuclear state under the NPT.',
  'Kyiv would commit to a nuclear-free status in exchange for guarantees.',
  'The document says Ukraine will not acquire nuclear weapons.',
  'Zelensky said Ukraine would not develop nuclear weapons.',
  'Negotiators in Istanbul discussed a non-bloc and non-nuclear status for Kyiv.',
  'Point 11 of the plan confirms the non-nuclear status of Ukraine.',
  "Russia's speaker said Ukraine's nuclear-weapon-free status is not subject to revision.",
  'The framework requires Kyiv to renounce nuclear weapons for good.',
  'Ukraine reaffirms its non-nuclear status, the 20-point draft says.',
  'Under the deal there would be no nuclear weapons in Ukraine.',
  'The peace plan says Ukraine will be a non-nuclear country.',
  'Kyiv promised never to acquire nuclear weapons under the agreement.',
  // the 1994 history nearby does not veto the plan's own wording
  'Ukraine, which gave up its Soviet arsenal in 1994, would remain a non-nuclear state under the plan.',
  // Ukrainian
  'Проєкт передбачає, що Україна залишиться без\u2019ядерною державою.',
  'Москва вимагає нейтрального та без\u2019ядерного статусу України.',
  'Пункт плану підтверджує без\u2019ядерний статус України.',
  'Україна зберігатиме без\u2019ядерний статус відповідно до ДНЯЗ.',
  'План передбачає відмову України від ядерної зброї.',
  'Кремль наполягає на збереженні без\u2019ядерного статусу України.',
  'За планом, Україна не матиме ядерної зброї.',
  'Статус без\u2019ядерної держави Україна закріпить у мирній угоді.',
  'Україна лишатиметься неядерною державою, йдеться в проєкті.',
  'Документ фіксує, що в Україні не буде жодної ядерної зброї на її території.',
  // Russian
  'Путин назвал условием мира безъядерный статус Украины.',
  'Украина останется безъядерным государством, говорится в плане.',
  'Москва требует нейтрального, внеблокового, безъядерного статуса Украины.',
  'Киев подтверждает отказ от ядерного оружия, согласно проекту.',
  'По плану Украина не будет обладать ядерным оружием.',
  'Матвиенко заявила, что статус безъядерного государства Украины пересмотру не подлежит.',
];

/** Look-alikes: other countries' nuclear news, arms control, the plant, threats, 1994 history. */
const NOT_IT: string[] = [
  'Trump said Iran will never acquire nuclear weapons.',
  'Israel insists Iran must not develop nuclear weapons.',
  'North Korea will not give up its nuclear weapons, Pyongyang said.',
  'Belarus dropped its non-nuclear status in a 2022 referendum.',
  'The United States and Russia agreed to extend New START, a treaty on nuclear arms control.',
  'Ukraine gave up its nuclear arsenal under the 1994 Budapest Memorandum.',
  'Ukraine renounced nuclear weapons in 1994 in exchange for assurances.',
  'Under the 1994 Budapest Memorandum, Ukraine became a non-nuclear state in exchange for assurances.',
  'Kazakhstan keeps its non-nuclear status, its foreign ministry said.',
  'Iran will not acquire nuclear weapons under any deal, Trump said.',
  'Trump said North Korea would never renounce nuclear weapons in talks.',
  'Belarus gave up its non-nuclear status, Lukashenko told Putin during talks in Minsk.',
  "Zelensky recalled Ukraine's renunciation of nuclear weapons under the 1994 Budapest Memorandum.",
  'Зеленський нагадав про відмову України від ядерної зброї за Будапештським меморандумом.',
  'Іран не матиме ядерної зброї за будь-якою угодою, заявив Трамп.',
  'Отказ Украины от ядерного оружия в 1994 году был ошибкой, сказал Зеленский.',
  'The Zaporizhzhia nuclear power plant will be restarted under IAEA supervision.',
  'Medvedev again threatened to use nuclear weapons against Kyiv.',
  'Russia, a nuclear power, invaded Ukraine, a non-nuclear state.',
  'Japan keeps its non-nuclear principles, Tokyo said.',
  'Zelensky asked for a non-nuclear strategic deterrence package.',
  'Україна відмовилася від ядерної зброї за Будапештським меморандумом 1994 року.',
  'Запорізька АЕС залишається під контролем окупантів.',
  'Іран не матиме ядерної зброї, заявив Трамп.',
  'Білорусь відмовилася від без\u2019ядерного статусу.',
  'Россия пригрозила применить ядерное оружие.',
  'КНДР не откажется от ядерного оружия, заявили в Пхеньяне.',
  'Беларусь отказалась от безъядерного статуса.',
  'Продление ДСНВ остается вопросом для США и России.',
];

describe('non-nuclear-status phrasings', () => {
  it.each(STATES)('finds non-nuclear-status in %j', (text) => {
    expect(nonNuclearIn(text).length, text).toBeGreaterThan(0);
  });

  it.each(NOT_IT)('finds no non-nuclear-status in %j', (text) => {
    expect(nonNuclearIn(text), text).toEqual([]);
  });

  it('counts a short news report once per statement (sentences written for this test)', () => {
    const report = [
      'KYIV — The revised peace plan keeps the clause that Ukraine will remain a non-nuclear state, officials said on Wednesday.',
      'Ukraine gave up the Soviet arsenal on its soil in the 1990s, and Medvedev has since threatened nuclear strikes.',
      "The Kremlin again demanded Ukraine's neutral and non-nuclear status before any ceasefire.",
    ].join('\n');
    expect(nonNuclearIn(report).map((m) => m.text)).toEqual([
      'remain a non-nuclear',
      'neutral and non-nuclear status',
    ]);
  });
});
