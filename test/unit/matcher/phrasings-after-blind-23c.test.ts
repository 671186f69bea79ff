/**
 * Shapes the twenty-third session's blind pair 12 (four articles) missed or marked wrongly, read after
 * they were scored, so those articles are no longer blind for these shapes. Sentences written for the
 * test, with look-alikes that must not match. The Paris declaration of January 2026 named with a
 * lower-case adjective, as Russian and Ukrainian spell it mid-sentence («парижскую декларацию»,
 * «паризької декларації»), in every case.
 */
import { describe, expect, it } from 'vitest';
import { outermostTexts } from './real-data.ts';

const ids = outermostTexts();

describe('the Paris declaration with a lower-case adjective', () => {
  it.each([
    ['В Москве раскритиковали парижскую декларацию союзников.', 'парижскую декларацию'],
    ['Дипломат назвал парижская декларация опасным документом.', 'парижская декларация'],
    ['Об этом говорится в парижской декларации, подписанной во вторник.', 'парижской декларации'],
    ['Кремль не считает парижскую декларацию шагом к миру.', 'парижскую декларацию'],
    ['Министр не согласился с парижской декларацией союзников.', 'парижской декларацией'],
    ['Украина приветствовала Парижскую декларацию.', 'Парижскую декларацию'],
    ['Київ привітав паризьку декларацію союзників.', 'паризьку декларацію'],
    ['У паризькій декларації йдеться про гарантії.', 'паризькій декларації'],
    ['Текст паризької декларації оприлюднили ввечері.', 'паризької декларації'],
    ['Москва не погодилася з паризькою декларацією.', 'паризькою декларацією'],
    ['Паризька декларація передбачає багатонаціональні сили.', 'Паризька декларація'],
    ['Moscow rejected the Paris declaration on Thursday.', 'the Paris declaration'],
  ])('%s', (text, want) => {
    expect(ids(text, 'paris-declaration-2026-01')).toContain(want);
  });
  it.each([
    ['Он гулял по парижской улице после встречи.'],
    ['Сторони підписали декларацію про наміри в Парижі.'],
    ['The declaration was signed in Paris on Tuesday.'],
    ['Речь шла о парижских документах, а не о декларации.'],
  ])('not the declaration: %s', (text) => {
    expect(ids(text, 'paris-declaration-2026-01')).toEqual([]);
  });
});

describe('a US plan named with its 28 points a few words on is one mention', () => {
  it.each([
    ['Американский план мира, изначально состоявший из 28 пунктов, потом сократили.'],
    ['Американский план урегулирования, который состоял из 28 пунктов, обсуждали в Женеве.'],
    ['Американский мирный план из 28 пунктов обсуждали в Женеве.'],
    ['Американський план врегулювання, що спершу складався з 28 пунктів, скоротили.'],
    ['Американський мирний план, який мав 28 пунктів, обговорювали в Женеві.'],
  ])('%s', (text) => {
    expect(ids(text, 'us-28-point-plan-2025-11')).toHaveLength(1);
  });
});

describe('Ukraine to pull its troops out of the remaining parts of Donetsk', () => {
  it.each([
    ['The Kremlin has demanded that Kyiv pull its forces out of the remaining parts of the Donetsk region.'],
    ['Putin insists Ukraine must withdraw its army from the remaining part of Donbas before talks.'],
    ['Moscow wants Kyiv to leave the remaining areas of the Donetsk region it still controls.'],
    ['Russia demanded that Ukraine pull troops out of the rest of the Donetsk region.'],
  ])('%s', (text) => {
    expect(ids(text, 'donbas-withdrawal')).toHaveLength(1);
  });
  it.each([
    ['Kyiv insists that Russia must pull its troops out of the remaining parts of the Donetsk region.'],
    ['The brigade pulled its guns out of the remaining parts of a village in Donetsk region.'],
  ])('not the demand: %s', (text) => {
    expect(ids(text, 'donbas-withdrawal')).toEqual([]);
  });
});

describe('a capital helped or assisted is its government', () => {
  it.each([
    ['The tankers are accused of helping Moscow evade the oil price cap.', 'russia', 'Moscow'],
    ['Banks in third countries keep assisting Moscow with payments.', 'russia', 'Moscow'],
    ['Allies are helping Kyiv rebuild its power grid.', 'ukraine', 'Kyiv'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toContain(want);
  });
  it.each([['Volunteers were helping Moscow residents clear the snow.', 'russia']])(
    'not a government: %s',
    (text, id) => {
      expect(ids(text, id)).toEqual([]);
    },
  );
});

describe('a capital, «не раз», then its verb', () => {
  it.each([
    ['Москва уже не раз озвучивала такие предупреждения.', 'russia', 'Москва'],
    ['Москва не раз заявляла, что не примет этих условий.', 'russia', 'Москва'],
    ['Киев уже не раз отвергал подобные требования.', 'ukraine', 'Киев'],
    ['Київ уже не раз відкидав такі вимоги.', 'ukraine', 'Київ'],
    ['Москва ще не раз пожалкує про це рішення.', 'russia', 'Москва'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toContain(want);
  });
  it.each([['Москва не раз в году принимает туристов со всего мира.', 'russia']])(
    'not a government: %s',
    (text, id) => {
      expect(ids(text, id)).toEqual([]);
    },
  );
});

describe('broadcasters and firms named after France are not the state', () => {
  it.each([
    ['Макрон сказал в интервью France 2, что войска готовы.'],
    ['The president told France 24 the plan was on track.'],
    ['Зеленський дав інтерв’ю радіо France Inter.'],
    ['Він летів рейсом Air France до Києва.'],
    ['The governor of the Banque de France spoke on rates.'],
  ])('%s', (text) => {
    expect(ids(text, 'france')).toEqual([]);
  });
  it.each([
    ['France and Britain are ready to send troops after a ceasefire.', 'France'],
    ['France 2026 budget talks stalled, but France still backs Kyiv.', 'France'],
  ])('still the state: %s', (text, want) => {
    expect(ids(text, 'france')).toContain(want);
  });
});

describe('stationing in Ukraine, the place before the troops (ru)', () => {
  it.each([
    [
      'Москва заявила, что размещение на территории Украины воинских подразделений западных стран недопустимо.',
    ],
    ['Кремль отвергает размещение в Украине иностранных войск после перемирия.'],
    [
      'МИД предупредил, что развертывание на территории Украины европейского контингента станет интервенцией.',
    ],
  ])('%s', (text) => {
    expect(ids(text, 'european-force')).toHaveLength(1);
  });
  it.each([
    ['Власти обсудили размещение на территории Украины беженцев из прифронтовых сел.'],
    ['Россия продолжает размещение на территории Украины своих войск и техники.'],
  ])('not the force: %s', (text) => {
    expect(ids(text, 'european-force')).toEqual([]);
  });
});

describe('a multinational mission for Ukraine', () => {
  it.each([
    ['Союзники готовы развернуть многонациональную миссию на Украине после перемирия.'],
    ['Многонациональная миссия в Украине появится только после прекращения огня.'],
    ['Коаліція готова розгорнути багатонаціональну місію в Україні.'],
    ['Про багатонаціональну місію для України домовилися в Парижі.'],
    ['The coalition could deploy a multinational mission in Ukraine after a ceasefire.'],
  ])('%s', (text) => {
    expect(ids(text, 'european-force')).toHaveLength(1);
  });
  it.each([
    ['Kenya leads a multinational mission in Haiti against the gangs.'],
    ['Многонациональная миссия в Гаити продлена ООН еще на год.'],
  ])('not this war: %s', (text) => {
    expect(ids(text, 'european-force')).toEqual([]);
  });
});

describe('Western military sites in Ukraine', () => {
  it.each([
    ['МИД пригрозил ударами по западным военным объектам на Украине.'],
    ['Иностранные военные базы на территории Украины Россия считает целями.'],
    ['У Москві погрожують західним військовим об’єктам в Україні.'],
    // The adjective says whose they are: Russia's army near does not veto it.
    ['Иностранные военные объекты на Украине будут целями для российской армии.'],
    ['Західні бази в Україні стануть цілями для російських ракет.'],
  ])('%s', (text) => {
    expect(ids(text, 'european-force')).toHaveLength(1);
  });
  it.each([
    ['Ракеты поразили военные объекты на Украине, сообщили в Минобороны.'],
    ['Західні військові об’єкти в Польщі посилили охорону.'],
  ])('not the force: %s', (text) => {
    expect(ids(text, 'european-force')).toEqual([]);
  });
});
