/**
 * How reporters write the return of Ukrainian children deported or taken to Russia, in English,
 * Ukrainian and Russian: the return of deported, abducted or stolen children, bringing the children
 * back home, Russia returning children, children reunited with their families, lists of children
 * handed over at the talks, and the deportation itself named as an issue of the talks. Each sentence
 * must find `deported-children` exactly once. The look-alikes share the words and must not find it:
 * children killed or injured in strikes, Ukraine's own evacuations of children, children going back
 * to school, Gaza's and Israel's hostages, children deported from the United States, the deportation
 * reported as a crime with no word of return or talks, and a prisoner exchange of adults (that is
 * `prisoner-exchange`). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { mentionsOf, proposalFinder } from './real-data.ts';

const proposalsIn = proposalFinder();
const mentions = mentionsOf('deported-children', proposalsIn);
const returns = (text: string) => mentions(text).map((m) => m.text);

/** Sentences that state the return of the children (or the list, or the deportation as an issue) once. */
const PHRASINGS: string[] = [
  // English
  'Kyiv says the return of deported Ukrainian children must be part of any deal.',
  'Zelensky raised the return of abducted Ukrainian children with the pope.',
  'The European leaders called for the return of all the stolen Ukrainian children.',
  'The plan provides for the return of deported children, a Ukrainian official said.',
  'Ukraine wants the return of children taken to Russia since 2022.',
  'The return of the children deported by Russian forces is a priority for Kyiv.',
  'The first step would be the return of Ukrainian children held in Russia.',
  'Officials discussed the return of Ukrainian children from Russia.',
  'We will bring back every abducted Ukrainian child, the minister said of the children deported by Moscow.',
  'Zelensky vowed to bring back the children Russia abducted.',
  'The coalition works to bring Ukrainian children home from Russia.',
  'Russia must return the deported children, Kyiv insists.',
  'Qatar helped return four children taken to Russia from occupied Kherson.',
  'Melania Trump said eight children were reunited with their families after talks with Russia on the abducted minors.',
  'Ukraine handed Russia a list of 339 children in Istanbul.',
  'Ukrainian negotiators handed over a list of hundreds of children to the Russian side.',
  'The Ukrainian side raised children deported to Russia at the talks.',
  'The memorandum also addresses the forcible transfer of Ukrainian children.',
  'Kyiv said the talks must address abducted Ukrainian children.',
  'Moscow handed back six children under the Qatari deal.',
  'Kyiv wants Russia to return the 339 children on its list.',
  'The document says Russia returns all deported and forcibly displaced Ukrainian children.',
  'Under the plan, all abducted children come back to Ukraine once the guns fall silent.',
  'Some 1,800 children have been returned to Ukraine so far, officials said.',
  'Each Ukrainian child taken to Russia must be brought back, the commissioner said.',
  'Envoys were asked to help bring back deported and forcibly displaced children to Ukraine.',
  'Kyiv puts returning illegally abducted Ukrainian children first.',
  // Ukrainian
  'Україна вимагає повернення депортованих українських дітей.',
  'Київ наполягає на поверненні викрадених дітей, заявив Зеленський після розмови з росією.',
  'Мирний план передбачає повернення всіх українських дітей, вивезених до росії.',
  'Єрмак обговорив повернення викрадених Росією дітей.',
  'Повернення українських дітей з рф залишається пріоритетом.',
  'Україні вдалося повернути ще 12 дітей, депортованих росією.',
  'Ми маємо повернути депортованих дітей, наголосив Зеленський у розмові про росію.',
  'Делегація передала росіянам список 339 дітей, яких Україна вимагає повернути.',
  'Омбудсман заявив, що питання депортації українських дітей має бути в мирній угоді.',
  'Переговорники обговорили дітей, вивезених до росії.',
  'Київ вимагає повернути викрадених до росії українських дітей.',
  'Українська делегація передала список зі 339 дітьми.',
  'Україна вимагає повернення всіх незаконно викрадених дітей, заявили в Офісі президента.',
  // Russian
  'Киев требует возвращения депортированных украинских детей.',
  'Мединский получил от Украины список из 339 детей.',
  'Стороны обсудили возвращение украинских детей из России.',
  'Украина требует вернуть детей, депортированных Россией.',
  'На переговорах обсуждали детей, вывезенных в Россию.',
  'Киев настаивает на возвращении похищенных Россией украинских детей.',
  'Зеленский призвал вернуть вывезенных в Россию украинских детей.',
];

/** Sentences that share the words and state no return of the children Russia took. */
const LOOK_ALIKES: string[] = [
  'A Russian missile strike on Kryvyi Rih killed nine children on Friday.',
  'Ukrainian officials published a list of children killed in the strike.',
  'Two children were injured in the shelling of Kharkiv, Ukraine says.',
  'The return of children evacuated from Kupiansk is planned after the front stabilises.',
  'Ukrainian children returned to school in Kyiv on Monday.',
  'Thousands of Ukrainian refugees in Poland plan the return of their kids in summer.',
  'Israel demanded the return of the abducted children held by Hamas in Gaza.',
  'A judge ordered the administration to return the children it deported to Honduras.',
  'Russia has deported 19,000 Ukrainian children, Kyiv says.',
  'Ukraine and Russia exchanged 390 prisoners of war on Friday.',
  'Влада оголосила примусову евакуацію дітей з Куп’янська.',
  'Діти повернулися до школи в Харкові після канікул.',
  'Внаслідок удару по Кривому Рогу загинули дев’ятеро дітей, серед них список загиблих дітей.',
  'Україна та росія провели обмін полоненими.',
  'Школьники вернулись к учебе после каникул.',
  'Russians return home with their children after the holidays in Turkey.',
  'Ukrainian children return to Ukraine from Poland for the new school year.',
  'Russia said it would hand over the bodies of children killed in the strike.',
  'Children abducted in Nigeria were returned to their families, officials said.',
  'Russia returned fire at Ukrainian positions while children sheltered in basements.',
  'Влада повернула дітей до Харкова після евакуації.',
  'Росія повернула тіла загиблих дітей.',
  'Россия вернула детей в Курск после эвакуации.',
];

describe('deported-children phrasings', () => {
  it.each(PHRASINGS)('finds one return of the children in: %s', (text) => {
    expect(returns(text)).toHaveLength(1);
  });

  it.each(LOOK_ALIKES)('finds no return of the children in: %s', (text) => {
    expect(returns(text)).toEqual([]);
  });
});
