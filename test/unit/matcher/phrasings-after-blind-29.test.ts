/**
 * The twenty-ninth session's rules, each with look-alikes, written from the misses and wrong marks of
 * blind pairs 49–52 after they were scored (so those pairs are no longer blind to them). Sentences
 * written for the test, in the ways reporters phrase each idea, none copied from the pairs.
 */
import { describe } from 'vitest';
import { checkCounts } from './real-data.ts';

const EL = 'elections';
const DC = 'deported-children';
const FA = 'frozen-assets';
const MA = 'military-aid';
const CF = 'ceasefire';
const CR = 'crimea-recognition';
const PX = 'prisoner-exchange';

describe('elections held only after the war or peace', () => {
  checkCounts([
    [EL, 'Зеленський наголосив, що вибори в Україні можливі лише після завершення війни.', 1],
    [EL, 'Рада: вибори – лише після миру, Зеленський лишається на посаді.', 1],
    [EL, 'Депутати назвали спробу провести голосування під час воєнного стану в Україні фарсом.', 1],
    [EL, 'Зеленский заявил, что выборы на Украине пройдут после окончания войны.', 1],
    [EL, 'Zelensky has said elections in Ukraine can only take place after the war ends.', 1],
    [EL, 'Kyiv says there will be no elections until martial law is lifted in Ukraine.', 1],
    // Look-alikes: another country's vote, and a vote in parliament.
    [
      EL,
      'Zelensky congratulated Israel, which will hold its vote on a new coalition after the war in Gaza.',
      0,
    ],
    [EL, 'Рада провела голосування за продовження воєнного стану в Україні.', 0],
  ]);
});

describe('one child brought home, and the return of those children', () => {
  checkCounts([
    [DC, 'Ukraine says it will bring every child home from Russia, however long it takes.', 1],
    [DC, 'Kyiv treats the return of those children deported to Russia as a condition of peace.', 1],
    // Look-alike: a school trip.
    [DC, 'The teacher promised to bring every child home before dark after the school trip.', 0],
  ]);
});

describe('frozen money by another noun, and the central bank seized', () => {
  checkCounts([
    [FA, 'London backs turning the immobilised funds into a loan for Kyiv, to Moscow’s fury.', 1],
    [FA, 'Berlin was wary of seizing the central bank’s reserves, Merz wrote of Russia.', 1],
    // Look-alikes: another country's frozen money and another central bank.
    [FA, 'The US released Iran’s frozen funds held in Qatar last year.', 0],
    [FA, 'Investors fear the government may raid the central bank’s reserves in Argentina.', 0],
  ]);
});

describe('weapons flowing to Kyiv', () => {
  checkCounts([
    [MA, 'Keeping weapons flowing to Kyiv is what matters most while the talks stall.', 1],
    // Look-alike: weapons flowing to Russia.
    [MA, 'North Korean shells keep flowing to Russia, intelligence officials said.', 0],
  ]);
});

describe('days of quiet, in Ukrainian and Russian', () => {
  checkCounts([
    [CF, 'Москва хоче, щоб Київ не використав 30 днів тиші для мобілізації.', 1],
    [CF, 'Кремль предложил три дня тишины на Пасху, Киев ответил встречным предложением.', 1],
    // Look-alike: the campaign silence before a vote, and a minute of silence.
    [CF, 'У день тиші перед виборами агітація заборонена.', 0],
    [CF, 'Зал ушанував загиблих хвилиною тиші.', 0],
  ]);
});

describe('Crimea recognised as Russian, the adjective first', () => {
  checkCounts([
    [CR, 'Лавров назвал признание де-факто российскими Крыма и Донбасса ключевым пунктом.', 1],
    [CR, 'План передбачає визнання де-факто російським Криму.', 1],
    // Look-alike: a Russian shop in Crimea.
    [CR, 'В Крыму открылись российские магазины.', 0],
  ]);
});

describe('prisoners handed over or crossing home', () => {
  checkCounts([
    [PX, 'A smooth handover of prisoners is not the same as progress toward ending the war in Ukraine.', 1],
    [PX, 'The last 303 Ukrainian servicemen crossed home after the prisoner exchange.', 2],
    // Look-alike: soldiers crossing a river.
    [PX, 'Soldiers crossed back over the river near Kherson after the assault.', 0],
  ]);
});

describe('the continent as a yardstick and a verb in the past', () => {
  checkCounts([
    ['europe', 'The Zaporizhzhia plant, Europe’s largest, has been held by Russian forces since 2022.', 0],
    ['europe', 'Europe’s leaders met in Paris to discuss guarantees for Ukraine.', 1],
    ['russia', 'Зеленский не раз обвинял Москву в нарушении договоренности.', 1],
    ['russia', 'Зеленський неодноразово звинувачував Москву у зриві перемир’я.', 1],
    // Look-alike: the city as a place visited.
    ['russia', 'Туристы посетили Москву в мае.', 0],
  ]);
});
