import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  detectLang,
  loadMatcher,
  type MatchSource,
  serializeMatcher,
} from '../../../src/matcher/index.ts';
import { decodeInts } from '../../../src/matcher/int-code.ts';

const SOURCE: MatchSource = {
  contexts: {
    envoy: {
      near: ['envoy', 'Keith', 'special (envoy|representative)'],
      notNear: ['cereal{|s}'],
      window: 6,
    },
    actor: { actor: true },
  },
  entries: [
    {
      id: 'us',
      kind: 'party',
      names: { en: ['US', 'U.S.', 'United States', { text: 'Washington', context: 'actor' }], uk: ['США'] },
    },
    { id: 'eu', kind: 'party', names: { en: ['EU'], uk: ['ЄС'] } },
    {
      id: 'ukraine',
      kind: 'party',
      names: {
        en: ['Ukraine', { text: 'Kyiv', context: 'actor' }],
        uk: ['Україн{а|и|і|у|ою}', { text: '(Київ|Києва|Києву|Києвом|Києві)', context: 'actor' }],
      },
    },
    {
      id: 'russia',
      kind: 'party',
      names: {
        en: ['Russia', { text: 'Moscow', context: 'actor' }],
        uk: ['Росі{я|ї|ю|єю}', { text: 'Москв{а|и|у|ою|і}', context: 'actor' }],
      },
    },
    {
      id: 'france',
      kind: 'party',
      names: { en: ['France', { text: 'Paris', context: 'actor' }], uk: ['Франці{я|ї|ю|єю}'] },
    },
    { id: 'nato', kind: 'party', names: { en: ['NATO'], uk: ['НАТО'] } },
    { id: 'crimea', kind: 'party', names: { en: ['Crimea'], uk: ['Крим{|у|ом|і}'] } },
    { id: 'putin', kind: 'party', names: { en: ['Putin'], uk: ['Путін{|а|у|им|ові}'] } },
    {
      id: 'kellogg',
      kind: 'party',
      names: { en: ['Keith Kellogg', { text: 'Kellogg', context: 'envoy' }], uk: [] },
    },
    { id: 'us-admin', kind: 'party', names: { en: ['[the] Biden administration'], uk: [] } },
    { id: 'biden', kind: 'party', names: { en: ['Biden'], uk: [] } },
    {
      id: 'ceasefire',
      kind: 'proposal',
      names: { en: ['ceasefire', 'cease-fire'], uk: ["перемир'я", 'припинення вогню'] },
    },
    {
      id: 'nato-non-accession',
      kind: 'proposal',
      names: { en: ["[Ukraine's] non-accession to NATO"], uk: [] },
    },
    {
      id: 'security-guarantees',
      kind: 'proposal',
      names: { en: ['security guarantee{|s}'], uk: ['гаранті{ї|й|ям|ями|ях} безпеки'] },
    },
    {
      id: 'crimea-recognition',
      kind: 'proposal',
      names: {
        en: ['(recogni{ze|se|tion of}) ~3 (control|sovereignty) over Crimea'],
        uk: ['визнан{ня|ню} ~3 Криму'],
      },
    },
    {
      id: 'sanctions-relief',
      kind: 'proposal',
      names: { en: ['(lift{|ing}|eas{e|ing}) [the] sanctions ~3 on Russia'], uk: [] },
    },
  ],
};

const m = compileMatcher(SOURCE);
const ids = (text: string, lang?: 'en' | 'uk' | 'auto') => m.find(text, { lang }).map((x) => x.id);

describe('case rules', () => {
  it('ALL-CAPS names match only in capitals: US is the United States, us is not', () => {
    expect(ids('The US and the EU told us so.')).toEqual(['us', 'eu']);
    expect(ids('let us know; Us too; Eu')).toEqual([]);
    expect(ids('U.S. officials')).toEqual(['us']);
  });
  it('an ALL-CAPS name of four letters or more also matches in title case, never in lower case', () => {
    const acronyms = compileMatcher({
      entries: [
        { id: 'nato', kind: 'party', names: { en: ['NATO'] } },
        { id: 'aid', kind: 'proposal', names: { en: ['PURL', 'HIMARS (launchers|rockets)'] } },
      ],
      contexts: {},
    });
    const found = (text: string) => acronyms.find(text, { lang: 'en' }).map((x) => `${x.id}: ${x.text}`);
    expect(found('Nato and NATO met.')).toEqual(['nato: Nato', 'nato: NATO']);
    expect(found('Purl money came.')).toEqual(['aid: Purl']);
    expect(found('They bought Himars rockets.')).toEqual(['aid: Himars rockets']);
    expect(found('They bought HIMARS launchers.')).toEqual(['aid: HIMARS launchers']);
    expect(found('nato, purl and himars rockets')).toEqual([]);
  });
  it('a built-in dateline keeps its capitals exact: a city in title case before the country is no dateline', () => {
    const ukraine = compileMatcher({
      entries: [{ id: 'ukraine', kind: 'party', names: { en: ['Ukraine'] } }],
      contexts: {},
    });
    const found = (text: string) => ukraine.find(text, { lang: 'en' }).map((x) => x.text);
    expect(found('KHARKIV, Ukraine (AP) — Shelling went on.')).toEqual([]);
    expect(found("Shells hit Kharkiv, Ukraine's second city.")).toEqual(['Ukraine']);
  });
  it('Capitalised names need a capital; lowercase names match at sentence start', () => {
    expect(ids('crimea and putin')).toEqual([]);
    expect(ids('Ceasefire now. CEASEFIRE! Security Guarantees')).toEqual([
      'ceasefire',
      'ceasefire',
      'security-guarantees',
    ]);
    expect(ids('PUTIN SAYS')).toEqual(['putin']);
  });
});

describe('boundaries', () => {
  it('uses Unicode word boundaries, also for Cyrillic', () => {
    expect(ids('Ukrainian Ukraines USA')).toEqual([]);
    expect(ids('Кримськотатарський Кримчак')).toEqual([]);
    expect(ids('Крим, Криму; Кримом.')).toEqual(['crimea', 'crimea', 'crimea']);
  });
  it('never matches across a block boundary', () => {
    expect(ids('security\nguarantees')).toEqual([]);
    expect(m.find('Keith\nKellogg').map((x) => x.text)).toEqual(['Kellogg']);
  });
});

describe('Ukrainian inflection and typography', () => {
  it('finds inflected forms', () => {
    expect(ids('Путіна, Путіним, Путіну, гарантій безпеки, гарантіями безпеки', 'uk')).toEqual([
      'putin',
      'putin',
      'putin',
      'security-guarantees',
      'security-guarantees',
    ]);
  });
  it('normalises apostrophes, dashes, spaces, soft hyphens and quotes', () => {
    for (const t of ["перемир'я", 'перемир’я', 'перемирʼя', 'перемир`я'])
      expect(ids(t)).toEqual(['ceasefire']);
    expect(ids('cease–fire cease‑fire cease fire')).toEqual(['ceasefire', 'ceasefire', 'ceasefire']);
    expect(ids('security\u00a0guarantees security\u2009guarantees')).toEqual([
      'security-guarantees',
      'security-guarantees',
    ]);
    expect(ids('secu\u00adrity guaran\u00adtees')).toEqual(['security-guarantees']);
    expect(ids('«гарантій безпеки» “security guarantees”')).toEqual([
      'security-guarantees',
      'security-guarantees',
    ]);
    expect(ids('Russia’s control')).toEqual(['russia']);
  });
});

describe('patterns', () => {
  it('allows up to N words in a ~N gap, not more, and not across sentences', () => {
    expect(ids('recognize Russia’s control over Crimea')).toEqual(['crimea-recognition', 'russia', 'crimea']);
    expect(ids('recognise de jure Russian sovereignty over Crimea')).toEqual([
      'crimea-recognition',
      'crimea',
    ]);
    expect(ids('recognize one two three four control over Crimea')).toEqual(['crimea']);
    expect(ids('recognize it. Then control over Crimea')).toEqual(['crimea']);
    expect(ids('lifting the sanctions imposed on Russia')).toEqual(['sanctions-relief', 'russia']);
    expect(ids('визнання анексії Криму', 'uk')).toEqual(['crimea-recognition', 'crimea']);
  });
  it('optional words', () => {
    expect(m.find('the Biden administration')[0]!.text).toBe('the Biden administration');
    expect(m.find('Biden administration')[0]!.id).toBe('us-admin');
  });
});

describe('nesting and offsets', () => {
  it("reports parties nested in a proposal (Ukraine's non-accession to NATO)", () => {
    const found = m.find("Kyiv accepted Ukraine's non-accession to NATO.");
    expect(found.map((x) => [x.id, x.text, x.nested ?? false])).toEqual([
      ['ukraine', 'Kyiv', false],
      ['nato-non-accession', "Ukraine's non-accession to NATO", false],
      ['ukraine', 'Ukraine', true],
      ['nato', 'NATO', true],
    ]);
  });
  it('does not nest inside a party name: the Biden administration is not Biden', () => {
    expect(ids('the Biden administration said')).toEqual(['us-admin']);
  });
  it('offsets index the original text, also after removed soft hyphens and astral characters', () => {
    const text = '😀 secu\u00adrity guarantees for Ukra\u00adine 🇺🇦 and the US';
    for (const x of m.find(text)) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(m.find(text).map((x) => x.id)).toEqual(['security-guarantees', 'ukraine', 'us']);
  });
});

describe('context rules', () => {
  it('Kellogg only as the envoy, never the cereal company', () => {
    expect(ids('US special envoy Kellogg met Zelensky')).toEqual(['us', 'kellogg']);
    expect(ids('Kellogg makes breakfast cereals')).toEqual([]);
    expect(ids("Kellogg's cornflakes")).toEqual([]);
  });
  it('reads a hyphen written tight between words as the space of a context phrase', () => {
    // "special representative" is a two-word context phrase: "special-representative" holds it too.
    expect(ids('the special-representative Kellogg met Zelensky')).toEqual(['kellogg']);
    expect(ids('the special - representative Kellogg')).toEqual([]);
    expect(ids('the special-adviser Kellogg')).toEqual([]);
  });
  it('cities count as governments only as actors, never in datelines', () => {
    expect(ids('Kyiv • UNN\nKyiv insists on security guarantees.')).toEqual([
      'ukraine',
      'security-guarantees',
    ]);
    expect(ids('KYIV, April 25 (Reuters) - Ukraine said')).toEqual(['ukraine']);
    expect(ids('differences between Washington and Kyiv')).toEqual(['us', 'ukraine']);
    expect(ids("Moscow's demands. Moscow has rejected it.")).toEqual(['russia', 'russia']);
    expect(ids('Talks were held in Paris on Thursday.')).toEqual([]);
    expect(ids('Paris and London have pledged troops.')).toEqual(['france']);
    expect(ids('Київ наполягає. Москва відкидає. Переговори у Києві.')).toEqual(['ukraine', 'russia']);
    expect(ids('позиція Києва, переговори з Москвою, Київ •')).toEqual(['ukraine', 'russia']);
  });
  it('a city asked to act is a government; one travelled from is a place', () => {
    expect(ids('Moscow wants Kyiv to withdraw.')).toEqual(['russia', 'ukraine']);
    expect(ids('Russia demands that Kyiv pull out.')).toEqual(['russia', 'ukraine']);
    expect(ids('The train from Kyiv to Lviv. He said that Kyiv streets were cold.')).toEqual([]);
    expect(ids('Москва все ще хоче від Києва поступок.')).toEqual(['russia', 'ukraine']);
    expect(ids('Він їхав від Києва до Львова.')).toEqual([]);
    expect(ids('У Москві заявили, що це неприйнятно. У Києві вважають інакше.')).toEqual([
      'russia',
      'ukraine',
    ]);
    expect(ids('У Києві відбулися переговори. У Москві пройшов парад.')).toEqual([]);
    expect(ids('Саме цього хоче Москва.')).toEqual(['russia']);
    expect(ids('Він відвідав Москву і Київ.')).toEqual([]);
  });
  it('a city given, owed or refused something is a government; a city travelled to or hit is not', () => {
    expect(ids('The bloc agreed a fresh loan to Kyiv.')).toEqual(['ukraine']);
    expect(ids('He warned that ceding land to Moscow would reward aggression.')).toEqual(['russia']);
    expect(ids('Critics call the draft favourable to Moscow.')).toEqual(['russia']);
    expect(ids('The allies of Kyiv met again on Friday.')).toEqual(['ukraine']);
    expect(ids('There was little criticism from Moscow this time.')).toEqual(['russia']);
    expect(ids('Drones were downed on the approach to Moscow.')).toEqual([]);
    expect(ids('Residents of Kyiv queued for water.')).toEqual([]);
    expect(ids('Debris fell across the territory of Kyiv.')).toEqual([]);
    expect(ids('Drones struck the Kyiv government quarter.')).toEqual([]);
  });
  it('two capitals joined by "and" share the words around them', () => {
    expect(ids('The envoy got Moscow and Kyiv to pause strikes on power plants.')).toEqual([
      'russia',
      'ukraine',
    ]);
    expect(ids('Washington offered guarantees to both Kyiv and Moscow.')).toEqual([
      'us',
      'ukraine',
      'russia',
    ]);
    expect(ids('Kyiv and several European partners remain wary.')).toEqual(['ukraine']);
    expect(ids('Drones hit Kyiv and its suburbs overnight.')).toEqual([]);
    expect(ids('In Kyiv’s Podil district, two people were hurt.')).toEqual([]);
  });
  it('a city as subject past adverbs or an aside, or as object of pressure verbs, is a government', () => {
    expect(ids('Moscow today firmly rejected the offer.')).toEqual(['russia']);
    expect(ids('Kyiv still controls part of the region.')).toEqual(['ukraine']);
    expect(ids('Moscow, however, insists on more land.')).toEqual(['russia']);
    expect(ids('The Kremlin insisted Kyiv withdraw first.')).toEqual(['ukraine']);
    expect(ids('The draft would require Kyiv to shrink its army.')).toEqual(['ukraine']);
    expect(ids('Zelensky criticised Moscow for the delay.')).toEqual(['russia']);
    expect(ids('The envoys keep pushing Kyiv toward concessions.')).toEqual(['ukraine']);
    expect(ids('Until the Kyiv regime gives in, the offensive goes on.')).toEqual(['ukraine']);
    expect(ids('Trump urges Kyiv to accept the plan.')).toEqual(['ukraine']);
    expect(ids('The strikes prompted Moscow to move its air defences.')).toEqual(['russia']);
    expect(ids('Ukraine called on Washington to keep up the pressure.')).toEqual(['ukraine', 'us']);
    expect(ids('New tariffs were imposed on Moscow last week.')).toEqual(['russia']);
    expect(ids('Officials from Kyiv described the talks as tough.')).toEqual(['ukraine']);
    expect(ids('He ruled out sending long-range missiles to Kyiv.')).toEqual(['ukraine']);
    expect(ids('The ambassador was called to Moscow for consultations.')).toEqual([]);
    expect(ids('Officials in Kyiv cleared the debris.')).toEqual([]);
  });
  it('Ukrainian: a bare dative, coordinated subjects, stance words and asides; city parts stay places', () => {
    expect(ids('Київ і Москва погодили обмін полоненими.')).toEqual(['ukraine', 'russia']);
    expect(ids('Москві вигідно затягувати переговори.')).toEqual(['russia']);
    expect(ids('Нову допомогу пообіцяли Києву.')).toEqual(['ukraine']);
    expect(ids('Союзники передали Києву ще одну партію допомоги.')).toEqual(['ukraine']);
    expect(ids('Москва, очевидно, затягує переговори.')).toEqual(['russia']);
    expect(ids('Москва категорично відкидає цю ідею.')).toEqual(['russia']);
    expect(ids('Москва знову повторює свої вимоги.')).toEqual(['russia']);
    expect(ids('Москва налаштована продовжувати війну.')).toEqual(['russia']);
    expect(ids('Європа посилює тиск на Москву.')).toEqual(['russia']);
    expect(ids('Партнери закликали Київ не поспішати.')).toEqual(['ukraine']);
    expect(ids('У Москві тоді пообіцяли відповісти.')).toEqual(['russia']);
    expect(ids('Москва щоразу відкидає такі пропозиції.')).toEqual(['russia']);
    expect(ids('Київ та його партнери узгодили спільну позицію.')).toEqual(['ukraine']);
    expect(ids('Київ та його передмістя залишилися без світла.')).toEqual([]);
    expect(ids('Мер Києва повідомив про пошкодження.')).toEqual([]);
    expect(ids('Без світла залишилася третина Києва.')).toEqual([]);
    expect(ids('Київ перебуває під масованою атакою.')).toEqual([]);
    expect(ids('Зустріч почнеться о 18:00 за Києвом.')).toEqual([]);
    expect(ids('Експерти в Москві вважають інакше.')).toEqual([]);
    expect(ids('У самій Москві пролунали вибухи.')).toEqual([]);
    expect(ids('Дрони атакували Київ і передмістя.')).toEqual([]);
    expect(ids('Києву загрожує новий блекаут.')).toEqual([]);
    expect(ids('Переговори пройшли у Києві та Москві.')).toEqual([]);
    expect(ids('Київ та Одеса залишилися без світла.')).toEqual([]);
  });
});

describe('hyphens', () => {
  it('a tight hyphen inside a name stands for its space; a spaced dash does not', () => {
    expect(ids('a security-guarantees document')).toEqual(['security-guarantees']);
    expect(ids('security - guarantees')).toEqual([]);
    expect(ids('a security-minded guarantee')).toEqual([]);
  });

  it('a name that goes on with a hyphen does not hide one that goes on with a space from the same word', () => {
    const both = compileMatcher({
      entries: [
        { id: 'all-ukrainian', kind: 'proposal', names: { en: ['all-Ukrainian vote'], uk: [] } },
        { id: 'all-for-all', kind: 'proposal', names: { en: ['all for all swap'], uk: [] } },
      ],
      contexts: {},
    });
    const found = (text: string) => both.find(text, { lang: 'en' }).map((x) => x.id);
    expect(found('an all-for-all swap')).toEqual(['all-for-all']);
    expect(found('an all for all swap')).toEqual(['all-for-all']);
    expect(found('an all-Ukrainian vote')).toEqual(['all-ukrainian']);
    expect(found('an all Ukrainian vote')).toEqual(['all-ukrainian']);
  });
});

describe('notPrecededBy', () => {
  const source: MatchSource = {
    entries: [
      {
        id: 'leave',
        kind: 'proposal',
        names: { en: [{ text: 'leave Donbas', context: 'not-russia' }], uk: [] },
      },
    ],
    contexts: { 'not-russia': { notPrecededBy: ['Russia [(must|should)]'] } },
  };
  const withdrawal = compileMatcher(source);
  const found = (text: string, matcher = withdrawal) => matcher.find(text, { lang: 'en' }).map((x) => x.id);

  it('vetoes a name right after one of its phrases, in the same sentence', () => {
    expect(found('Russia must leave Donbas')).toEqual([]);
    expect(found('Russia leave Donbas')).toEqual([]);
    expect(found('Kyiv says Russia should leave Donbas.')).toEqual([]);
  });

  it('lets it stand when the phrase is further off, in the sentence before, or not the subject', () => {
    expect(found('Russia wants Kyiv to leave Donbas')).toEqual(['leave']);
    expect(found('Russia must. Leave Donbas, it says')).toEqual(['leave']);
    expect(found('Ukraine must leave Donbas')).toEqual(['leave']);
    expect(found('leave Donbas')).toEqual(['leave']);
  });

  it('survives serialisation', () => {
    const packed = serializeMatcher(source);
    expect(found('Russia must leave Donbas', loadMatcher(JSON.parse(JSON.stringify(packed))))).toEqual([]);
    expect(found('Ukraine must leave Donbas', loadMatcher(JSON.parse(JSON.stringify(packed))))).toEqual([
      'leave',
    ]);
  });
});

describe('acronyms in context phrases', () => {
  const source: MatchSource = {
    entries: [
      {
        id: 'vote',
        kind: 'proposal',
        names: { en: [{ text: 'go to elections', context: 'not-abroad' }], uk: [] },
      },
    ],
    contexts: { 'not-abroad': { notNear: ['(US|EU)', '(Moldova|РФ)'], window: 6 } },
  };
  const voting = compileMatcher(source);
  const found = (text: string, matcher = voting) => matcher.find(text, { lang: 'auto' }).map((x) => x.id);

  it('keeps a two- or three-capital Latin acronym exact, as in a name: "us" is not "US"', () => {
    expect(found('The US wants Kyiv to go to elections.')).toEqual([]);
    expect(found('Give us time: we will go to elections.')).toEqual(['vote']);
    expect(found('Eu, they said, will go to elections.')).toEqual(['vote']);
  });

  it('leaves longer words and Cyrillic acronyms caseless («рф» for «РФ»)', () => {
    expect(found('MOLDOVA will go to elections.')).toEqual([]);
    expect(found('У рф go to elections.')).toEqual([]);
  });

  it('survives serialisation', () => {
    const packed = loadMatcher(JSON.parse(JSON.stringify(serializeMatcher(source))));
    expect(found('The US wants Kyiv to go to elections.', packed)).toEqual([]);
    expect(found('Give us time: we will go to elections.', packed)).toEqual(['vote']);
  });
});

describe('nearInside', () => {
  const source = (nearInside: boolean): MatchSource => ({
    entries: [
      {
        id: 'leave',
        kind: 'proposal',
        names: { en: [{ text: 'withdrawal ~4 from all of Ukraine', context: 'c' }], uk: [] },
      },
    ],
    contexts: { c: { near: ['Russian forces'], window: 3, ...(nearInside ? { nearInside: true } : {}) } },
  });
  const found = (text: string, matcher: ReturnType<typeof compileMatcher>) =>
    matcher.find(text, { lang: 'en' }).map((x) => x.id);

  it('lets a near word in the name’s own gap count only when the rule says so', () => {
    const text = 'the EU wants the withdrawal of all Russian forces from all of Ukraine';
    expect(found(text, compileMatcher(source(false)))).toEqual([]);
    expect(found(text, compileMatcher(source(true)))).toEqual(['leave']);
    // Neither inside nor near: still nothing.
    expect(found('the withdrawal of all troops from all of Ukraine', compileMatcher(source(true)))).toEqual(
      [],
    );
  });

  it('survives serialisation', () => {
    const copy = loadMatcher(JSON.parse(JSON.stringify(serializeMatcher(source(true)))));
    expect(found('withdrawal of Russian forces from all of Ukraine', copy)).toEqual(['leave']);
  });
});

describe('context rules in the serialised form', () => {
  it('stores each distinct phrase once, and every rule reads back the phrases it was given', () => {
    const source: MatchSource = {
      entries: [
        { id: 'a', kind: 'proposal', names: { en: [{ text: 'alpha', context: 'one' }], uk: [] } },
        { id: 'b', kind: 'proposal', names: { en: [{ text: 'beta', context: 'two' }], uk: [] } },
      ],
      contexts: {
        one: { near: ['Ukraine', 'Kyiv'], notNear: ['cereal'], window: 5 },
        two: { near: ['Kyiv', 'security council'], notPrecededBy: ['Russia must'], actor: true },
      },
    };
    const packed = serializeMatcher(source);
    expect([...packed.contexts.phrases].sort()).toEqual([
      'cereal',
      'kyiv',
      'russia must',
      'security council',
      'ukraine',
    ]);
    const copy = loadMatcher(JSON.parse(JSON.stringify(packed)));
    const original = compileMatcher(source);
    for (const text of [
      'alpha in Ukraine',
      'alpha in Kyiv with cereal',
      'alpha',
      'Kyiv beta',
      'Russia must beta in Kyiv',
    ])
      expect(copy.find(text), text).toEqual(original.find(text));
    expect(copy.find('alpha in Ukraine').map((x) => x.id)).toEqual(['a']);
    expect(copy.find('Russia must beta in Kyiv').map((x) => x.id)).toEqual([]);
  });
});

describe('languages', () => {
  it('detects the language and can restrict names to it', () => {
    expect(detectLang('Україна наполягає на гарантіях')).toBe('uk');
    expect(detectLang('Ukraine insists')).toBe('en');
    expect(detectLang('Россия выдвинула новые условия')).toBe('ru');
    // A Ukrainian report quoting a Russian phrase stays Ukrainian: its own letters outnumber the quote's.
    expect(detectLang('Україна відкинула «вывод войск», якого вимагає Росія від її армії')).toBe('uk');
    // No letter only one of the two has: Ukrainian, as the extension assumes.
    expect(detectLang('Кремль отверг перемирие')).toBe('uk');
    expect(ids('Ukraine Україна', 'en')).toEqual(['ukraine']);
    expect(ids('Ukraine Україна', 'uk')).toEqual(['ukraine']);
    expect(ids('Ukraine Україна', 'auto')).toEqual(['ukraine', 'ukraine']);
  });
});

describe('serialised form', () => {
  it('a matcher rebuilt from JSON finds the same mentions', () => {
    const copy = loadMatcher(JSON.parse(JSON.stringify(serializeMatcher(SOURCE))));
    const text = 'Kyiv insists: recognize Russia’s control over Crimea? No. Putina. Путіна, US, us';
    expect(copy.find(text)).toEqual(m.find(text));
  });

  it('stores outputs as runs and children as steps from their parent, and reads both back', () => {
    const source: MatchSource = {
      entries: [
        {
          id: 'a',
          kind: 'proposal',
          names: { en: [{ text: 'alpha one' }, { text: 'alpha two' }, { text: 'gamma' }], uk: [] },
        },
        { id: 'b', kind: 'proposal', names: { en: [{ text: 'beta' }, { text: 'delta' }], uk: [] } },
      ],
      contexts: {},
    };
    const packed = serializeMatcher(source);
    // Entry 0's three names end in one shared node (minimize.ts merges ends that report the same),
    // so do entry 1's two (then the built-in words every matcher has, as entry -1): one output each,
    // written as runs, not a value per output.
    const [e1, n1, e2, n2] = packed.index.outEntry;
    expect([n1, n2]).toEqual([1, 1]);
    expect([e1, e2].sort()).toEqual([0, 1]);
    expect(packed.index.outEntry.length).toBe(6);
    // One step to the any-case child per record, 0 where there is none (never -1, which int-code cannot write).
    const anySteps = [...decodeInts(packed.index.any)];
    expect(anySteps).toHaveLength(decodeInts(packed.index.nodeSteps).length);
    expect(anySteps).toContain(0);
    const copy = loadMatcher(JSON.parse(JSON.stringify(packed)));
    const text = 'alpha two, beta and gamma; alpha one; delta; alpha three';
    expect(copy.find(text)).toEqual(compileMatcher(source).find(text));
    expect(copy.find(text).map((x) => x.id)).toEqual(['a', 'b', 'a', 'a', 'b']);
  });
});
