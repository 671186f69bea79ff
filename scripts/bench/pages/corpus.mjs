/**
 * Real-looking news prose about the peace talks, in English and Ukrainian, made from sentence templates
 * with slots. Written for the benchmark in our own words: reportage without quotes attributed to real
 * people. Output is HTML with the inline markup news sites use (links, strong, em, a mention split
 * across elements), so the annotator meets the same DOM shapes it meets on a real live blog.
 */

const EN = {
  party: [
    'the United States',
    'Ukraine',
    'Russia',
    'the European Union',
    'France',
    'Britain',
    'Germany',
    'NATO',
    'Washington',
    'Kyiv',
    'Moscow',
    'the Kremlin',
    'the White House',
    'European allies',
    'the coalition of the willing',
    'US officials',
    'Ukrainian officials',
    'Russian officials',
    'the EU',
    'the UK',
    'Europe',
    'the Trump administration',
  ],
  person: [
    'Donald Trump',
    'President Trump',
    'Volodymyr Zelensky',
    'Vladimir Putin',
    'Steve Witkoff',
    'Marco Rubio',
    'Keith Kellogg',
    'Andriy Yermak',
    'Rustem Umerov',
    'Andrii Sybiha',
    'Sergei Lavrov',
    'Dmitry Peskov',
    'Kirill Dmitriev',
    'Emmanuel Macron',
    'Keir Starmer',
    'Friedrich Merz',
    'Ursula von der Leyen',
    'Mark Rutte',
    'JD Vance',
  ],
  short: [
    'Trump',
    'Zelensky',
    'Putin',
    'Witkoff',
    'Rubio',
    'Yermak',
    'Umerov',
    'Lavrov',
    'Peskov',
    'Macron',
    'Starmer',
    'Merz',
    'Rutte',
    'Sybiha',
  ],
  proposal: [
    'security guarantees',
    'a full and unconditional ceasefire',
    'a 30-day ceasefire',
    'an energy ceasefire',
    "recognition of Russia's control over Crimea",
    'freezing the front lines',
    'lifting sanctions on Russia',
    'sanctions relief',
    "Ukraine's non-accession to NATO",
    'a European reassurance force',
    'frozen Russian assets',
    'the Zaporizhzhia nuclear power plant',
    'military assistance',
    'the minerals deal',
    'elections in Ukraine',
    "a cap on Ukraine's army",
    'Article 5-like guarantees',
    'a truce',
    'the reparations loan',
    'the 1991 borders',
  ],
  plan: [
    'the initial US framework',
    "Ukraine's counterproposal",
    'the 28-point plan',
    'the Peace Formula',
    "China's 12-point plan",
    'the Istanbul communique',
    "Putin's conditions",
    'the European counterproposal',
    'the US peace plan',
  ],
  place: [
    'Geneva',
    'Riyadh',
    'Istanbul',
    'Abu Dhabi',
    'Jeddah',
    'Miami',
    'Brussels',
    'Warsaw',
    'Vienna',
    'Helsinki',
  ],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  topic: [
    'the energy grid',
    'grain exports through the Black Sea',
    'prisoner exchanges',
    'air defence deliveries',
    'the return of deported children',
    'reconstruction funding',
    'rail links to the west',
    'drone production',
    'power outages in the east',
    'humanitarian corridors',
    'demining of farmland',
    'the winter heating season',
  ],
  sentences: [
    '{party} said on {day} that talks on {proposal} would continue next week in {place}.',
    'Negotiators from {party} and {party} met for several hours in {place}, according to two people briefed on the meeting.',
    '{person} told reporters that {plan} was still being discussed and that no final text had been agreed.',
    'The delegation arrived in {place} late on {day}, with {proposal} expected to top the agenda.',
    'Diplomats said the main sticking point remained {proposal}, which {party} has so far refused to accept.',
    'According to a person familiar with the draft, {plan} mentions {proposal} only in general terms.',
    '{short} later wrote on social media that the meeting had been constructive but difficult.',
    'Officials in {party} expect a written response to {plan} by the end of the month.',
    'Analysts note that {proposal} has been raised in every round of talks since the spring.',
    'A spokesperson for {party} declined to comment on the details of {plan}.',
    'Separately, officials discussed {topic} and {topic}, two issues that have drawn less attention.',
    'The talks in {place} were the {num}th such meeting this year, and the first to include {party}.',
    '{person} is due to brief lawmakers on {day} about {proposal} and {topic}.',
    'In a phone call with {person}, {short} raised {proposal} and the question of {topic}.',
    'Local authorities reported overnight strikes on {topic}, hours before the delegations sat down.',
    'Several European capitals have said that {proposal} must be part of any lasting settlement.',
    'The draft seen by reporters runs to {num} pages and devotes a separate section to {proposal}.',
    'Markets reacted calmly to the news, and the hryvnia was little changed against the dollar.',
    'Behind closed doors, {party} is said to be pressing for {proposal} before any other step.',
    '{party} and {party} issued a joint statement welcoming progress on {topic}.',
    'It is not yet clear whether {person} will travel to {place} for the next round.',
    'Critics of {plan} argue that it asks far more of {party} than of {party}.',
    'Supporters of the approach say {proposal} could be phased in over several years.',
    'The meeting ended without a communique, and a second day of talks was added at short notice.',
    'Residents of the frontline towns told us that they follow the negotiations closely but expect little.',
    'The foreign ministers of {party} and {party} spoke by phone on {day} evening.',
    'A senior official said the sides were closer on {topic} than a month ago, without giving details.',
    'Questions about {proposal} were referred to the working groups, which meet again on {day}.',
    'Energy workers restored power to {num} thousand homes after the latest attack on {topic}.',
    'The envoys also touched on {proposal}, though no one expects a breakthrough on it soon.',
    'Parliamentarians from {party} visited {place} to discuss {topic} with their counterparts.',
    'An earlier version of {plan} had been circulated among allies in {place} two weeks ago.',
    'The defence ministers agreed to speed up {proposal}, with the first deliveries due within weeks.',
    'Polls suggest most Ukrainians reject any deal that would include {proposal}.',
    "Kellogg's cereal sales were not discussed, one diplomat joked to reporters as the session broke for lunch.",
    'Paris was grey and rainy as the delegations gathered near the Élysée for the working dinner.',
    'Let us be clear about one thing, an adviser said: the schedule is still being worked out.',
  ],
  headlines: [
    'Talks resume in {place}',
    '{short} comments on {plan}',
    'Overnight: strikes on {topic}',
    'What we know about {plan}',
    '{party} responds to the draft',
    'Envoys meet in {place}',
    'Key points of the day',
    'Update on {proposal}',
    'Reaction from {party}',
  ],
};

const UK = {
  party: [
    'Україна',
    'України',
    'Росія',
    'Росії',
    'США',
    'Сполучені Штати',
    'Європа',
    'Європи',
    'ЄС',
    'Франція',
    'Британія',
    'Німеччина',
    'НАТО',
    'Кремль',
    'Білий дім',
    'європейські союзники',
    'українська делегація',
    'американська сторона',
  ],
  person: [
    'Дональд Трамп',
    'Трамп',
    'Трампа',
    'Володимир Зеленський',
    'Зеленський',
    'Зеленського',
    'Володимир Путін',
    'Путін',
    'Путіна',
    'Стів Віткофф',
    'Марко Рубіо',
    'Кіт Келлог',
    'Андрій Єрмак',
    'Рустем Умєров',
    'Андрій Сибіга',
    'Сергій Лавров',
    'Дмитро Пєсков',
    'Емманюель Макрон',
    'Кір Стармер',
    'Фрідріх Мерц',
    'Урсула фон дер Ляєн',
    'Марк Рютте',
  ],
  proposal: [
    'гарантії безпеки',
    'гарантій безпеки',
    'повне та безумовне припинення вогню',
    "перемир'я",
    'перемир’я',
    'визнання контролю Росії над Кримом',
    'визнання Криму російським',
    'заморожування лінії фронту',
    'зняття санкцій з Росії',
    'послаблення санкцій',
    'невступ України до НАТО',
    'європейський контингент',
    'заморожені російські активи',
    'Запорізька АЕС',
    'Запорізької АЕС',
    'військова допомога',
    'угода про корисні копалини',
    'вибори в Україні',
    'обмеження чисельності ЗСУ',
  ],
  plan: [
    'початкова рамкова пропозиція США',
    'контрпропозиція України',
    'план з 28 пунктів',
    'Формула миру',
    'мирний план Китаю',
    'Стамбульське комюніке',
    'умови Путіна',
    'європейська контрпропозиція',
  ],
  place: ['Женеві', 'Ер-Ріяді', 'Стамбулі', 'Абу-Дабі', 'Джидді', 'Маямі', 'Брюсселі', 'Варшаві'],
  day: ['у понеділок', 'у вівторок', 'у середу', 'у четвер', "у п'ятницю", 'у суботу', 'у неділю'],
  topic: [
    'енергосистему',
    'експорт зерна',
    'обмін полоненими',
    'постачання ППО',
    'повернення депортованих дітей',
    'фінансування відбудови',
    'розмінування полів',
    'опалювальний сезон',
    'гуманітарні коридори',
  ],
  sentences: [
    'За словами джерел, {party} наполягає на тому, щоб {proposal} обговорювали першочергово.',
    'Делегації зустрілися в {place} {day}, переговори тривали кілька годин.',
    '{person} заявив, що {plan} досі обговорюється і остаточного тексту немає.',
    'Головним каменем спотикання залишається {proposal}, повідомляють дипломати.',
    'Окремо сторони обговорили {topic} та {topic}.',
    'У {party} очікують письмової відповіді на {plan} до кінця місяця.',
    'Аналітики зазначають, що {proposal} піднімали в кожному раунді переговорів.',
    'Речник відмовився коментувати деталі, пославшись на домовленості сторін.',
    'Вночі ворог атакував {topic}, повідомили місцеві органи влади.',
    '{person} має поінформувати депутатів про {proposal} {day}.',
    'Проєкт документа налічує {num} сторінок і окремо згадує {proposal}.',
    'Опитування свідчать, що більшість українців не погодиться на {proposal} за будь-яких умов.',
    'Міністри закордонних справ обговорили {topic} телефоном {day} ввечері.',
    'Наступний раунд переговорів може відбутися в {place}, але дату ще не погоджено.',
    'Критики вважають, що {plan} вимагає від України значно більше, ніж від Росії.',
    'Енергетики відновили живлення для {num} тисяч родин після атаки на {topic}.',
    'Дипломати кажуть, що позиції сторін щодо {proposal} поки що не зблизилися.',
    'Депутати з Європи відвідали Київ, щоб обговорити {topic}.',
  ],
  headlines: [
    'Переговори в {place}',
    'Що відомо про {plan}',
    'Реакція: {party}',
    'Головне за день',
    'Нічна атака',
  ],
};

const INLINE = ['strong', 'em', 'b', 'i'];

function fill(template, lex, r, decorate) {
  return template.replace(/\{(\w+)\}/g, (_, slot) => {
    if (slot === 'num') return String(2 + r.int(40));
    const value = r.pick(lex[slot]);
    return decorate(slot, value);
  });
}

function escText(text) {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Wraps a slot value in the inline markup news sites use, sometimes splitting it across elements. */
function decorator(r) {
  return (slot, value) => {
    const text = escText(value);
    const roll = r.next();
    if ((slot === 'party' || slot === 'person' || slot === 'short') && roll < 0.25) {
      return `<a href="/tag/${encodeURIComponent(value.toLowerCase().replace(/\s+/g, '-'))}">${text}</a>`;
    }
    if ((slot === 'proposal' || slot === 'plan') && roll < 0.15) {
      const words = text.split(' ');
      if (words.length > 1) {
        // A mention split across inline elements: "security <em>guarantees</em>".
        const cut = 1 + r.int(words.length - 1);
        const tag = r.pick(INLINE);
        return `${words.slice(0, cut).join(' ')} <${tag}>${words.slice(cut).join(' ')}</${tag}>`;
      }
    }
    if ((slot === 'proposal' || slot === 'plan') && roll < 0.3) {
      const tag = r.pick(INLINE);
      return `<${tag}>${text}</${tag}>`;
    }
    if (slot === 'topic' && roll < 0.1) return `<a href="/topics/${r.int(999)}">${text}</a>`;
    return text;
  };
}

function capitalise(html) {
  // Sentences that open with a slot value must still start with a capital letter.
  return html.replace(/^((?:<[^>]+>)*)(\p{Ll})/u, (_, tags, ch) => tags + ch.toUpperCase());
}

/** One paragraph of HTML: 3-6 sentences in the given language. */
export function paragraph(r, lang = 'en') {
  const lex = lang === 'uk' ? UK : EN;
  const decorate = decorator(r);
  const count = 3 + r.int(4);
  const out = [];
  for (let i = 0; i < count; i++) out.push(capitalise(fill(r.pick(lex.sentences), lex, r, decorate)));
  return out.join(' ');
}

/** A short live-blog entry headline (HTML) in the given language. */
export function headline(r, lang = 'en') {
  const lex = lang === 'uk' ? UK : EN;
  return capitalise(fill(r.pick(lex.headlines), lex, r, (_slot, v) => escText(v)));
}

/** Every literal slot value: handy for checking that the pages really contain the dataset's names. */
export const LEXICON = { en: EN, uk: UK };
