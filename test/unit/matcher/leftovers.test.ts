/**
 * The matcher's leftovers from the eighteenth session (docs/matcher-quality-notes.md): capitals in a
 * mixed list of parties, the Russian possessive «у Кремля» and a shared adjective in Russian, and four
 * rules that listed talk words of their own instead of the shared @settlement-talk list; and (nineteenth
 * session, from that round's leftovers) a government's envoys "from" a capital.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { ROOT, realSource } from './real-data.ts';

const m = compileMatcher(realSource());
const parties = (text: string) =>
  m
    .find(text)
    .filter((x) => x.kind === 'party' && !x.nested)
    .map((x) => `${x.id}:${x.text}`);

describe('a capital in a comma list of parties is its government', () => {
  it('counts the capitals beside a country or a bloc, or beside a capital counted already', () => {
    expect(parties('The deal must be acceptable among Kyiv, Washington and Europe.')).toEqual([
      'ukraine:Kyiv',
      'us:Washington',
      'europe:Europe',
    ]);
    expect(parties('There were talks between Moscow, Kyiv and Washington on Friday.')).toEqual([
      'russia:Moscow',
      'ukraine:Kyiv',
      'us:Washington',
    ]);
    expect(parties('Kyiv, Washington and Brussels agreed on the text.')).toEqual([
      'ukraine:Kyiv',
      'us:Washington',
      'europe:Brussels',
    ]);
    expect(parties('A summit with Kyiv, the EU and the United States was planned.')).toEqual([
      'ukraine:Kyiv',
      'europe:EU',
      'us:United States',
    ]);
    expect(parties('The plan was discussed by Washington, Kyiv and Moscow.')).toEqual([
      'us:Washington',
      'ukraine:Kyiv',
      'russia:Moscow',
    ]);
    expect(parties('Support for Kyiv, Washington and Europe is needed.')).toEqual([
      'ukraine:Kyiv',
      'us:Washington',
      'europe:Europe',
    ]);
    // A place opening the sentence is where the others act, not one of them.
    expect(parties('In Paris, Kyiv and Washington agreed on a text.')).toEqual([
      'ukraine:Kyiv',
      'us:Washington',
    ]);
  });
  it('leaves venues, datelines, cities and possessives alone', () => {
    expect(parties('Talks were held in London, Paris and Berlin last week.')).toEqual([]);
    expect(parties('Flights from London, Paris and Berlin were cancelled.')).toEqual([]);
    expect(parties('He met leaders in Kyiv, Washington and Europe.')).toEqual(['europe:Europe']);
    expect(parties('He visited Kyiv, Warsaw and Berlin this week.')).toEqual([]);
    expect(parties('KYIV, April 25 (Reuters) - Ukraine and Russia traded blows.')).toEqual([
      'ukraine:Ukraine',
      'russia:Russia',
    ]);
    expect(parties('Kyiv, Kharkiv and Odesa were hit by drones.')).toEqual([]);
    expect(parties('Drones struck Kyiv, Kharkiv and Russia overnight.')).toEqual(['russia:Russia']);
    expect(parties('The summit gathered Kyiv, Washington, and Brussels officials.')).toEqual([]);
    expect(parties('He flew from Kyiv, Ukraine, to Warsaw, Poland.')).toEqual(['ukraine:Ukraine']);
  });
  it("counts a government's envoys, delegations or representatives 'from' a capital, not a trip from it", () => {
    expect(parties('Envoys from Ukraine, Moscow and Washington met in Geneva.')).toEqual([
      'ukraine:Ukraine',
      'russia:Moscow',
      'us:Washington',
    ]);
    expect(parties('Delegations from Kyiv and Moscow arrived on Monday.')).toEqual([
      'ukraine:Kyiv',
      'russia:Moscow',
    ]);
    expect(parties('Representatives from Kyiv attended the meeting.')).toEqual(['ukraine:Kyiv']);
    expect(parties('The envoy flew from Moscow to Washington.')).toEqual([]);
    expect(parties('Flights from Kyiv, Warsaw and Berlin were cancelled.')).toEqual([]);
  });

  it('does the same in Ukrainian and Russian', () => {
    expect(parties('Київ, Вашингтон і Брюссель погодили текст.')).toEqual([
      'ukraine:Київ',
      'us:Вашингтон',
      'europe:Брюссель',
    ]);
    expect(parties('Угода має влаштувати Київ, Вашингтон і Європу.')).toEqual([
      'ukraine:Київ',
      'us:Вашингтон',
      'europe:Європу',
    ]);
    expect(parties('Позиции Киева, Вашингтона и Европы расходятся.')).toEqual([
      'ukraine:Киева',
      'us:Вашингтона',
      'europe:Европы',
    ]);
    expect(parties('Переговори відбулися у Києві, Вашингтоні та Європі.')).toEqual(['europe:Європі']);
    expect(parties('Делегація відвідала Київ, Вашингтон і Європу.')).toEqual(['europe:Європу']);
    expect(parties('Мешканці Києва, Лондона та Європи протестували.')).toEqual(['europe:Європи']);
    expect(parties('Обстріли Києва, Харкова та Одеси тривали всю ніч.')).toEqual([]);
    expect(parties('Атаки на Київ, Харків та Росію тривають.')).toEqual(['russia:Росію']);
    expect(parties('Переговоры прошли в Киеве, Вашингтоне и Европе.')).toEqual(['europe:Европе']);
  });
});

describe('Russian: «у Кремля» as a possessive, and an adjective sharing its group noun', () => {
  it('counts the Kremlin that has or lacks something, never the place by its walls', () => {
    expect(parties('У Кремля нет возражений против этого плана.')).toEqual(['russia:Кремля']);
    expect(parties('У Кремля есть вопросы к американскому документу.')).toEqual(['russia:Кремля']);
    expect(parties('По его словам, у Кремля пока нет информации о встрече.')).toEqual(['russia:Кремля']);
    expect(parties('У Кремля остаются вопросы к плану.')).toEqual(['russia:Кремля']);
    expect(parties('Вопросов у Кремля нет.')).toEqual(['russia:Кремля']);
    expect(parties('Он заявил, что у Кремля нет информации о переговорах.')).toEqual(['russia:Кремля']);
    expect(parties('Но в Кремле считают иначе.')).toEqual(['russia:Кремле']);
    expect(parties('Сторонники оппозиции собрались у стен Кремля.')).toEqual([]);
    expect(parties('Митинг у Кремля разогнали.')).toEqual([]);
    expect(parties('Туристы фотографировались у Кремля весь день.')).toEqual([]);
    expect(parties('В Кремле прошли переговоры с делегацией.')).toEqual([]);
    expect(parties('Он сказал, что в Кремле состоялись переговоры.')).toEqual([]);
  });
  it('counts the first adjective where the next one shares a group noun in its case', () => {
    expect(parties('Украинские и российские чиновники встретились в Стамбуле.')).toEqual([
      'ukraine:Украинские',
      'russia:российские чиновники',
    ]);
    expect(parties('Встреча украинских и российских официальных лиц прошла в Абу-Даби.')).toEqual([
      'ukraine:украинских',
      'russia:российских официальных лиц',
    ]);
    expect(parties('Российская и украинская стороны обменялись пленными.')).toEqual([
      'russia:Российская',
      'ukraine:украинская стороны',
    ]);
    expect(parties('Делегации российской и американской сторон встретились.')).toEqual([
      'russia:российской',
      'us:американской сторон',
    ]);
    expect(parties('Американские, украинские и европейские лидеры собрались.')).toEqual([
      'us:Американские',
      'ukraine:украинские',
      'europe:европейские лидеры',
    ]);
  });
  it('leaves adjectives before a noun that names no group', () => {
    expect(parties('Украинские и российские военные продолжают бои.')).toEqual([]);
    expect(parties('Украинские и российские делегации встретились.')).toEqual([]);
    expect(parties('Американские и украинские переговорщики встретились в Женеве.')).toEqual([]);
    expect(parties('Российские и китайские чиновники встретились.')).toEqual([]);
    expect(parties('Российские войска и украинские чиновники.')).toEqual(['ukraine:украинские чиновники']);
  });
});

describe('the rules about settlement terms share the @settlement-talk word list', () => {
  const proposals = (text: string) =>
    m
      .find(text)
      .filter((x) => x.kind === 'proposal' && !x.nested)
      .map((x) => `${x.id}:${x.text}`);
  it('lists @settlement-talk in the amnesty, children, language and non-aggression rules', () => {
    const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/meta.json'), 'utf8')) as {
      contexts: Record<string, { near?: string[] }>;
    };
    for (const rule of [
      'war-amnesty-near',
      'children-return-near',
      'language-religion-near',
      'non-aggression-near',
    ])
      expect(meta.contexts[rule]?.near, rule).toContain('@settlement-talk');
  });
  it("so a term's words of the list (terms, points, conditions) make the term one of the talks", () => {
    expect(proposals('Under the terms, there would be full amnesty for all parties.')).toEqual([
      'amnesty:full amnesty',
    ]);
    expect(proposals('The points include a non-aggression pact between the sides.')).toEqual([
      'non-aggression-pact:non-aggression pact',
    ]);
    expect(
      proposals(
        'Among the terms: religious freedom for minorities and official status for the Russian language.',
      ),
    ).toEqual([
      'language-religion:religious freedom for minorities',
      'language-religion:official status for the Russian language',
    ]);
    expect(proposals('The points cover the deportation of Ukrainian children.')).toEqual([
      'deported-children:deportation of Ukrainian children',
    ]);
    expect(proposals('Умови передбачають амністію для всіх сторін.')).toEqual([
      'amnesty:амністію для всіх сторін',
    ]);
    expect(proposals('Условия предусматривают амнистию для всех сторон.')).toEqual([
      'amnesty:амнистию для всех сторон',
    ]);
  });
  it('and their vetoes still hold', () => {
    expect(proposals('A tax amnesty was announced under the new budget terms.')).toEqual([]);
    expect(proposals('The terms of the 1939 non-aggression pact between Molotov and Ribbentrop.')).toEqual(
      [],
    );
    expect(proposals('Under the terms of the Gaza deal, children taken to Israel would return.')).toEqual([]);
  });
});
