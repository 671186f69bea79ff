// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/annotator/engine.ts';
import { MARK_TAG } from '../../../src/annotator/highlighter.ts';
import {
  isOnTopic,
  TOPIC_MIN_SIGNALS,
  type TopicIds,
  tallyTopic,
  topicIds,
} from '../../../src/annotator/topic.ts';
import type { Matcher, Mention } from '../../../src/annotator/types.ts';
import { loadDataset } from '../../../src/data/load.ts';
import { toNameIndex } from '../../../src/data/name-index.ts';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/types.ts';
import { DATA } from '../data/helpers.ts';
import { devset } from '../matcher/devset.ts';

/** Every occurrence of each word, as the entry it names. */
function wordMatcher(words: Record<string, [string, Mention['kind']]>): Matcher {
  return {
    find(text) {
      const out: Mention[] = [];
      for (const [word, [id, kind]] of Object.entries(words))
        for (const m of text.matchAll(new RegExp(`\\b${word}\\b`, 'g')))
          out.push({ id, kind, start: m.index, end: m.index + word.length, text: word });
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

const matcher = wordMatcher({
  ceasefire: ['ceasefire', 'proposal'],
  Trump: ['trump', 'party'],
  Ukraine: ['ukraine', 'party'],
  Russia: ['russia', 'party'],
  Zelensky: ['zelensky', 'party'],
  '28-point plan': ['us-28-point-plan-2025-11', 'plan'],
});
const TOPIC: TopicIds = {
  signals: new Set(['ukraine', 'russia', 'zelensky', 'us-28-point-plan-2025-11']),
  sides: new Set(['ukraine', 'russia', 'zelensky']),
  ukraineSide: new Set(['ukraine', 'zelensky']),
  warProposals: new Set(['donbas-withdrawal']),
};

/** An article of `paragraphs`, gated by `topic` (null: no gate). */
function page(paragraphs: string[], topic: TopicIds | null = TOPIC) {
  document.body.innerHTML = `<article id="a">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
  return createAnnotator({
    root: document,
    matcher,
    settings: { ...DEFAULT_SETTINGS, density: 'every' },
    findArticle: (doc) => doc.getElementById('a'),
    topic: topic ?? undefined,
  });
}

const marks = () => document.querySelectorAll(`${MARK_TAG}:not([data-sp-part])`).length;

describe('topicIds', () => {
  it("takes the war's two sides, the people who speak for them and every plan from the dataset", () => {
    const { dataset } = loadDataset(DATA);
    const ids = topicIds(toNameIndex(dataset!).entries);
    for (const id of ['ukraine', 'russia', 'zelensky', 'putin', 'peskov', 'us-28-point-plan-2025-11'])
      expect(ids.signals.has(id), id).toBe(true);
    for (const id of ['ukraine', 'zelensky', 'yermak', 'umerov'])
      expect(ids.ukraineSide.has(id), id).toBe(true);
    for (const id of ['russia', 'putin', 'peskov', 'us-28-point-plan-2025-11'])
      expect(ids.ukraineSide.has(id), id).toBe(false);
    // Mediators and third parties are named in stories about anything: they are no signal.
    for (const id of ['us', 'trump', 'europe', 'nato', 'ceasefire', 'security-guarantees'])
      expect(ids.signals.has(id), id).toBe(false);
  });

  it('passes every real article of the dev set about the war, from its first two paragraphs on (one hundred and three from their third, thirty-six from their fourth, twenty-four from their fifth, eleven from their sixth, fourteen from their seventh, thirteen from their eighth, five from their ninth, eleven from their tenth, four from their eleventh, two from their twelfth, one from its fourteenth, one from its fifteenth), and not the cereal one', () => {
    const index = toNameIndex(loadDataset(DATA).dataset!);
    const real = compileMatcher(index);
    const ids = topicIds(index.entries);
    // Blind articles whose first two paragraphs name only one side: the Politico piece's headline
    // and dek name only Ukraine (Kyiv is where the leaders travel), and its first paragraph adds
    // Russia and Moscow; the AP piece's headline and first paragraph name only the Kremlin and the US
    // (Ukraine is in the dateline, which is never a party), and its second adds Ukraine. Listed here
    // so that a gate that starts passing them earlier, or later, fails this test.
    const LATE: Record<string, number> = {
      'politico-eu-2026-02-23-hungary-20th-package': 3,
      'apnews-2025-03-26-black-sea-sanctions': 3,
      // Its first two paragraphs are Putin, the Kremlin and Europe; Ukraine comes in the third.
      'nytimes-2025-12-03-kremlin-witkoff-kushner': 3,
      // A held-out piece on the leaked Witkoff-Ushakov call, found here by this test (not read for it).
      'novayagazeta-eu-ru-2025-11-26-witkoff-ushakov-leak': 3,
      // A held-out piece on Rosatom's head and the Zaporizhzhia plant: its lead names the plant, the US
      // and the IAEA but neither side, and Russia comes in its eighth paragraph. The content script
      // reads the whole text, so it is marked.
      'interfax-ru-2025-12-25-likhachev-znpp-signals': 8,
      // A held-out piece on the EU's 19th sanctions package: its lead names the EU, Russia and the US;
      // Zelensky comes in its fourth paragraph.
      'dw-2025-10-23-19th-package-lng': 4,
      // A held-out piece on the European leaders' statement of 21 October 2025: its headline and dek name
      // Europe, Trump and Moscow as the one squeezed ("squeeze Moscow", found as the government since the
      // mends after blind pair 11), and its first paragraph the war in Ukraine, so the gate passes it from
      // its third paragraph.
      'politico-eu-2025-10-21-line-of-contact-statement': 3,
      // A held-out piece on Zelensky and Macron in Paris (1 December 2025), found here by this test (not
      // read for it): its first two paragraphs hold one signal (the gate wants two), so it passes from
      // its third. The content script reads the whole text, so it is marked.
      'tsn-uk-2025-12-01-paris-macron-guarantees': 3,
      // A held-out piece on Putin's Victory Day truce of May 2025, found here by this test (not read for
      // it): its first four paragraphs gave Ukraine's side no mention of its own and named no proposal
      // only this war has, so the gate passed it from its fifth; since the mends after blind pair 16
      // (which read it) its dek's «Киев в ответ предложил» is Kyiv as an actor, and it passes from its
      // first two paragraphs.
      // The blind pieces of pair 17 (read when they were mended). The Rada's ratification of the
      // minerals agreement: its headline and first paragraphs name Ukraine, the US and the deal (no
      // proposal only this war has) and the factions; Sybiha, the second signal, comes in its fifth.
      // Witkoff in St Petersburg: its headline, standfirst and first paragraphs are Putin, Witkoff,
      // Russia and the US; Ukraine («урегулирования на Украине») comes in its fifth. The content
      // script reads the whole text, so both are marked.
      'epravda-uk-2025-05-08-nadra-ratification': 5,
      'kommersant-ru-2025-04-11-witkoff-petersburg': 5,
      // Trump's letter to NATO on Russian oil (pair 18, found here by this test, not read for it): Russia,
      // Trump and NATO until Ukraine comes in its tenth paragraph.
      'npr-2025-09-13-nato-oil-letter': 10,
      // The last pairs' pieces found here by this test (not read for it): Zelensky's call in Munich for
      // an army of Europe, one signal in its first two paragraphs; the Putin–Trump call after the
      // airfield strikes, Russia and the US only until Ukraine's side comes in its sixth.
      'politico-eu-2025-02-15-munich-armed-forces-of-europe': 3,
      'interfax-ru-2025-06-04-putin-trump-call-airfields': 6,
      // The twenty-fifth session's blind pieces found here by this test (not read for it): Trump's tariff
      // on India after Witkoff's Moscow visit and the EU's 18th package, one signal until their fourth
      // paragraph; Dmitriev in Washington, told twice (Interfax, Meduza), Russia and the US only until
      // Zelensky's reply in their eighth.
      'apnews-2025-08-06-india-oil-tariff-witkoff': 4,
      'unian-uk-2025-07-18-18th-package-price-cap': 4,
      'interfax-ru-2025-04-03-dmitriev-washington': 8,
      'meduza-ru-2025-04-03-dmitriev-washington': 8,
      // Later the same session: the coalition's Northwood call, told twice (Guardian, Politico Europe),
      // one signal in the first two paragraphs; the EU's shadow-fleet package and the EU's renewal of
      // its sanctions, sanctions and Russia only until Ukraine's side comes in their seventh.
      'guardian-2025-07-10-northwood-coalition-hq': 3,
      'politico-eu-2025-07-10-northwood-paris-headquarters': 3,
      'bloomberg-2025-05-20-eu-uk-shadow-fleet-sanctions': 7,
      'suspilne-uk-2025-01-27-eu-sanctions-rollover-hungary': 7,
      // And Senator Graham's sanctions bill: Russia, Trump and the bill until Ukraine comes in its fourth.
      'independent-2026-01-08-graham-sanctions-bill': 4,
      // The twenty-sixth session's blind pieces found here by this test (not read for it): too few of
      // the gate's signals in their first paragraphs. Hungary's exemption from the US oil sanctions
      // passes from its tenth, the $12 trillion offer from its sixth, Putin's India Today interview told
      // by TASS from its fourth and by Meduza from its third, two Interfax pieces on Ushakov and the
      // coalition's ministers at NATO from their third. The content script reads the whole text.
      'cnbc-2025-11-07-hungary-oil-sanctions-exemption': 10,
      'euronews-2026-02-19-dmitriev-12-trillion': 6,
      'tass-ru-2025-12-04-putin-india-today-donbas': 4,
      'meduza-ru-2025-12-04-putin-india-today-donbas': 3,
      'interfax-ru-2025-12-12-ushakov-donbas-rosgvardia': 3,
      'interfax-ru-2025-12-22-ushakov-dmitriev-miami': 3,
      'politico-eu-2025-04-10-coalition-ministers-nato-hq': 3,
      // The twenty-seventh session's blind pieces found here by this test (not read for it): Likhachev on
      // the Zaporizhzhia plant, Russia and the plant until the US comes in its fourth paragraph; the
      // Bank of Russia's claim against Euroclear, Russia and the depository until Europe's loan for
      // Ukraine in its fifth; the Rada's working group on elections, Ukraine's own law until Trump in
      // its seventh.
      'interfax-ru-2026-03-13-likhachev-znpp-us-data-centers': 4,
      'kommersant-ru-2025-12-19-central-bank-euroclear-claim': 5,
      'liga-uk-2025-12-26-rada-elections-working-group': 7,
      // The twenty-eighth session's blind pieces found here by this test (not read for it): Ushakov on the
      // agreed Putin–Trump summit, Russia and the US until the war in Ukraine comes in its seventh
      // paragraph; Putin on the US sanctions against Rosneft and Lukoil, Russia and the US until the
      // peace terms for Ukraine in its tenth.
      'izvestia-ru-2025-08-07-ushakov-summit-agreed': 7,
      'vedomosti-ru-2025-10-24-putin-sanctions-budapest-postponed': 10,
      // The twenty-ninth session's blind pieces found here by this test (not read for it): Merz's
      // frozen-assets loan, Germany, Russia and Europe until Kyiv in its third paragraph; the expired
      // energy moratorium, Moscow and Washington until Kyiv in its fifth; Trump asking Putin to spare
      // the troops in Kursk region, until Ukraine in its fifth; Gunvor's bid for Lukoil's assets,
      // the US and Russia until the war in Ukraine in its seventh.
      'politico-eu-2025-09-25-merz-frozen-assets-loan': 3,
      'kommersant-ru-2025-04-18-energy-moratorium-expired': 5,
      'tsn-uk-2025-03-14-kursk-trump-spare-lives': 5,
      'meduza-ru-2025-11-07-gunvor-lukoil-kremlin-puppet': 7,
      // Thirtieth session's blind pairs: the Economist piece's first two paragraphs are the US strategy
      // and the Kremlin's praise; the Izvestia piece's lead names Putin and Trump, and Ukraine comes later.
      'economist-2025-12-08-security-strategy-kremlin-applause': 3,
      'izvestia-ru-2026-01-30-kyiv-strikes-pause-abu-dhabi': 3,
      // The session's second round: the LA Times lead is the strike and Europe's anger, The Hill's the
      // bodies returned to Ukraine, The Insider's the EU and Hungary, Forbes Russia's the Moscow market
      // and the US plan, the Kyiv Post's the senators and Rubio; the other side comes later.
      'latimes-2025-08-28-kyiv-strike-eu-mission-not-surprised': 3,
      'thehill-2025-12-19-bodies-1003-istanbul-deal': 4,
      'theins-ru-2025-03-14-eu-sanctions-hungary-delisting': 5,
      'forbes-ru-2025-11-21-moex-rally-28-point-plan': 6,
      'kyivpost-2025-11-23-rubio-wish-list-senators': 6,
      // Thirty-second session's blind pairs: Fontanka's lead is the plant's licence (Russia and the
      // IAEA), RTVI's Peskov and the Black Sea with Washington, Lenta's Putin's meeting after
      // Anchorage ("the Ukrainian crisis", an adjective), SCMP's the EU, China and its banks; Ukraine
      // or the other side is named later.
      'fontanka-ru-2025-12-24-zaes-licenziya-peregovory': 4,
      'rtvi-ru-2025-03-28-peskov-black-sea-rosselkhozbank': 4,
      'lenta-ru-2025-08-16-putin-alaska-kremlin-meeting': 8,
      'scmp-2025-07-19-eu-blacklists-chinese-banks': 7,
      // Thirty-fifth session's blind pairs: Telegraf's lead is the EU's sanctions package (the Commission
      // and Russia's tankers), The Bell's the White House's list of sanctions to ease (Russia and the US);
      // Ukraine is named later.
      'telegraf-uk-2026-02-06-20th-package-maritime-ban': 5,
      'thebell-ru-2025-03-04-sanctions-relief-list': 8,
      // Its fourth round: NBC's lead is the US sanctions on Rosneft and Lukoil and the summit called off,
      // Izvestia's Lukoil's sale to Carlyle; Ukraine comes later.
      'nbc-2025-10-22-rosneft-lukoil-sanctions-summit-off': 5,
      'izvestia-ru-2026-01-29-lukoil-carlyle-sanctions': 7,
      // Thirty-sixth session's round 5: TV Rain's lead is the strike on Voronezh and Moscow's answer (Russia
      // and the US); Ukraine's side is first named in its fifth paragraph.
      'tvrain-ru-2025-11-19-atacms-voronezh': 5,
      // Its sixth round: Militarnyi's lead is the strike on a Turkish ferry in Chornomorsk (Russia and the
      // port); Ukraine's side is first named in its third paragraph.
      'militarnyi-uk-2025-12-12-chornomorsk-turkish-ferry': 3,
      // Thirty-seventh session's eighth round: Novynarnia's lead is Syrskyi on the army's size (the ЗСУ,
      // which is no party mention); Ukraine's side is first named as such in its fifth paragraph.
      'novynarnia-uk-2025-12-29-syrskyi-800-thousand': 5,
      // Thirty-eighth session's tenth round: Ekho's lead is Dmitriev in Miami and the Arctic (Russia and
      // the US); Ukraine is first named in its third paragraph. Life.ru's is Ushakov on Putin's rapport
      // with Witkoff and Kushner; Ukraine's side is first named in its eleventh, on the Donbas.
      'echofm-ru-2025-12-21-dmitriev-miami-arctic': 3,
      'life-ru-2025-12-05-ushakov-kushner-polslova': 11,
      // Its eleventh round, scored blind and not read: Novye Izvestia's lead is Peskov on Trump's request to
      // Putin (Russia and the US), Segodnya's the E3 text against the US plan; Ukraine comes in the third.
      'newizv-ru-2026-01-30-kremlin-confirms-kyiv-pause': 3,
      'segodnya-uk-2025-11-23-e3-counterproposal-text': 3,
      // Its thirteenth round (fortieth session): Svobodnaya Pressa's lead is Putin's truce and Russia's
      // defence ministry; the Ukrainian side is only «ВСУ» and adjectives until Kyiv, in the third
      // paragraph under the headline.
      'svpressa-ru-2025-05-08-victory-truce-first-day': 4,
      // Uriadovyi Kurier's lead is Witkoff with Putin and the Kremlin's people; Ukraine comes in the third
      // paragraph under the headline.
      'ukurier-uk-2025-04-25-witkoff-putin-crimea': 4,
      // The Daily Express on Medvedev and the oil sanctions: Russia, the US and Europe until Kyiv in its
      // eleventh paragraph; URA.ru on Lukoil's foreign assets: the company and the US sanctions until
      // Russia and Ukraine at the front line in its eighth.
      'express-2025-10-23-medvedev-act-of-war-oil-sanctions': 12,
      'ura-ru-2025-10-27-lukoil-sells-foreign-assets': 9,
      // Its fourteenth round (forty-second session): Profile's lead names Moscow and "the Ukrainian
      // conflict" (an adjective); Zelensky comes in the third paragraph under the headline.
      'profile-ru-2025-10-27-evropeyskiy-plan-12-punktov-liniya-fronta': 3,
      // Its fourteenth round, late pairs (forty-third session): BFM's headline and lead are the
      // Kremlin, Peskov, Trump and Russia; Zelensky and Ukraine come in the paragraph after.
      'bfm-ru-2025-09-25-peskov-bumazhnyj-tigr-trump-zelensky': 3,
      // Rubryka's headline and lead have the Ukrainian delegation only as an adjective; the third
      // paragraph adds Umerov, who led it.
      'rubryka-uk-2025-12-02-perehovory-floryda-vitkoff-moskva': 3,
      // Its sixteenth round: Expert's headline and lead name Trump, Zelensky, the plant and Washington,
      // and Moscow only as the partner Washington checked with; Ukraine itself comes in the third
      // paragraph («между США и Украиной»).
      'expert-ru-2025-12-30-mar-a-lago-devyanosto-procentov': 3,
      // Its eighteenth round: The Jakarta Post's agency byline line counts as a paragraph; The Age and
      // Sibir.Realii lead with the US sanctions on Rosneft and Lukoil, Trump and Putin, and reach
      // Ukraine in their sixth and fourth paragraphs.
      'jakartapost-2025-12-16-berlin-article-5-guarantees-donbas': 3,
      'sibreal-ru-2025-10-24-sanktsii-rosneft-lukoil-sibir': 4,
      'theage-2025-10-24-trump-sanctions-rosneft-lukoil-budapest': 6,
      // Its twenty-first round: Mind.ua's headline and lead name the US plan and the Florida talks, and
      // its third paragraph has the Ukrainian negotiators only as an adjective; Ukraine itself comes in
      // the fourth (its short subheads are no paragraphs here).
      'mind-uk-2025-12-03-florida-moskva-myrnyi-plan-terytorii': 4,
      // The twenty-fourth round's Belsat piece: its first seven paragraphs are the Budapest summit, the
      // oil sanctions and Moscow's replies; Kyiv and Zelensky come in the eighth.
      'belsat-ru-2025-10-23-tramp-otmenil-budapesht-sankcii-neft': 8,
      // Its English pair, from Hungary Today: the summit and the sanctions first; Lavrov's halt "where
      // the armies now stand" in the fourth paragraph is the first term only this war has.
      'hungarytoday-2025-10-24-budapest-summit-on-hold-oil-sanctions': 4,
      // The twenty-eighth round's pair on NATO's Hague summit: the spending pledge first, so DutchNews
      // passes from its sixth paragraph (Russia as the threat) and Kavkazsky Uzel from its fourth.
      'dutchnews-2025-06-26-nato-hague-five-percent-patriots': 6,
      'kavkaz-uzel-ru-2025-06-27-nato-hague-five-percent-kremlin': 4,
      // The twenty-ninth round's Jamaica Observer piece on the Black Sea statements: its lead is the
      // US and Russia and the sanctions on a Russian bank.
      'jamaicaobserver-2025-03-26-black-sea-truce-rosselkhozbank-sanctions': 3,
      // The thirty-first round's Delo.ua piece on the oil sanctions: markets, Lukoil's assets and the EU
      // package until Zelensky comes in its ninth paragraph; Vlast.kz on Witkoff in the Kremlin is Putin,
      // Ushakov, the US documents and Putin on Europe for ten paragraphs, and Ukraine's side comes in
      // its eleventh.
      'delo-uk-2025-10-28-lukoil-sanktsii-ssha-yes': 9,
      'vlastkz-ru-2025-12-03-putin-uitkoff-kushner-kreml': 11,
      // The thirty-fifth round's CBS piece on the oil sanctions and the scrapped Budapest summit: Putin,
      // the Treasury, Russia and Trump until the Donbas and Zelensky come in its eighth paragraph.
      'cbsnews-2025-10-23-putin-oil-sanctions-budapest': 8,
      // The thirty-sixth and thirty-seventh rounds: Fontanka on Alaska (Trump, Putin, the US and the truce
      // before Kyiv), The Irish Times on the London talks (Zelenskiy alone for Ukraine's side in its
      // standfirst), Vedomosti on Abu Dhabi (the Kremlin and the exchange) and UNIAN on Witkoff in the
      // Kremlin (Putin, the envoys and Russia for eight paragraphs; Kyiv's answer comes in its ninth).
      'fontanka-ru-2025-08-16-trump-mir-vmesto-peremiriya-donbass': 3,
      'irishtimes-2025-04-23-trump-zelenskiy-crimea-london-talks': 3,
      'vedomosti-ru-2026-02-06-abu-dabi-vtoroy-raund': 3,
      'unian-uk-2025-12-03-putin-vitkoff-kushner-kreml': 9,
      // The forty-first round's Interfax piece on Dmitriev's Miami report (Dmitriev, Putin, Peskov and the
      // US for five paragraphs; Ukraine comes in its sixth) and the fortieth's Izvestia piece on The
      // Hague summit (NATO and Russia in its lead).
      'interfax-ru-2025-12-22-dmitriev-miami-doklad': 6,
      'izvestia-ru-2025-06-26-sammit-nato-gaaga': 3,
      // The forty-fifth round's pieces on the Sumy strike: Trump, Russia and the European leaders before
      // any Ukrainian side (Sumy is the city struck, not an actor); Zelensky comes in NPR's third
      // paragraph and Zerkalo's fourth.
      'npr-2025-04-14-trump-sumy-strike-mistake': 3,
      'zerkalo-ru-2025-04-14-sumy-udar-tramp-oshibka': 4,
      // The forty-seventh round's Hromadske piece on the shelved Budapest summit: Trump, Putin, the US,
      // NATO and Russia's oil firms for seven paragraphs (Kyiv only as a place that reacted, in a list
      // the gate does not count); Ukraine comes in its eighth.
      'hromadske-uk-2025-10-23-tramp-skasuvav-samit-sanktsii': 8,
      // The forty-eighth round's Novaya Gazeta Europe piece on Witkoff and Kushner in the Kremlin: Putin,
      // the envoys, Moscow and the US for four paragraphs; Kyiv comes in its fifth.
      'novayagazeta-eu-ru-2025-12-03-ushakov-kompromiss-ne-najden': 5,
      // The fifty-first round: DW's Russian piece on the Berlin talks (its headline and lead give the gate
      // one signal: Ukraine is nested in the guarantees, and «Киев ради них готов» is not read as the
      // government; Zelensky comes in its third paragraph) and UNN's on Moscow's answer to the European
      // plan (the Kremlin, the plans and the E3 for five paragraphs, Ukraine only in the delegations'
      // adjectives; it comes in its sixth).
      'dw-ru-2025-12-16-berlin-garantii-nato-donbass': 3,
      'unn-uk-2025-11-24-kreml-yevropeiskyi-plan-zheneva': 6,
      // The fifty-fourth round's pair on Witkoff in St Petersburg: the Guardian's dek and lead are the
      // envoy, Putin, Trump and the Kremlin (Ukraine as an adjective and as where the war is), passing
      // from its third paragraph; LIGA.net's first nine are the meeting, the Kremlin, Trump's post, the
      // White House, Peskov and Reuters' account of the four regions, passing from its tenth.
      'guardian-2025-04-12-witkoff-putin-st-petersburg-talks': 3,
      'liga-uk-2025-04-11-vitkoff-putin-peterburg': 10,
      // The fifty-ninth round: Al Jazeera's piece on the drones over Poland (Trump, Warsaw and the
      // drones for four paragraphs) passes from its fifth; the Independent's and RTVI's on the pause in
      // strikes on Kyiv (Kyiv only as the city struck, the Kremlin and Trump's request) from their fourth
      // and fifth.
      'aljazeera-2025-09-11-trump-poland-drones-mistake': 5,
      'independent-2026-01-30-kremlin-kyiv-strikes-pause': 4,
      'rtvi-ru-2026-01-30-kreml-tramp-pauza-udary-kiev': 5,
      // The sixtieth round: Politico's piece on Starmer in Washington (the backstop and the troops, Ukraine
      // only where the troops would go) passes from its fourth paragraph; Reuters' and Ukrainska Pravda's
      // on Witkoff in Moscow and the summit (the envoy, the Kremlin, the tariffs on India) from their
      // fourth and fifth. The sixty-first: Euractiv's on the EU's 18th package (sanctions, the price cap,
      // Slovakia's veto) from its tenth.
      'politico-2025-02-27-starmer-trump-backstop': 4,
      'reuters-2025-08-06-witkoff-putin-summit': 4,
      'pravda-uk-2025-08-07-putin-trump-zustrich': 5,
      'euractiv-2025-07-18-eu-18th-sanctions-package': 10,
      // The fiftieth session's rounds 62–71, whose leads hold one side only: the sanctions pieces on
      // Trump's letter to NATO and Graham's bill (Trump, NATO, Moscow and Russian oil, Ukraine later;
      // Focus and Ekonomichna Pravda from their seventh and fourth, Politico and the Washington
      // Examiner from their third), LIGA.net on Putin in Bishkek (Putin, the US plan and «українські
      // землі» as an adjective, Kyiv from its seventh), the Independent on the strike on Kyiv (Kyiv
      // as the city struck), RTVI and Vedomosti on the Witkoff-Ushakov leak and Abu Dhabi (Moscow and
      // Washington, Kyiv from the third), Slovo i Dilo on the Bürgenstock communique (the summit and
      // the Kremlin).
      'focus-uk-2025-09-13-tramp-nato-nafta-sanktsii': 7,
      'epravda-uk-2025-05-31-grem-myta-500-sanktsii': 4,
      'politico-2025-09-13-trump-nato-russian-oil-letter': 3,
      'washingtonexaminer-2025-05-30-graham-kyiv-russia-sanctions-bill': 3,
      'liga-uk-2025-11-27-putin-plan-osnova-ultymatum': 7,
      'independent-2025-08-28-kyiv-strike-eu-mission': 3,
      'rtvi-ru-2025-11-26-utechka-uitkoff-ushakov': 3,
      'vedomosti-ru-2025-11-26-ushakov-abu-dhabi-plan': 3,
      'slovoidilo-uk-2024-06-17-samit-myru-komiunike': 3,
      // Rounds 72–73: Kommersant on Scholz's call to Putin (Berlin and the Kremlin, Kyiv from its fourth),
      // Politico Europe on Witkoff's reading of Putin's offer (the envoy, the Kremlin, Bild and the
      // Europeans, Kyiv from its fifth), European Pravda on the EU summit (the EU and its rearmament,
      // Ukraine from its third).
      'kommersant-ru-2024-11-16-sholts-putin-zvonok': 4,
      'politico-2025-08-12-witkoff-putin-offer-europe-alaska': 5,
      'yevropeiskapravda-uk-2025-03-07-samit-yes-rearm-makron': 3,
      // The fifty-first session's rounds 74–79: BBC Russian on Orbán's tour (Orbán, Xi and the EU, Kyiv
      // and Moscow as places he went to, Ukraine's side from its fourth), TASS on Lavrov to Carlson
      // (Lavrov, Trump and Washington, the Ukrainian question from its seventh).
      'bbc-ru-2024-07-08-orban-missiya-mira': 4,
      'tass-ru-2024-12-06-lavrov-karlson-intervyu': 7,
      // Rounds 82–83: NV's English edition on the envoys' five hours in the Kremlin (Putin, Witkoff,
      // Ushakov, the US plan and "Ukrainian territory" as an adjective; Kyiv first acts in its eleventh).
      'nv-2025-12-03-kremlin-talks-no-territorial-compromise': 11,
      // Rounds 84–85: Babel's English edition on the renewed US sanctions (Trump, the Federal Register,
      // Moscow and the Kremlin's envoy; Ukraine's side first in its tenth).
      'babel-2026-02-20-trump-extends-russia-sanctions-year': 10,
      // Round 90: Politico Europe on China's envoy (China, Europe and Kyiv's side first; Russia in its third).
      'politico-2023-06-02-china-envoy-li-hui-denial': 3,
      // Round 93: Radio Svoboda on the Bürgenstock communiqué (who signed: countries and EU bodies;
      // Ukraine's foreign minister first in its fourth).
      'radiosvoboda-uk-2024-06-16-komyunike-samit-myru': 4,
      // Rounds 94–95: The Independent on Putin's warning over long-range missiles (Putin, Nato, the
      // White House and Sir Keir first; Kyiv's side in its third), and the grain deal's Odesa strike in
      // Interfax (its third) and TRT World (its fourth), whose leads are the UN, Türkiye and the port.
      'independent-2024-09-14-biden-starmer-storm-shadow-putin': 3,
      'interfax-ru-2022-07-24-udar-po-portu-odessy': 3,
      'trtworld-2022-07-23-odessa-strike-grain-deal': 4,
      // Rounds 96–97: The Telegraph on Sunak's pact (Britain and Kyiv as a place first; Ukraine's side
      // in its third), and the Sochi summit of Erdoğan and Putin on the grain deal in TASS (its fourth)
      // and Hürriyet Daily News (its seventh: six paragraphs on grain, Türkiye and Russia first).
      'telegraph-2024-01-12-sunak-kyiv-security-pact': 3,
      'tass-ru-2023-09-04-putin-erdogan-sochi-zernovaya-sdelka': 4,
      'hurriyetdailynews-2023-09-05-putin-erdogan-sochi-grain': 7,
      // Rounds 98–99: Trump's NATO remark in NBC News (its third) and RTVI (its fourth), whose leads are
      // Trump, NATO and the allies; The Hindu on India's abstention (the UN vote first; Ukraine's side
      // in its third); USA Today on Biden in Kyiv and Putin's New START speech (its third).
      'nbcnews-2024-02-12-trump-nato-whatever-the-hell': 3,
      'rtvi-ru-2024-02-12-tramp-nato-dolzhniki': 4,
      'thehindu-2023-02-24-india-abstains-unga-ukraine-peace': 3,
      'usatoday-2023-02-21-biden-kyiv-putin-new-start': 3,
      // Rounds 100–101: AP on the IAEA at the Zaporizhzhia plant (Grossi and the Security Council first;
      // Ukraine's side in its fourth) and The Telegraph on Kissinger at Davos (its third).
      'ap-2022-09-06-grossi-protection-zone': 4,
      'telegraph-2022-05-26-zelensky-kissinger-1938': 3,
      // Rounds 102–106 (fifty-third session): RBC and The Wall Street Journal on the Rosneft and Lukoil
      // sanctions (Peskov, the Treasury, Trump and the oil companies for nine paragraphs; Kyiv's side in
      // their tenth), Interfax on the Black Sea terms (the Kremlin's statement first; its fifth),
      // Ukrinform on the Kremlin's answer to Jeddah (Peskov, Rubio and Waltz first; its eighth), and
      // NV on Berlin, Ekonomichna Pravda on the minerals deal, Politico on the reparations loan,
      // Vedomosti on the Donbas zone, Gazeta.ru and The Times on Kellogg (their third).
      'rbc-ru-2025-10-26-sanctions-budapest': 10,
      'wsj-2025-10-31-rosneft-lukoil-budapest': 10,
      'interfax-ru-2025-03-26-black-sea-conditions': 5,
      'ukrinform-uk-2025-03-12-kreml-dzhidda': 8,
      'nv-uk-2025-12-16-berlin-talks': 3,
      'epravda-uk-2025-05-08-uhoda-pro-nadra': 3,
      'politico-2025-12-19-reparations-loan': 3,
      'vedomosti-ru-2026-02-14-donbass-sez': 3,
      'gazeta-ru-2026-02-05-kellogg-ushel': 3,
      'times-2025-11-20-kellogg-quits': 3,
      // Rounds 107–108: Reuters on Putin at Valdai (Putin, the US and Europe first; its third), the
      // Financial Times on Dmitriev (Dmitriev, Witkoff and Kushner in the Kremlin; its third) and RTVI
      // on his visit to the US (Dmitriev, Trump's team and the sanctions for five paragraphs; its sixth).
      'reuters-2025-10-02-putin-valdai-tomahawks': 3,
      'ft-2025-12-03-dmitriev-kremlin-dealmaker': 3,
      'rtvi-ru-2025-10-25-dmitriev-v-ssha': 6,
      // Rounds 109–110: The Moscow Times on Lavrov (Lavrov, the US plan and Europe first; its third),
      // Euractiv on the sanctions clauses (the EU and its packages; its fourth) and The Hill on Graham's
      // bill (the Senate, Trump and the tariffs for five paragraphs; its sixth).
      'moscowtimes-2025-11-25-lavrov-spirit-of-anchorage': 3,
      'euractiv-2025-11-24-sanctions-relief-unanimity': 4,
      'thehill-2025-07-15-graham-sanctions-bill-on-hold': 6,
      // Rounds 115–118 (fifty-fourth session): the Financial Times and Ekonomichna Pravda on the minerals
      // deal (the fund, the Treasury and the Rada's vote in their own words; their third and fifth),
      // Ukrinform on the 1,000-for-1,000 swap (the return from captivity, no proposal named; its third),
      // Reuters on the shelved Budapest summit (Trump, Putin and the oil sanctions; its fifth) and
      // Ukrainska Pravda on the ombudsman's channel for children (Lubinets and the US; its sixth).
      'ft-2025-05-01-minerals-deal': 3,
      'epravda-uk-2025-05-08-ratification-minerals-fund': 5,
      'ukrinform-uk-2025-05-26-obmin-1000-na-1000': 3,
      'reuters-2025-10-22-budapest-summit-cancelled': 5,
      'up-uk-2025-12-10-lubinets-melania-children': 6,
      // Rounds 119–120: RIA Novosti on China's paper (Peskov, the Kremlin, Beijing and the paper's
      // points for six paragraphs; Kyiv in its seventh), Interfax on Ushakov's account of the call
      // (Putin, Trump and the drone claim; its fifth) and the BBC on the Kyiv visit (the leaders, Kyiv
      // as the venue and Russia; Zelensky in its fourth).
      'ria-ru-2023-02-27-china-plan-peskov': 7,
      'interfax-ru-2025-12-29-ushakov-residence-call': 5,
      'bbc-2025-05-10-kyiv-ceasefire-demand': 4,
      // Rounds 121–123: Novaya Gazeta Europe on the spirit of Anchorage (Lavrov and the Kremlin; its
      // third), The Guardian on the London summit (Downing Street and Macron's truce; its third), and
      // Axios and Meduza on Witkoff's Moscow trip (Witkoff, Putin and Trump's deadline; their third and
      // eighth: the Russian piece is Witkoff, Dmitriev, Ushakov and the sanctions for seven paragraphs).
      'novayagazeta-europe-ru-2026-03-06-dukh-ankoridzha': 3,
      'guardian-2025-03-03-london-summit-truce': 3,
      'axios-2025-08-09-witkoff-putin-moscow': 3,
      'meduza-ru-2025-08-10-witkoff-putin-predlozhenie': 8,
      // Rounds 124–126: TASS's digest of the Kremlin meeting (Ushakov, Dmitriev, Putin, Witkoff and
      // Kushner, bullet by bullet for fourteen paragraphs; Ukraine's territory in its fifteenth), ZN.ua
      // on Munich (Vance, the security report and Rubio first; its fourth) and CNN on Trump's two weeks
      // (Trump, Putin and sanctions; Ukraine in its third).
      'tass-ru-2025-12-07-ushakov-dmitriev-kreml': 15,
      'zn-uk-2026-02-16-munich-concessions': 4,
      'cnn-2025-05-28-trump-putin-sanctions': 3,
      // Rounds 127–128: Politico Europe on the Victory Plan in Brussels (the EU, NATO's invite, Zelenskyy
      // and Berlin's no; Kyiv and the Rada in its third).
      'politico-eu-2024-10-18-victory-plan-brussels': 3,
      // Rounds 129–130: Axios on the Kremlin's answer to Jeddah (the Kremlin, Trump, the truce and
      // Washington; Ukraine in its third), Al Jazeera on Lavrov and Anchorage (Russia, Lavrov, Moscow and
      // Trump; Ukraine in its third), and Politico and Yevropeiska Pravda on the reparations loan (the EU,
      // Washington and the loan, Ukraine once in each of the first two; Russia or Ukraine again in the third).
      'axios-2025-03-12-kremlin-ceasefire-response': 3,
      'aljazeera-2025-11-25-lavrov-anchorage-spirit': 3,
      'politico-2025-12-19-reparations-loan-collapse': 3,
      'eurointegration-uk-2025-12-22-reparatsiina-pozyka': 3,
      // Rounds 131–132: Zaxid.net on the Kremlin's verdict on Bürgenstock (the Kremlin, Putin and Peskov
      // for four paragraphs; Ukraine in its fifth) and Vedomosti on the shelved Budapest summit (the US
      // sanctions and Moscow's no to a freeze; Russia again in its third).
      'zaxid-uk-2024-06-17-kreml-samit-myru': 5,
      'vedomosti-ru-2025-10-24-sankcii-vmesto-sammita': 3,
      // Rounds 135–136: Lenta.ru on the end of the Victory Day truce (the Defence Ministry's count of
      // violations and the truce, no side named; Ukraine and Russia in its third) and CNN on Melania
      // Trump's children (the first lady, the senators and the children; Russia and Ukraine in its fourth).
      'lenta-ru-2025-05-11-peremirie-itogi': 3,
      'cnn-2025-12-04-melania-children': 4,
      // Rounds 137–138: Ekonomichna Pravda on the minerals deal (Ukraine, the US and the fund; the gate
      // passes from its fourth paragraph, where the text's length and the US's share come in).
      'epravda-uk-2025-05-01-uhoda-pro-nadra': 4,
      // Rounds 139–140: Yevropeiska Pravda on Munich (Europe, Vance and Kellogg; Ukraine in its fourth),
      // RBC-Ukraine and the Washington Post on the Florida talks (the delegations, Witkoff and Putin;
      // Kyiv or Russia again in their third), Al Jazeera on the grain deal (Russia and the Kremlin; Ukraine
      // in its third) and LIGA.net on Putin's terms for it (Putin, Russia and the sanctions for nine
      // paragraphs; Ukraine in its tenth).
      'eurointegration-uk-2025-02-17-munich-europe-outside': 4,
      'rbcua-uk-2025-12-01-florida-talks': 3,
      'washingtonpost-2025-11-30-florida-talks': 3,
      'aljazeera-2023-07-17-black-sea-grain-deal': 3,
      'liga-uk-2023-07-19-grain-deal-conditions': 10,
      // Rounds 141–142: Glavcom on the Trump-Putin call (Europe, Trump, Putin and the 2014 borders; Ukraine
      // by name in its third), The Independent on Witkoff's interview (Witkoff, Trump and Putin; Ukraine in
      // its third) and The Times on the century partnership (Starmer and British troops; the gate passes
      // from its third).
      'glavcom-uk-2025-02-13-trump-putin-hegseth': 3,
      'independent-2025-03-24-witkoff-carlson-referendums': 3,
      'times-2025-01-16-starmer-kyiv-100-year-pact': 3,
      // Rounds 143–144: ZN.ua on the Vatican as a venue (Moscow, the Pope and Lavrov; Ukraine in its third),
      // Suspilne on the G7 statement after Sumy (the US, Trump's administration, Bloomberg and Canada for
      // nine paragraphs; the gate passes from its tenth) and The Telegraph on Trump's "mistake" (Trump,
      // Russia, Sumy as a city; Ukraine by name in its seventh).
      'zn-uk-2025-05-24-vatykan-perehovory': 3,
      'suspilne-uk-2025-04-15-sumy-g7': 10,
      'telegraph-2025-04-14-sumy-trump-mistake': 7,
      // Rounds 145–146: Fox News on Kellogg's zones (Trump, Kellogg and the Anglo-French force; Russia in
      // its third) and Interfax on the Black Sea terms (the Kremlin, the US and the sanctions bullet by
      // bullet for ten paragraphs; Ukraine in its eleventh).
      'foxnews-2025-04-12-kellogg-berlin-zones': 3,
      'interfax-ru-2025-03-25-rosselkhozbank-black-sea': 11,
      // Rounds 149–150: CNN and Fontanka on Witkoff's Moscow trip (Trump, Putin, the Kremlin and the US;
      // Ukraine in their third and fifth), Novaya Gazeta Europe on Sudzha (Putin, Trump and the Kursk
      // region; the gate passes from its third) and Der Spiegel on Merz in Kyiv (Merz, Macron, Starmer
      // and the truce; Kyiv's side named in its third).
      'cnn-2025-08-07-witkoff-putin-summit-india-tariffs': 3,
      'fontanka-ru-2025-08-07-putin-trump-vstrecha': 5,
      'novayagazeta-ru-2025-03-20-sudzha-okruzhenie': 3,
      'spiegel-2025-05-11-merz-kyiv-ceasefire': 3,
      // Rounds 151–152: TSN on the night meeting in the Kremlin (Witkoff, Kushner, Ushakov and the Kremlin
      // for seven paragraphs; Ukraine in its eighth), Ukrainska Pravda on Minsk II (the truce and the swap
      // in its headline; the sides named from its third) and Axios on the Article 5-like offer (the US,
      // Ukraine and the guarantee; the gate passes from its third).
      'tsn-uk-2026-01-23-ushakov-terytoriia': 8,
      'pravda-uk-2015-02-12-minsk-2': 3,
      'axios-2025-12-16-article-5-guarantee-congress': 3,
      // Rounds 153–168 (fifty-seventh session): Novaya Gazeta Europe on Orbán's "peace mission" (Orbán,
      // the EU presidency and the Commission; Kyiv as his first stop in its fourth), Ukrainska Pravda on
      // the Odesa port strike (Russia, Zakharova and the port; the gate passes from its fourth), Reuters on
      // the EU summit of December 2023 (the EU, Orbán and Kyiv's prize; Zelenskiy in its third), ZN.ua on
      // Zaluzhny's essay (the commander, Bankova and the front; the gate passes from its fourth), the
      // Guardian and Ukrainska Pravda on Witkoff and Kushner in the Kremlin (Putin, the envoys and Ushakov;
      // Ukraine in their third), RBC on the Rosneft and Lukoil sanctions (the Kremlin, the US Treasury and
      // the oil firms; Ukraine in its fifth) and Politico on the EU's €90 billion loan (the EU, Belgium and
      // Moscow; Kyiv's side named in its third).
      'novayagazetaeu-ru-2024-07-16-orban-peace-mission': 4,
      'pravda-uk-2022-07-24-odeskyi-port': 4,
      'reuters-2023-12-15-orban-veto-accession-talks': 3,
      'zn-uk-2023-11-25-hlukhyi-kut': 4,
      'guardian-2025-12-03-putin-witkoff-kushner-kremlin': 3,
      'pravda-uk-2025-12-03-ushakov-kompromisu-nemaie': 3,
      'rbc-ru-2025-10-26-rosneft-lukoil-sanctions': 5,
      'politico-2025-12-19-ukraine-loan-summit': 3,
      // Rounds 169–172 (fifty-eighth session): NV on Zelensky's offer to resign (NATO and the presidency;
      // Ukraine by name in its third), Euronews and Radio Svoboda on the EU's 19th package (the EU, LNG,
      // Rosneft and the tankers; the war's terms only in their tenth and eighth), TASS on Witkoff in St
      // Petersburg (the envoy, Putin and Dmitriev; Ukraine in its fourteenth), the Telegraph on Putin's
      // front-line offer and Meduza on Dmitriev in Washington (Russia and the US; Kyiv in their third),
      // Focus and Politico on Kellogg's departure (the envoy and the White House; the war's terms in their
      // fifth and third).
      'nv-uk-2025-02-23-zelenskyi-vidstavka-nato': 3,
      'euronews-2025-10-23-eu-19th-sanctions-lng': 10,
      'svoboda-ru-2025-10-24-19-paket-spg': 8,
      'tass-ru-2025-04-15-witkoff-putin-peterburg': 14,
      'telegraph-2025-04-23-putin-front-line-offer': 3,
      'meduza-ru-2025-04-04-dmitriev-v-vashingtone': 3,
      'focus-uk-2025-12-07-kellog-ostanni-metry': 5,
      'politico-2025-11-21-kellogg-exit': 3,
      // Rounds 175–187 (fifty-ninth session): Reuters on the replies to Russia's draft treaties of 2021
      // (the US, NATO and Lavrov; Ukraine in its seventh), the Washington Post on the Istanbul pull-back
      // and Bucha, Ekonomichna Pravda on the Odesa port strike, Izvestia on Putin's reply to the truce, Vatican
      // News on Pope Leo's call with Putin, Novaya Gazeta Europe on the nuclear doctrine, NBC and RIA on Rutte
      // with Trump, Politico on the EU's €90 billion loan, the Guardian on the Kremlin drone claim, Reuters
      // on Putin in Bishkek and Yevropeiska Pravda on the truce plan of March 2025 (Russia, the US or the EU
      // first; Ukraine by name or the war's terms in their third), Ekonomichna Pravda on the energy truce of
      // 2026 (prices and the grid; in its fifth), RBC and Politico on the Graham sanctions bill (the Senate,
      // tariffs and oil buyers; Ukraine in their eighth and twelfth), Ukrainska Pravda on the nuclear
      // submarines and Vedomosti on Witkoff and Kushner in Moscow (Medvedev, Trump and the Kremlin; the war's
      // terms in their ninth).
      'reuters-2022-01-27-security-guarantees-replies': 7,
      'washingtonpost-2022-04-07-istanbul-pullback-bucha': 3,
      'epravda-uk-2022-07-25-odesa-port-grain-corridor': 3,
      'izvestia-ru-2025-03-14-peremirie-voprosy': 3,
      'vaticannews-2025-06-05-pope-leo-putin-call': 3,
      'ukrainska-pravda-uk-2025-08-01-atomni-chovny': 9,
      'novayagazeta-europe-ru-2024-11-20-yadernaya-doktrina': 3,
      'politico-2025-07-15-graham-sanctions-hold': 12,
      'rbc-ru-2025-06-07-graham-sanctions-bill': 8,
      'nbcnews-2025-03-13-trump-rutte-putin-ceasefire': 3,
      'ria-ru-2025-03-13-tramp-putin-peremirie-ryutte': 3,
      'vedomosti-ru-2025-12-03-uitkoff-kushner-kreml': 9,
      'epravda-uk-2026-02-07-energy-truce': 5,
      'politico-2025-12-19-eu-90bn-ukraine-loan': 3,
      'guardian-2023-05-05-kremlin-drone-talks': 3,
      'reuters-2025-11-27-putin-bishkek-basis': 3,
      'evropeiska-pravda-uk-2025-03-28-truce-to-coalition': 3,
    };
    for (const a of devset()) {
      const lead = (n: number) =>
        a.text
          .slice(a.bodyStart)
          .split('\n')
          .filter((l) => l.trim().length > 40)
          .slice(0, n)
          .join('\n');
      // The AP piece on Kellogg the cereal company is a trap: nothing in it is about the war.
      const about = !a.name.includes('ferrero-kellogg');
      expect(isOnTopic(tallyTopic(real.find(a.text), ids)), a.name).toBe(about);
      if (!about) continue;
      const n = LATE[a.name] ?? 2;
      expect(isOnTopic(tallyTopic(real.find(lead(n)), ids)), `${a.name}, lead`).toBe(true);
      if (n > 2)
        expect(isOnTopic(tallyTopic(real.find(lead(n - 1)), ids)), `${a.name}, shorter lead`).toBe(false);
    }
    // Over a hundred articles matched twice each: seconds on a busy machine, not a time budget.
  }, 60_000);

  it('counts nested mentions too', () => {
    const found = [{ id: 'eu-ua-counterproposal-2025-04' }, { id: 'ukraine' }, { id: 'us' }];
    const ids = {
      signals: new Set(['eu-ua-counterproposal-2025-04', 'ukraine']),
      sides: new Set(['ukraine']),
      ukraineSide: new Set(['ukraine']),
      warProposals: new Set<string>(),
    };
    expect(tallyTopic(found, ids)).toEqual({ signals: 2, sides: 1, ukraineSide: 1, warProposals: 0 });
    expect(isOnTopic(tallyTopic(found, ids))).toBe(true);
    expect(TOPIC_MIN_SIGNALS).toBe(2);
  });

  it("needs Ukraine's side among the signals: plans alone were also Gaza's, Russia alone is in other news", () => {
    const plan = { id: 'us-28-point-plan-2025-11' };
    expect(isOnTopic(tallyTopic([plan, plan, plan], TOPIC))).toBe(false);
    expect(isOnTopic(tallyTopic([plan, { id: 'ukraine' }], TOPIC))).toBe(true);
    expect(isOnTopic(tallyTopic([{ id: 'ukraine' }], TOPIC))).toBe(false);
    // Russia as a party to the Iran deal, four times over: not a page about this war.
    const russia = { id: 'russia' };
    expect(isOnTopic(tallyTopic([russia, russia, russia, russia], TOPIC))).toBe(false);
    expect(isOnTopic(tallyTopic([russia, { id: 'zelensky' }], TOPIC))).toBe(true);
    // Russia demanding that Ukraine leave Donbas is this war, even where Kyiv is not found as such.
    expect(isOnTopic(tallyTopic([russia, russia, { id: 'donbas-withdrawal' }], TOPIC))).toBe(true);
    expect(isOnTopic(tallyTopic([plan, plan, { id: 'donbas-withdrawal' }], TOPIC))).toBe(false);
  });

  it("counts as this war's own exactly the proposals the dataset marks thisWarOnly", () => {
    const { dataset } = loadDataset(DATA);
    const entries = toNameIndex(dataset!).entries;
    const proposals = entries.filter((e) => e.kind === 'proposal');
    expect([...topicIds(entries).warProposals].sort()).toEqual(
      proposals
        .filter((e) => e.thisWarOnly)
        .map((e) => e.id)
        .sort(),
    );
    // The flag reaches the pages: the build's page entries are the name index without names.
    expect(proposals.some((e) => e.thisWarOnly)).toBe(true);
  });

  it("holds the generic proposals apart from this war's own", () => {
    const { dataset } = loadDataset(DATA);
    const entries = toNameIndex(dataset!).entries;
    const ids = topicIds(entries);
    for (const id of [
      'donbas-withdrawal',
      'zaporizhzhia-npp',
      'army-limits',
      'deported-children',
      'g8-return',
    ])
      expect(ids.warProposals.has(id), id).toBe(true);
    for (const id of [
      'ceasefire',
      'sanctions-relief',
      'security-guarantees',
      'prisoner-exchange',
      'referendum',
      'amnesty',
      'eu-membership',
      'language-religion',
      'non-aggression-pact',
    ])
      expect(ids.warProposals.has(id), id).toBe(false);
  });
});

describe('the topic gate', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
  });

  it('marks nothing on a page about something else, and says why', async () => {
    const annotator = page([
      'Trump said the ceasefire in Gaza would hold.',
      'The ceasefire began at noon; Trump, who has also sought to end the war in Ukraine, praised it.',
    ]);
    const result = await annotator.annotate();
    expect(result.state).toBe('off-topic');
    expect(result.markCount).toBe(0);
    expect(marks()).toBe(0);
    expect(document.getElementById('a')!.innerHTML).not.toContain(MARK_TAG);
  });

  it('marks nothing where only a plan is named, however often', async () => {
    const annotator = page([
      'Trump said his 28-point plan would bring a ceasefire.',
      'The 28-point plan was welcomed by mediators; the 28-point plan has a second phase.',
    ]);
    expect((await annotator.annotate()).state).toBe('off-topic');
    expect(marks()).toBe(0);
  });

  it('marks everything on a page about the war, the mediators and proposals included', async () => {
    const annotator = page(['Zelensky said Ukraine backs a ceasefire.', 'Trump spoke to both sides.']);
    const result = await annotator.annotate();
    expect(result.state).toBe('annotated');
    expect([...result.counts.keys()].sort()).toEqual(['ceasefire', 'trump', 'ukraine', 'zelensky']);
  });

  it('marks the whole page once new text makes it one about the war', async () => {
    const annotator = page(['Trump said the ceasefire would hold.']);
    expect((await annotator.annotate()).state).toBe('off-topic');
    const more = document.createElement('p');
    more.textContent = 'Later, Zelensky asked Russia for a ceasefire too.';
    document.getElementById('a')!.append(more);
    const result = await annotator.rescan([more]);
    expect(result.state).toBe('annotated');
    // The first paragraph is marked as well, not only the new one.
    expect(result.counts.get('trump')?.count).toBe(1);
    expect(result.counts.get('ceasefire')?.count).toBe(2);
  });

  it('keeps an unrelated page unmarked while new text brings no signal', async () => {
    const annotator = page(['Trump said the ceasefire would hold.']);
    await annotator.annotate();
    const more = document.createElement('p');
    more.textContent = 'The ceasefire held overnight, Trump said.';
    document.getElementById('a')!.append(more);
    const result = await annotator.rescan([more]);
    expect(result.state).toBe('off-topic');
    expect(marks()).toBe(0);
  });

  it('marks every page when no topic is given (benchmark, command line)', async () => {
    const annotator = page(['Trump said the ceasefire would hold.'], null);
    expect((await annotator.annotate()).state).toBe('annotated');
  });
});
