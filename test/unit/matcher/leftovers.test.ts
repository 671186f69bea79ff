/**
 * The matcher's leftovers from the eighteenth session (docs/matcher-quality-notes.md): capitals in a
 * mixed list of parties, the Russian possessive «у Кремля» and a shared adjective in Russian.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { realSource } from './real-data.ts';

const m = compileMatcher(realSource());
const parties = (text: string) =>
  m
    .find(text)
    .filter((x) => x.kind === 'party' && !x.nested)
    .map((x) => `${x.id}:${x.text}`);

describe('an English capital in a comma list of parties is its government', () => {
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
});

describe('Russian: «у Кремля» as a possessive, and an adjective sharing its group noun', () => {
  it('counts the Kremlin that has or lacks something, never the place by its walls', () => {
    expect(parties('У Кремля нет возражений против этого плана.')).toEqual(['russia:Кремля']);
    expect(parties('У Кремля есть вопросы к американскому документу.')).toEqual(['russia:Кремля']);
    expect(parties('По его словам, у Кремля пока нет информации о встрече.')).toEqual(['russia:Кремля']);
    expect(parties('У Кремля остаются вопросы к плану.')).toEqual(['russia:Кремля']);
    expect(parties('Вопросов у Кремля нет.')).toEqual(['russia:Кремля']);
    expect(parties('Сторонники оппозиции собрались у стен Кремля.')).toEqual([]);
    expect(parties('Митинг у Кремля разогнали.')).toEqual([]);
    expect(parties('Туристы фотографировались у Кремля весь день.')).toEqual([]);
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
