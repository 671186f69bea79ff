/**
 * Shapes the twenty-third session's blind pair 9 (four articles) missed or marked wrongly, read after
 * they were scored, so those articles are no longer blind for these shapes. Sentences written for the
 * test, with look-alikes that must not match. Capitals as governments: pleased or alarmed ("suited
 * Moscow"), the subject of a clause after "until"/"unless", asked to act («просять Київ», «просят
 * Киев»), past an adverb and «ничего», past a quotation mark («Москва "пока не видела"», «в Кремле
 * "очень внимательно" следят») or a source aside («В Москве, по его словам, ознакомились»).
 */
import { describe, expect, it } from 'vitest';
import { outermostTexts } from './real-data.ts';

const ids = outermostTexts();

describe('a capital as its government', () => {
  it.each([
    ['Some of the American proposals suited Moscow, a diplomat said.', 'russia', 'Moscow'],
    ['The new tariffs angered Beijing and alarmed Kyiv.', 'ukraine', 'Kyiv'],
    ['The draft pleased Moscow far more than it pleased Europe.', 'russia', 'Moscow'],
    ['A compromise that satisfies Kyiv is still out of reach.', 'ukraine', 'Kyiv'],
    ['The assets will stay frozen until Moscow compensates Ukraine for the damage.', 'russia', 'Moscow'],
    ['No deal can hold unless Kyiv endorses it in a referendum.', 'ukraine', 'Kyiv'],
    ['Sanctions would ease once Moscow halts its strikes.', 'russia', 'Moscow'],
    ['The plan turned into a 20-point framework with Washington.', 'us', 'Washington'],
    ['Zelensky hopes for a security agreement with Washington by spring.', 'us', 'Washington'],
    ['Both sides welcomed the accord with Moscow on prisoners.', 'russia', 'Moscow'],
    ['В Європі просять Київ не порушувати домовленостей про енергетичне перемир’я.', 'ukraine', 'Київ'],
    ['Союзники вмовляють Вашингтон не знімати санкцій.', 'us', 'Вашингтон'],
    ['Партнери просили Москву відпустити полонених.', 'russia', 'Москву'],
    ['Европейцы просят Киев не отказываться от переговоров.', 'ukraine', 'Киев'],
    ['Турция уговаривает Москву продлить зерновую сделку.', 'russia', 'Москву'],
    ['Однако официально Москва получила только устные сигналы.', 'russia', 'Москва'],
    ['Официально Москва пока ничего не получала, сказал Песков.', 'russia', 'Москва'],
    ['Офіційно Київ поки нічого не отримав від Вашингтона.', 'ukraine', 'Київ'],
    ['Песков: Москва "пока не видела никакого плана"', 'russia', 'Москва'],
    ['Ушаков: Киев «пока не ответил» на предложение.', 'ukraine', 'Киев'],
    ['Дипломат сказал, что в Кремле "очень внимательно" следят за переговорами.', 'russia', 'Кремле'],
    ['У Кремлі «дуже уважно» стежать за заявами Вашингтона.', 'russia', 'Кремлі'],
    ['В Москве, по его словам, ознакомились лишь с отдельными пунктами.', 'russia', 'Москве'],
    ['У Києві, за його словами, ознайомилися лише з частиною плану.', 'ukraine', 'Києві'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toContain(want);
  });
  it.each([
    ['He was back in Washington on Wednesday for talks in Washington.', 'us'],
    ['Zelensky flew to Moscow once in 2019.', 'russia'],
    ['Flights resumed before Moscow airports reopened.', 'russia'],
    ['The snow fell until Moscow streets were white.', 'russia'],
    ['Газета "Москва" сообщила о снегопаде.', 'russia'],
    ['Кинотеатр «Москва» открылся после ремонта.', 'russia'],
    ['В Москве, по его словам, прошли переговоры.', 'russia'],
  ])('a place, not a government: %s', (text, id) => {
    expect(ids(text, id)).toEqual([]);
  });
});
