/**
 * The thirty-seventh session's rules, each with look-alikes, written from the misses of the sixth blind
 * round (pairs 85–88, read after they were scored, so those pairs are no longer blind to them).
 * Sentences written for the test, in the ways reporters phrase each idea, none copied from the articles.
 */
import { describe } from 'vitest';
import { checkCounts } from './real-data.ts';

const EF = 'european-force';

describe('Russian capitals and the Kremlin: at once, paired with a fixed phrase, put last, talks named', () => {
  checkCounts([
    ['russia', 'Проте Москва одразу поставила умову.', 1],
    ['ukraine', 'Новое требование Киев сразу отверг.', 1],
    ['france', 'Париж и Лондон при этом рассчитывают на поддержку Вашингтона.', 1],
    ['russia', 'Резко отреагировали на речь французского президента и в Кремле.', 1],
    ['ukraine', 'Об этом заявили также в Киеве.', 1],
    ['russia', 'У Кремлі переговори лідерів назвали змістовними.', 1],
    ['russia', 'В Кремле переговоры лидеров назвали полезными.', 1],
    // Look-alikes: a venue put last without a verb of saying, the talks' own verbs, a city at once.
    ['ukraine', 'Лидеры выступили и в Киеве.', 0],
    ['russia', 'В Кремле переговоры затянулись до ночи.', 0],
    ['russia', 'У Кремлі переговори лідерів тривали п’ять годин.', 0],
    ['ukraine', 'Туристи приїжджають у Київ одразу після свят.', 0],
  ]);
});

describe('a reassurance force in other words (English)', () => {
  checkCounts([
    [EF, 'Canberra is open to joining a future peacekeeping effort for Ukraine.', 1],
    [EF, 'The idea of Australian soldiers in Ukraine has split the parties.', 1],
    [EF, 'Berlin is wary of German troops in Ukraine before a ceasefire holds.', 1],
    [EF, 'Allies will be ready to deploy as a coalition of the willing once Ukraine has a deal.', 1],
    // Look-alikes: peacekeeping elsewhere, Russian soldiers, a coalition that is not deployed.
    [EF, 'Irish soldiers served in a peacekeeping effort in Lebanon for decades.', 0],
    [EF, 'Russian soldiers in Ukraine are short of shells, the report said.', 0],
    [EF, 'A coalition of the willing met in London to discuss Ukraine.', 0],
  ]);
});

describe('a reassurance force in other words (Russian)', () => {
  checkCounts([
    [EF, 'Макрон уверяет, что отправка военных возможна лишь после мирного соглашения.', 1],
    [EF, 'В Москве считают присутствие на украинской земле военных из стран НАТО неприемлемым.', 1],
    [
      EF,
      'Стармер объявил о коалиции желающих, готовых гарантировать будущую сделку своими военными, для Украины.',
      1,
    ],
    // Look-alikes: Russia moving its own troops, a deployment on the eastern flank.
    [EF, 'Переброска российских войск под Покровск продолжается, сообщил Макрон.', 0],
    [EF, 'Размещение войск союзников в Прибалтике обсудят на саммите.', 0],
  ]);
});

describe('the Easter truce and China’s paper named in other words; a Hong Kong paper is not China', () => {
  checkCounts([
    [
      'ceasefire',
      'Putin ordered his troops to stand down for Easter, the Kremlin said of the war in Ukraine.',
      1,
    ],
    ['ceasefire', 'All combat operations would halt from 6pm, the Russian leader said of Ukraine.', 1],
    ['china-12-point-2023', 'Beijing points to its 12-point position paper of February 2023.', 1],
    ['china', 'Про розмову написала гонконзька South China Morning Post.', 0],
    ['china', 'Ships crossed the South China Sea.', 0],
    // Look-alikes: troops told to stand down at a border drill, a bare "12-point plan" (Europe had one too).
    ['ceasefire', 'Troops were ordered to stand down after the drill in Texas ended.', 0],
    ['china-12-point-2023', 'Europe drafted a 12-point plan for Ukraine.', 0],
  ]);
});
