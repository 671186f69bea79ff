/**
 * Shapes the twenty-second session's blind pair (a Kyiv Independent-style Munich piece, a UNN-style
 * London piece) and its second pair (a Politico-style G7 piece, an Interfax-style Russian piece)
 * missed, read after they were scored, so those pairs are no longer blind for these shapes.
 * Sentences written for the test, with look-alikes. Capitals as governments in Russian and Ukrainian:
 * a source aside with a possessive ("Москва, за його словами, наполягає"), a demand made "от Киева",
 * pressure with its source between ("давление мира на Москву"), a short object or the stage of the
 * talks before the verb ("Москва с этим согласна", "Москва на каждом этапе предлагала"), an aside
 * after "В Кремле"; a seat left ("пішли з Даунінг-стріт") is the building. Proposals: the guns falling
 * silent, guarantees named by their giver or their strength, protection against a repeat invasion,
 * Russia "in the G8" or "let back into the group", a non-nuclear state after other adjectives,
 * "realities on the ground", and bodies handed over are not arms.
 */
import { describe, expect, it } from 'vitest';
import { outermostTexts } from './real-data.ts';

const ids = outermostTexts();

describe('a capital as its government, Russian and Ukrainian', () => {
  it.each([
    ['Москва, за його словами, наполягає на тому, щоб українці пішли з Донбасу.', 'russia', 'Москва'],
    ['Киев, по его словам, готов к новому раунду переговоров.', 'ukraine', 'Киев'],
    ['Москва не требует от Киева капитуляции, заявил Путин.', 'ukraine', 'Киева'],
    ['Давление мира на Москву пока недостаточно, сказал Зеленский.', 'russia', 'Москву'],
    ['Песков ответил, что Москва с этим согласна.', 'russia', 'Москва'],
    ['Путин сказал, что Москва на каждом этапе предлагала договориться.', 'russia', 'Москва'],
    ['В Кремле, однако, настаивают, что сначала нужно урегулировать ряд вопросов.', 'russia', 'Кремле'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toContain(want);
  });
  it.each([
    ['Ракеты летели на Москву всю ночь, сообщили в мэрии.', 'russia'],
    ['Туристы, по его словам, приезжают в Киев весной.', 'ukraine'],
    ['Поезд из Киева прибыл вовремя.', 'ukraine'],
    ['В Кремле прошли переговоры с делегацией.', 'russia'],
  ])('a place, not a government: %s', (text, id) => {
    expect(ids(text, id)).toEqual([]);
  });
  it('a seat left is the building, a seat that speaks the government', () => {
    expect(ids('Після зустрічі Макрон і Мерц пішли з Даунінг-стріт, а Стармер лишився.', 'uk')).toEqual([]);
    expect(ids('У Даунінг-стріт заявили, що розмова була корисною.', 'uk')).toEqual(['Даунінг-стріт']);
  });
});

describe('proposals the pairs missed', () => {
  it.each([
    [
      'Zelensky said Ukraine would hold elections only after the guns fall silent.',
      'ceasefire',
      'guns fall silent',
    ],
    ['Ukrainians can vote only once the shooting stops in Ukraine, he said.', 'ceasefire', 'shooting stops'],
    [
      'A deal for Ukraine without firm guarantees would not deter another invasion.',
      'security-guarantees',
      'firm guarantees',
    ],
    [
      'Kyiv wants protection against a repeat invasion settled before anything else.',
      'security-guarantees',
      'protection against a repeat invasion',
    ],
    ['Зеленський: гарантії США має схвалити Конгрес.', 'security-guarantees', 'гарантії США'],
    [
      'Гарантии Вашингтона для Украины должен одобрить Конгресс.',
      'security-guarantees',
      'Гарантии Вашингтона',
    ],
    ['Trump said he missed Russia in the G8 at the summit.', 'g8-return', 'Russia in the G8'],
    [
      'At the G7 he stopped short of saying Russia should be let back into the group.',
      'g8-return',
      'be let back into the group',
    ],
    [
      'Путин напомнил, что Украина была внеблоковым, безъядерным и нейтральным государством по мирному договору.',
      'non-nuclear-status',
      'безъядерным и нейтральным государством',
    ],
    [
      'Путин добивается признания «реалий на земле» на переговорах.',
      'occupied-territories',
      'реалий на земле',
    ],
    ['Росія вимагає визнання реалій на землі в мирній угоді.', 'occupied-territories', 'реалій на землі'],
    [
      'Putin wants recognition of the realities on the ground in any peace deal.',
      'occupied-territories',
      'realities on the ground',
    ],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toContain(want);
  });
  it.each([
    ['The guns fell silent in Gaza on Sunday.', 'ceasefire'],
    ['The bank wants firm guarantees on its loan to Ukraine.', 'security-guarantees'],
    ['Кредит под гарантии США Украина получит в мае.', 'security-guarantees'],
    ['The dog was let back into the house after the storm.', 'g8-return'],
    ['Под обстрелом ракет Россия передала Украине более 6 тыс. тел погибших военных.', 'military-aid'],
    ["Ukraine's president said a truce might allow free elections in Russia as well.", 'elections'],
  ])('not that proposal: %s', (text, id) => {
    expect(ids(text, id)).toEqual([]);
  });
});
