/**
 * Shapes the twenty-third session's blind pairs 10 and 11 (eight articles) missed or marked wrongly, read
 * after they were scored, so those articles are no longer blind for these shapes. Sentences written for
 * the test, with look-alikes that must not match. Capitals as governments: squeezed, punished, isolated,
 * sanctioned, rewarded, thanked or locked in ("squeeze Moscow", "reward Moscow", "thanked Washington"),
 * with penalties, words or financing "on"/"for" them; «в Києві відмовляться», «В Кремле пока
 * воздерживаются». The channel «Россия» named in quotes after «телеканал» is no party, and a number of
 * points beside Trump's Gaza plan («газского плана») is not the 20-point plan of this war. Proposals:
 * leaving part of Donetsk region in Russian («уход Украины из той части», the nominative «уход» was missing from the family) and the English "part of the
 * eastern Donetsk region", «отказ Киева от остатка Донбасса»; cuts in the size of Ukraine's forces and
 * its army "limited" (en), «сокращение украинской армии» even with Russia's name near (the army named is Ukraine's); immobilised sovereign assets; sanctions
 * lifted as «звільняли б від санкцій», «освободить от санкций»; Ukraine not to be drawn into NATO; land
 * handed to Putin; Crimea and the regions «визнати російськими»; the front line as the starting point of
 * talks and «лінію фронту … заморозити». Also: a capital past a speaker's aside («Киев, как заявил
 * Зеленский, считает»), «москву влаштовує»; "a White House meeting" is a venue; assets frozen at
 * Euroclear are one mention, not two; "further exchanges" near a word of captivity; a capital as the
 * subject of a clause whose object a pronoun holds ("на який розраховує Київ", "как его получил Киев",
 * «которую Киев до сих пор контролирует»), while "атака, яку пережив Київ" stays the city; a front
 * "divided along the current front", a "freeze-first" sequence; an offer "put to Kyiv".
 */
import { describe, expect, it } from 'vitest';
import { outermostTexts } from './real-data.ts';

const ids = outermostTexts();

describe('a capital as its government (pressed, rewarded, thanked)', () => {
  it.each([
    ['The leaders vowed to squeeze Moscow further with new measures.', 'russia', 'Moscow'],
    ['Any deal of this kind would reward Moscow for its aggression.', 'russia', 'Moscow'],
    ['Europe wants to punish Moscow for the strikes.', 'russia', 'Moscow'],
    ['The G7 sought to isolate Moscow at the summit.', 'russia', 'Moscow'],
    ['Peskov thanked Washington for helping start the talks.', 'us', 'Washington'],
    ['The statement tries to lock Washington into a ceasefire-first approach.', 'us', 'Washington'],
    ['The White House has imposed no fresh penalties on Moscow this year.', 'russia', 'Moscow'],
    ['Trump also had sharp words for Kyiv on Sunday.', 'ukraine', 'Kyiv'],
    ['The summit called for stable financing for Kyiv next year.', 'ukraine', 'Kyiv'],
    ['Якщо в Києві відмовляться від цих умов, бої триватимуть.', 'ukraine', 'Києві'],
    ['Если в Киеве откажутся от плана, наступление продолжится.', 'ukraine', 'Киеве'],
    ['В Кремле пока воздерживаются от комментариев по существу.', 'russia', 'Кремле'],
    ['Если в Москве согласятся на обмен, его проведут быстро.', 'russia', 'Москве'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toContain(want);
  });
  it.each([
    ['The isolated Moscow suburbs lost power overnight.', 'russia'],
    ['He flew to Moscow and thanked the crew.', 'russia'],
    ['Туристи в Києві відмовляться від екскурсій через тривоги.', 'ukraine'],
    ['Он рассказал корреспонденту телеканала «Россия» о переговорах.', 'russia'],
    ['Интервью вышло в эфире канала «Россия».', 'russia'],
  ])('not a government: %s', (text, id) => {
    expect(ids(text, id)).toEqual([]);
  });
  it('Russia still named after the word «телеканал» without quotes', () => {
    expect(ids('Телеканал сообщил, что Россия готова к переговорам.', 'russia')).toEqual(['Россия']);
  });
});

describe('the 20 points of the Gaza plan are not this war’s plan', () => {
  it('a proposal of 20 points modelled on the Gaza plan', () => {
    expect(
      ids(
        'Посланник предложил подготовить документ из 20 пунктов по примеру газского плана.',
        'us-ua-20-point-plan-2025-12',
      ),
    ).toEqual([]);
  });
  it('the 20 points of this war still count', () => {
    expect(
      ids(
        'Зеленский представил проект документа из 20 пунктов, согласованный в Майами.',
        'us-ua-20-point-plan-2025-12',
      ),
    ).toEqual(['20 пунктов']);
  });
});

describe('proposals in paraphrase', () => {
  it.each([
    [
      'donbas-withdrawal',
      'Иными словами, уход ВСУ из той части Донбасса, которую контролирует Киев.',
      'уход ВСУ из той части Донбасса',
    ],
    [
      'donbas-withdrawal',
      'Документ предусматривал отказ Киева от остатка Донбасса.',
      'отказ Киева от остатка Донбасса',
    ],
    [
      'donbas-withdrawal',
      'Москва требует отказа Украины от оставшейся части Донецкой области.',
      'отказа Украины от оставшейся части Донецкой области',
    ],
    [
      'donbas-withdrawal',
      'The draft asks Kyiv to pull its troops out of the part of the eastern Donetsk region it holds.',
      'pull its troops out of the part of the eastern Donetsk',
    ],
    [
      'army-limits',
      'The text calls for a deep cut in the size of Ukraine’s armed forces.',
      // The adjective belongs to the mark since the forty-fourth session ("drastic cuts to the size of its army").
      'deep cut in the size of Ukraine’s armed forces',
    ],
    [
      'army-limits',
      'Kyiv would have to accept reductions in the strength of its military.',
      'reductions in the strength of its military',
    ],
    [
      'army-limits',
      'There is no lasting peace if the Ukrainian army is limited in how it defends itself.',
      'Ukrainian army is limited',
    ],
    [
      'army-limits',
      'Проект предполагал признание Крыма российским, сокращение украинской армии и снятие санкций с России.',
      'сокращение украинской армии',
    ],
    ['army-limits', 'Российские переговорщики добиваются уменьшения ВСУ после войны.', 'уменьшения ВСУ'],
    [
      'frozen-assets',
      'Leaders want to draw on Russia’s immobilized sovereign assets to fund Ukraine.',
      'immobilized sovereign assets',
    ],
    [
      'frozen-assets',
      'The EU keeps the frozen sovereign assets locked up indefinitely.',
      'frozen sovereign assets',
    ],
    ['sanctions-relief', 'Натомість росію поступово звільняли б від санкцій.', 'звільняли б від санкцій'],
    [
      'sanctions-relief',
      'Вашингтон готовий звільнити від санкцій частину російських банків.',
      'звільнити від санкцій',
    ],
    ['sanctions-relief', 'Россию предлагалось постепенно освободить от санкций.', 'освободить от санкций'],
    [
      'nato-non-accession',
      'Moscow demands an end to efforts to draw Ukraine into NATO.',
      'draw Ukraine into NATO',
    ],
    [
      'nato-non-accession',
      'Lavrov accused the West of trying to drag Kyiv into the alliance.',
      'drag Kyiv into the alliance',
    ],
    [
      'occupied-territories',
      'Europe feared a deal that handed Putin the land his army has seized.',
      'handed Putin the land his army has seized',
    ],
    [
      'occupied-territories',
      'Nobody should give Russia territory it has captured by force.',
      'give Russia territory it has captured',
    ],
    [
      'occupied-territories',
      'Луганщину й Донеччину пропонують визнати російськими.',
      'Луганщину й Донеччину пропонують визнати російськими',
    ],
    [
      'crimea-recognition',
      'Крим, Луганщину й Донеччину план пропонує визнати де-факто російськими.',
      'Крим, Луганщину й Донеччину план пропонує визнати де-факто російськими',
    ],
    [
      'frontline-freeze',
      'The Europeans agreed the line of contact should be the starting point for negotiations.',
      'line of contact should be the starting point for negotiations',
    ],
    [
      'frontline-freeze',
      'A lasting peace, they said, needs the front line as the starting point of talks.',
      'front line as the starting point of talks',
    ],
    [
      'frontline-freeze',
      'Лінію фронту на Запоріжжі та Херсонщині пропонують заморозити.',
      'Лінію фронту на Запоріжжі та Херсонщині пропонують заморозити',
    ],
  ])('%s: %s', (id, text, want) => {
    expect(ids(text, id)).toContain(want);
  });
  it.each([
    ['army-limits', 'Moscow announced a cut in the size of the Russian army reserve.'],
    ['sanctions-relief', 'Никто не собирается освободить Иран от санкций.'],
    ['occupied-territories', 'Zelensky ruled out handing Russia land its troops have failed to capture.'],
    [
      'frontline-freeze',
      'The line of contact between Armenia and Azerbaijan should be the starting point of talks.',
    ],
    ['crimea-recognition', 'Крим завжди вважали українським.'],
    ['donbas-withdrawal', 'Уход банков из той части города стал проблемой.'],
  ])('not %s: %s', (id, text) => {
    expect(ids(text, id)).toEqual([]);
  });
});

describe('more capitals and seats', () => {
  it.each([
    ['Киев, как заявил Зеленский, считает эту схему неприемлемой.', 'ukraine', 'Киев'],
    ['Москва, как сообщил Песков, готова продолжить контакты.', 'russia', 'Москва'],
    ['Київ, як сказав Сибіга, не погодиться на такі умови.', 'ukraine', 'Київ'],
    ['Він визнав, що москву влаштовує нинішній темп наступу.', 'russia', 'москву'],
    ['Такой вариант явно не устраивает Москву.', 'russia', 'Москву'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toContain(want);
  });
  it.each([
    ['Киев, как заявил мэр, был тих этой ночью.', 'ukraine'],
    ['Ми поїхали в Москву на вихідні.', 'russia'],
    ['The talks followed a tense White House meeting between the two leaders.', 'us'],
    ['After the Kremlin meeting, the envoy flew home.', 'russia'],
  ])('not a government: %s', (text, id) => {
    expect(ids(text, id)).toEqual([]);
  });
  it('the White House itself still speaks', () => {
    expect(ids('The White House said the meeting went well.', 'us')).toEqual(['The White House']);
  });
});

describe('one phrase, one mention; exchanges to come', () => {
  it('assets frozen at Euroclear are one mention', () => {
    expect(
      ids(
        'The loan would be built on Russian central bank reserves frozen in Belgium’s Euroclear.',
        'frozen-assets',
      ),
    ).toEqual(['Russian central bank reserves frozen in Belgium’s Euroclear']);
    expect(
      ids('Most of Russia’s sovereign assets are held at the Belgian depository Euroclear.', 'frozen-assets'),
    ).toEqual(['Russia’s sovereign assets are held at the Belgian depository Euroclear']);
  });
  it.each([
    ['The president vowed to push for further exchanges until every captive is freed.', 'further exchanges'],
    ['A new swap is expected soon, with 500 POWs on each side.', 'new swap'],
  ])('%s', (text, want) => {
    expect(ids(text, 'prisoner-exchange')).toContain(want);
  });
  it.each([
    ['The ministers held further exchanges on trade and energy.'],
    ['Israel and Hamas prepared another exchange of hostages.'],
  ])('no prisoner exchange: %s', (text) => {
    expect(ids(text, 'prisoner-exchange')).toEqual([]);
  });
});

describe('a capital as the subject of a clause whose object is a pronoun', () => {
  it.each([
    ['Перший крок, на який розраховує Київ, – обмін полоненими.', 'ukraine', 'Київ'],
    ['Текст обсуждали задолго до того, как его получил Киев.', 'ukraine', 'Киев'],
    ['Речь о той части области, которую Киев до сих пор контролирует.', 'ukraine', 'Киев'],
    ['Це частина Донеччини, яку Київ і досі повністю контролює.', 'ukraine', 'Київ'],
    ['Відповідь, яку отримав Вашингтон, не змінилась.', 'us', 'Вашингтон'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toContain(want);
  });
  it.each([['Це наймасованіша атака, яку пережив Київ.', 'ukraine']])('the city itself: %s', (text, id) => {
    expect(ids(text, id)).toEqual([]);
  });
});

describe('the front frozen where it runs, and a proposal put to a capital', () => {
  it.each([
    ['He said the region could stay divided along the current front.', 'divided along the current front'],
    ['Both armies would halt along the existing front, the envoy said.', 'halt along the existing front'],
    ['Europe wants a freeze-first approach to the talks.', 'freeze-first'],
  ])('%s', (text, want) => {
    expect(ids(text, 'frontline-freeze')).toContain(want);
  });
  it('troops dug in along the front propose nothing', () => {
    expect(ids('Troops dug in along the current front for the winter.', 'frontline-freeze')).toEqual([]);
  });
  it('a proposal put to Kyiv goes to its government', () => {
    expect(ids('They reworked the offer Washington had put to Kyiv last week.', 'ukraine')).toEqual(['Kyiv']);
    expect(ids('The crew put to sea from Odesa.', 'ukraine')).toEqual([]);
  });
});
