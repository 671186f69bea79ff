/**
 * The forty-sixth session's rules, each with look-alikes. Sentences written for the test, in the ways
 * reporters phrase each idea, none copied from the articles.
 */
import { describe } from 'vitest';
import { checkCounts } from './real-data.ts';

describe('a capital with a bare object of policy before its verb, and «перегляне»', () => {
  checkCounts([
    ['ukraine', 'Киев решение приветствовал, заявив о важном шаге.', 1],
    ['russia', 'Официально Москва условия не раскрывала.', 1],
    ['ukraine', 'Київ пропозицію відхилив ще вранці.', 1],
    ['us', 'Вашингтон ультиматум пока не продлил.', 1],
    ['russia', 'Він попередив, що Москва перегляне свою позицію на переговорах.', 1],
    // Look-alikes: a city's own plan, a decision of others about the city, a plural verb after the object.
    ['ukraine', 'Київ план евакуації оновив минулого тижня.', 0],
    ['ukraine', 'Київ рішення міськради про тарифи оскаржити не зміг.', 0],
    ['ukraine', 'Київ рішення ухвалили депутати міськради.', 0],
    ['russia', 'Москва умови для туристів покращила.', 0],
  ]);
});
