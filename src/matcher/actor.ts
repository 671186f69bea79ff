/**
 * The built-in `actor` context rule: a capital city counts as its government only when the
 * sentence treats it as one ("Kyiv insists", "Moscow's demands", "between Washington and Kyiv",
 * "позиція Києва", "Москва відкидає") and never in a dateline ("Kyiv • UNN",
 * "KYIV, April 25 (Reuters) -", "Київ •"). Conservative by design: no clear signal, no mention.
 * Also the built-in `seat` rule (`isSeat`, at the end): a seat of government counts unless it is a
 * venue, the other way round, since "the Kremlin" almost always means the government.
 */
import { Gap, type Token } from './tokenize.ts';

/** Tokens by index: a `TokenList` or a plain array (out of range: undefined). */
export interface TokenSeq {
  at(t: number): Token | undefined;
}

/** A set of words from one space-separated list. */
const words = (list: string) => new Set(list.split(' '));

const EN_VERBS = words(
  'says said say wants wanted want rejected rejects reject rejecting insists insisted insist has have had is was ' +
    "are were will would could can cannot can't may might must should shall believes believe believed agreed agrees agree " +
    'refused refuses refuse proposed proposes propose demanded demands demand offered offers warned warns accused ' +
    'accuses denied denies sees saw considers considered hopes hoped expects expected signed signs presented ' +
    'sent sends responded responds welcomed welcomes opposes opposed oppose supports supported support backed backs ' +
    "seeks sought does did doesn't didn't won't wouldn't hasn't isn't claims claimed argues argued " +
    'insisting signaled signalled signals announced announces pledged pledges promised promises objected objects ' +
    'accepted accepts accept needs needed pushed pushes urged urges called calls views viewed regards ' +
    'maintains maintained continues continued plans planned intends intended prefers preferred faces faced ' +
    'knows knew thinks thought fears feared replied replies countered counters launched struck ' +
    'approved approves vetoed blocked blocks stressed stresses emphasised emphasized confirmed confirms ' +
    "hadn't aren't wasn't weren't lifts lifted halts halted resumes resumed cuts suspends suspended " +
    'freezes froze pauses paused moves moved ends ended takes took gets got keeps kept ' +
    'agreeing refusing demanding seeking accepting offering remain remains controls holds reports interprets ' +
    'spoke speaks made makes finds found increases tries tells asks lets admits acknowledges allows ' +
    'reiterates prepares awaits uses seizes threatens escalates occupies sets',
);
const EN_ADVERBS = words(
  'also still already now reportedly repeatedly has have had will would could may might must should then later too ' +
    'again officially publicly firmly strongly quickly not never clearly apparently today yesterday',
);
/** A word right before the city that makes it a government: "talks with Moscow", "urged Kyiv". */
const EN_ACTOR_BEFORE = words(
  'between with against urged urging urge told tell telling pressed pressing pressure pressuring persuade ' +
    'convince convinced by allies ally backing backed support supporting supported asked asking urges ' +
    'warned warning accused accusing offer offers offered give gives gave giving hand hands handed press presses ' +
    'forced forcing force let lets letting have make makes made help helps helped join joined reassure reassured ' +
    'persuaded favouring favoring favours favors favoured favored criticised criticized criticise criticize ' +
    'criticising criticizing accuse accuses push pushes pushed pushing blamed blames blaming provide provides ' +
    'providing provided sway swaying swayed pressures pressured',
);
/**
 * "X for/to/on/from <city>": the city is a government after these nouns and verbs ("support for Kyiv",
 * "assistance to Kyiv", "sanctions on Moscow", "response from Moscow", "provocative for Moscow", "a loan to
 * Kyiv", "land to Moscow"). Money, land and documents go to a government; a trip or a drone goes to a
 * place, so neither "flights" nor "approach" is here ("on the approach to Moscow").
 */
const EN_ACTOR_AFTER_PREP = words(
  'support aid assistance weapons guarantees guarantee signed provocative acceptable unacceptable win victory ' +
    'concession concessions message signal signals proposal proposals offer response reply answer delivered ' +
    'handed sent presented passed sanctions pressure demands tariffs restrictions reaction comment word ' +
    'gift threat ultimatum loyal loyalty ties relations loan loans credit funds funding billion million ' +
    'euros dollars deliveries supplies transferred allocated territory land favourable favorable beneficial ' +
    'condition conditions priority warning warnings complaint complaints criticism rhetoric draft memorandum letter ' +
    'missiles arms imposed officials negotiators diplomats delegation opposition demand request requests ' +
    'approval consent according envoys envoy delegations representatives emissaries negotiator diplomat official',
);
/** "wants Kyiv to withdraw", "expects Moscow to agree", "got Moscow and Kyiv to pause": asked to act. */
const EN_ASK_TO = words(
  'wants want wanted expects expect expected asks ask demands demand demanded needs need needed allow allows ' +
    'allowed require requires required get gets got prompt prompts prompted prompting encourage encourages ' +
    'encouraged encouraging allowing letting',
);
/** "demands that Kyiv pull out", "insisted Kyiv withdraw": the word before a subjunctive clause. */
const EN_SUBJUNCTIVE = words('that insist insists insisted insisting demand demands demanded demanding');
/** "demands that Kyiv pull out": the city does the verb in a subjunctive clause. */
const EN_BASE_VERBS = words(
  'pull withdraw cede give accept recognise recognize abandon drop renounce surrender hand leave agree sign ' +
    'hold stop end halt limit reduce cut return',
);
/** "the Kyiv regime": the city names the government it houses ("the Kyiv government quarter" is a place). */
const EN_GOV_NOUNS = words('regime leadership');
/** "Kyiv and several European partners", "allies of Kyiv": the city stands beside its allies. */
const EN_ALLIES = words('allies ally partners backers supporters');
/** "Moscow, however, insists": a word set off by commas between the city and its verb (or an adverb). */
const EN_ASIDES = words('however meanwhile though instead therefore');
/**
 * The last word of a source set off by commas between the city and its verb: "Moscow, sources say, will
 * reject", "Kyiv, officials said, has agreed", "Moscow, it seems, is ready".
 */
const EN_SOURCE_SAYS = words(
  'say says said believe believes believed claim claims claimed seems seemed appears appeared suggest ' +
    'suggests suggested reported reports noted notes added adds think thinks thought argue argues argued',
);
/** Fixed asides of several words between the city and its verb: "Kyiv, for its part, rejected". */
const EN_ASIDE_PHRASES = new Set([
  'for its part',
  'in turn',
  'in response',
  'in return',
  'for now',
  'so far',
  'at the same time',
  'in particular',
  'as expected',
  'once again',
  'by contrast',
  'in contrast',
  'on the other hand',
  'of course',
  'in fact',
  'as before',
]);
/**
 * Parts of the city itself after "Kyiv's" or "Kyiv and its" ("Kyiv's Podil district", "Kyiv and its
 * suburbs"), or right after it ("Kyiv residents", "Moscow time"): a place, despite the possessive or a
 * word before that would make it a government ("according to Kyiv residents").
 */
const EN_CITY_PARTS = words(
  'district districts suburb suburbs outskirts street streets centre center metro subway skies residents ' +
    'mayor airport airports region oblast neighbourhood neighborhood surrounding people citizens time city',
);
/** The capitals the rule knows, for lists ("Paris, Berlin, and London") and to end a source between commas. */
const EN_CAPITALS = words('kyiv kiev moscow washington paris berlin london brussels beijing rome warsaw');
/** A word right before the city that makes it a place: "talks in Paris", "flew to Moscow". */
const EN_PLACE_BEFORE = words(
  'in at to near outside around over toward towards into across of via visit visited visiting inside for on from',
);

const UK_ACTOR_BEFORE = words('між з із зі проти разом для между против');
/**
 * Of those, the ones that mean "with" or "between" only before the instrumental ("з Києвом", "між
 * Москвою і Києвом", "с Вашингтоном"): before the genitive they mean "from" ("з Києва", "с Киева"),
 * which is an origin, not a partner in talks.
 */
const UK_WITH = words('між з із зі с со между');
/** The instrumental of the capitals: "Києвом", "Москвою", "Москвой", "Вашингтоном", "Брюсселем". */
const UK_INSTRUMENTAL = /(ом|ем|ою|ой)$/;
/**
 * A government's people or word that comes "from" a capital: "делегація з Києва", "сигнал из Москвы",
 * "ответ от Вашингтона", "представники від Києва" (a trip from it, "прилетів з Києва", stays a place).
 */
const UK_FROM = words('з із зі из от від');
const UK_FROM_HEADS = words(
  'сигнал сигнали сигналу сигналів сигналом відповідь відповіді реакція реакції реакцію заява заяви ' +
    'заяву пропозиція пропозиції пропозицію послання делегація делегації делегацію делегацією делегацій ' +
    'представник представники представників посланці посланців переговірники переговірників емісари ' +
    'емісарів ' +
    // The same in Russian ("сигнал из Москвы", "ответ от Вашингтона", "делегация из Киева").
    'сигналы сигнала сигналов ответ ответа реакция реакции заявление заявления предложение предложения ' +
    'послание делегация делегацию делегацией делегаций представители представителей посланники ' +
    'посланников переговорщики переговорщиков эмиссары эмиссаров',
);
/**
 * Verbs of saying, answering and insisting before a capital in the nominative, which is then their
 * subject ("заявил Киев", "ответил Вашингтон", "наполягає Київ"): none takes a city as its object, as
 * "посетил Киев" or "атаковали Киев" do. Москва, whose nominative is never an object, needs no list.
 */
const UK_SAY_BEFORE = words(
  'заявил заявляет ответил отвечает сообщил сообщает настаивает настаивал настоял считает полагает ' +
    'утверждает подчеркнул подчеркивает отметил отмечает возразил отказался отказывается согласился ' +
    'соглашается отреагировал реагирует потребовал требует добивается выступает пояснил объяснил уточнил ' +
    'опроверг отверг отвергает пообещал обещает дал даёт дает придерживается ' +
    // Ukrainian.
    'заявив заявляє відповів відповідає повідомив повідомляє наполягає наполягав вважає стверджує ' +
    'наголосив наголошує зазначив зазначає відреагував реагує вимагає вимагав погодився погоджується ' +
    'відмовився відмовляється пояснив підкреслив заперечив заперечує відкинув відкидає ' +
    'пообіцяв обіцяє дотримується',
);
/** Infinitives that take no object, so that a capital after them is their subject: "готов пойти Киев". */
const UK_INTRANSITIVE = words(
  'пойти идти согласиться отказаться ответить участвовать піти погодитися погодитись ' +
    'відмовитися відмовитись відповісти поступитися',
);
/** Modal and stance words before an infinitive whose subject follows it: "готова пойти Москва". */
const UK_MODAL = words(
  'готов готова готовий может може хочет хоче намерен намерена має должен должна собирается ' +
    'збирається согласен согласна згоден згодна',
);
/** "закликали Київ", "звинуватив Москву": a verb of pressing or blaming right before the city. */
const UK_ACTOR_VERBS = words(
  'закликав закликала закликали закликає закликають закликаючи звинуватив звинуватила звинуватили ' +
    'звинувачує звинувачують звинувачуючи обвинуватив обвинувачує обвинувачуючи змусити змушує змушують ' +
    'змусив змусила змусили примусити переконати переконав переконала переконали переконує підштовхнути ' +
    'підштовхує підштовхують схилити схиляє схиляють схиляти підтримати підтримує підтримують підтримав ' +
    'підтримали попередив попередила попередили ' +
    // The same in Russian ("призвал Киев", "принудив Киев и Москву к переговорам").
    'призвал призвала призвали призывает призывают призывая обвинил обвинила обвинили обвиняет обвиняют ' +
    'обвиняя вынудить вынуждает вынуждают вынудил вынудила вынудили принудить принуждает принудил ' +
    'принудила принудили принудив убедить убедил убедила убедили поддержать поддерживает поддерживают ' +
    'поддержал поддержала поддержали предупредил предупредила предупредили',
);
/** "тиск на Київ", "тиснуть на Москву": pressure lands on a government, despite "на". */
const UK_PRESS_ON = words(
  'тиск тиску тиском тиснути тисне тиснуть тиснув тиснула тиснули тиснучи натиснути натисне натиснув ' +
    'вплив впливу впливати вплинути давление давления давлением давить давят надавить',
);
/**
 * The dative ("Москві вигідно", "Києву запропонували", "передати Києву", "пояснити Вашингтону"): given,
 * offered or explained to a government. Only without a preposition ("по Києву", "у Москві" are places),
 * not after a locative or an adjective ("у Києві та Москві", "у Лондоні, Москві", "у самій Москві") and
 * not as what the city faces ("Києву загрожує блекаут").
 */
const UK_DATIVE = words('києву москві вашингтону парижу берліну лондону пекіну');
/**
 * The same in Russian ("Москве выгодна пауза", "Киеву предложили гарантии"; "вашингтону", "лондону",
 * "парижу" are spelled alike), not after "и" or an adjective ("в Киеве и Москве", "по всей Москве").
 */
const RU_DATIVE = words('москве киеву берлину пекину');
/**
 * Heads whose genitive city is the city itself ("мер Києва", "районів Києва", "третина Києва",
 * "обстрілів Києва"): a place, despite the genitive.
 */
const UK_CITY_PARTS = words(
  'мер мера меру мером мерія мерії адміністрація адміністрації адміністрацію район району районі райони ' +
    'районів районах вулиця вулиці вулиць вулицях вулицею вулицями околиці околиць околицях мешканці ' +
    'мешканців мешканцям жителі жителів жителям ' +
    'небо неба небі метро аеропорт аеропорту частина частини частину третина третини третину половина ' +
    'половини половину обстріл обстрілу обстріли обстрілів обстрілах атака атаки атаку атак оборона оборони ' +
    // The same in Russian ("мэр Москвы", "жители Киева", "над улицами Москвы").
    'мэр мэра мэрия мэрии жители жителей районы района районов улицы улиц улицам улицами окрестности ' +
    'половины часть части обстрел ' +
    'обстрела обстрелы обстрелов обороны области времени',
);
/** "Київ перебуває під атакою", "Київ зазнав удару": what happens to the city, never its government's act. */
const UK_PLACE_VERBS = words(
  'перебуває перебував перебувала опинився опинилася опинилось опинилися зазнав зазнала зазнає зазнали ' +
    'потерпає прокинувся прокинулася прокинулась здригнувся здригнулася здригнулась постраждав постраждала ' +
    'постраждали ' +
    // The same in Russian ("Киев пережил тяжелую ночь", "Москва проснулась под вой сирен").
    'пережил пережила пострадал пострадала подвергся подверглась оказался оказалась очутился очутилась ' +
    'проснулся проснулась содрогнулся содрогнулась погрузился погрузилась',
);
/** "Москва, ймовірно, почне": a word set off by commas between the city and its verb (or an adverb). */
const UK_ASIDES = words('мабуть однак проте втім натомість зокрема вочевидь звісно водночас');
/**
 * Hedges that stand between the city and its verb, with commas or without ("Москва нібито розгляне",
 * "Київ, схоже, готовий", "Москва якобы рассмотрит"); those in -о are adverbs already.
 */
const UK_HEDGES = words(
  'нібито начебто ймовірно можливо очевидно напевно схоже здається мовляв ніби либонь певне ' +
    'вероятно возможно видимо похоже кажется якобы будто наверное',
);
/**
 * A source set off by commas between the city and its verb opens with one of these pairs ("Київ, за
 * даними джерел, погодився", "Москва, на думку експертів, не поступиться", "Москва, по данным СМИ,
 * согласилась"), or with "як"/"как" and a verb of saying ("Москва, як повідомляють, відкинула"), or
 * with "судячи"/"судя"/"згідно" ("Москва, судячи з усього, не поступиться").
 */
const UK_SOURCE_OPENS: Record<string, Set<string>> = {
  за: words('словами даними інформацією повідомленнями оцінками версією відомостями чутками джерелами'),
  на: words('думку'),
  по: words('данным словам информации сообщениям мнению оценкам версии сведениям'),
};
const UK_SOURCE_SAY = words(
  'повідомляють повідомили пишуть писали стверджують стверджували кажуть передають зазначають ' +
    'вважають зрозуміло сообщают сообщили пишут утверждают говорят считают передают отмечают',
);
/** Fixed asides of several words: "Київ, зі свого боку, відкинув", "Москва, в свою очередь, отвергла". */
const UK_ASIDE_PHRASES = new Set([
  'зі свого боку',
  'з свого боку',
  'із свого боку',
  'у свою чергу',
  'в свою чергу',
  'тим часом',
  'з іншого боку',
  'як і раніше',
  'поки що',
  'у відповідь',
  'перш за все',
  'в свою очередь',
  'со своей стороны',
  'по всей видимости',
  'судя по всему',
  'как и прежде',
  'тем временем',
  'с другой стороны',
  'пока что',
  'в ответ',
  'прежде всего',
]);
/** "ні Москва, ні Київ не готові", "ни Москва, ни Киев": the pair shares its verb. */
const UK_NEITHER = words('ні ані ни');
/**
 * "Київ і Вашингтон погодили": another capital as co-subject (not any name: "Київ та Одеса залишилися
 * без світла" are two cities).
 */
const UK_CAPITALS = words(
  'київ москва вашингтон брюссель лондон париж берлін пекін ' +
    // The same in Russian.
    'киев берлин пекин',
);
/** Words that may open the clause before "У Москві заявили" ("Також у Москві заявили", "Про це у Києві кажуть"). */
const UK_OPENERS = words(
  'а але тим часом згодом тож відтак ж же це про якщо коли бо що щоб оскільки хоча ' +
    // The same in Russian ("заявил, что у Кремля нет информации", "Но в Кремле считают").
    'но однако что чтобы если когда поскольку хотя ведь поэтому так',
);
const UK_PLACE_BEFORE = words(
  'у в на до від біля поблизу навколо під над по через околиці околицях центрі центр ' +
    // The same in Russian, for the Russian names ("в Москве", "под Киевом", "из Москвы").
    'во из от около возле вблизи под окрестностях центре',
);
/** Endings of Ukrainian finite verbs (present and past), enough to see "Київ наполягає", "Москва заявила". */
const UK_VERB = /(ає|яє|ує|ює|ить|іть|ять|ать|уть|ють|ла|ло|ли|ив|ав|ів|ув|яв|ме|мо|ться|ся|єть|л[аои]сь)$/;
const UK_ADVERBS = words(
  'також вже досі все усе ще знову не теж офіційно публічно раніше нині поки наразі надалі тоді щоразу вкотре ' +
    'завжди нарешті ж же ' +
    // The same in Russian ("Киев вскоре отреагирует", "Москва уже ответила").
    'вскоре уже еще ещё тоже также снова вновь ранее позже затем теперь сейчас всё пока',
);
/** "вимагає від Києва", "чекають від Москви": asking something of a government, not a place. */
const UK_ASK_OF = words(
  'вимагає вимагають вимагав вимагала вимагали хоче хочуть хотів хотіла хотіли чекає чекають ' +
    'очікує очікують очікував очікувала очікували домагається домагаються добивається вимога вимоги вимог ' +
    'поступки поступок',
);
/**
 * "У Москві заявили", "У Києві вважають": the people of a capital's government speaking, in the
 * plural with no subject. Only verbs of saying and holding a view: "У Києві відбулися переговори"
 * stays a venue.
 */
const UK_THEY_SAY = words(
  'заявили заявляють вважають наголосили наголошують наполягають наполягали відповіли відповідають ' +
    'відреагували реагують поставилися ставляться пояснили пояснюють кажуть сказали заперечили заперечують ' +
    'відкинули відкидають назвали називають підтвердили підтверджують спростували зазначили зазначають ' +
    'зауважили розраховують сподіваються очікують погодилися погоджуються вимагають вимагали пропонують ' +
    'запропонували хочуть готові побоюються визнали визнають застерегли попередили відмовилися відмовляються ' +
    'пообіцяли обіцяють запевнили запевняють підкреслили підкреслюють нагадали стверджують стверджували ' +
    'повідомили повідомляють ' +
    // The same in Russian, for the Russian names ("В Кремле заявили", "в Москве пообещали").
    'считают ответили отметили подчеркнули сообщили отказались заявляют настаивают настаивали пообещали ' +
    'обещают отвергли отвергают предложили предлагают потребовали требуют назвали называют подтвердили ' +
    'подтверждают опровергли пояснили объяснили уточнили напомнили отреагировали реагируют признали ' +
    'признают допустили допускают исключили исключают надеются рассчитывают ожидают исходят полагают убеждены ' +
    'уверены',
);
/**
 * Common Ukrainian finite verbs the endings miss, and the stance words that stand for a verb
 * ("Москва налаштована", "Москва відкрита до переговорів", "Київ проти").
 */
const UK_VERBS = words(
  'може можуть має мають хоче хочуть буде будуть готовий готова готові налаштована налаштований ' +
    'налаштовані відкрита відкритий відкриті зацікавлена зацікавлений зацікавлені стурбована стурбований ' +
    'переконана переконаний впевнена впевнений розчарована розчарований незадоволена незадоволений згодна згоден ' +
    // Russian finite verbs (the Ukrainian endings miss most): "Москва считает", "Киев предлагает".
    'считает считают считала заявил заявила заявили заявляет заявляют настаивает настаивают настаивала ' +
    'отвергает отвергают отвергла отвергли предлагает предлагают предложил предложила предложили требует ' +
    'требуют потребовала потребовали согласилась согласились соглашается готов хочет хотят может ' +
    'могут намерена рассчитывает ожидает ожидают отказалась отказались отказывается ответила ответили ' +
    'подтвердила подтвердили признала выступает выступила добивается добиваются угрожает обвиняет обвинила ' +
    'продолжает согласна против готовы открыта открыт открыты дал ' +
    // Future forms the endings miss ("Москва нібито розгляне", "Москва якобы рассмотрит").
    'розгляне почне стане відкине поверне підпише скаже дасть відповість надішле зможе ' +
    'рассмотрит рассмотрят примет примут ответит ответят подпишет подпишут начнет начнёт отвергнет ' +
    'пойдет пойдёт сможет станет',
);
/** "і", "й", "та", and the Russian "и" ("Киев и Москва обменялись"). */
const UK_AND = new Set(['і', 'й', 'та', 'и']);
/** The Russian masculine past ("Киев принял", "Москва … дал"), which Ukrainian writes in -в. */
const RU_PAST = /[аяиеыу]л$/;
/**
 * Russian present and future in the third person ("Киев вскоре отреагирует", "Москва настаивает",
 * "Киев получит"), and the past in -г ("Киев отверг"); the Ukrainian endings miss them.
 */
const RU_VERB = /(ет|ёт|ит|ют|ут|ят|ат)$|^(отверг|пренебрег|смог|помог|достиг|пошел|пошёл)$/;
/** Nouns with those endings, which may follow a city with only a space: not its verb. */
const RU_T_NOUNS = words(
  'совет ответ бюджет пакет кредит визит лимит предмет интернет паритет приоритет аппарат результат ' +
    'комитет портрет сюжет объект проект суверенитет авторитет иммунитет депутат кандидат магнат ' +
    'формат мандат дипломат концерт университет свет цвет',
);
/** Nouns with that ending, which may follow a city with only a space: not its verb. */
const UK_L_NOUNS = words(
  'сигнал канал матеріал материал персонал скандал фінал финал вокзал генерал адмірал адмирал журнал ' +
    'капітал капитал арсенал потенціал потенциал ідеал идеал інтервал интервал тил тыл',
);
/** Nouns in -о that the adverb ending would take for adverbs: "Москва нібито місто контрастів". */
const UK_NEUTER_NOUNS = words(
  'місто містечко село право слово небо метро озеро вікно кіно радіо фото відео гетто авто пальто ' +
    'тіло золото срібло дерево свято число место',
);
/** Plural verbs and stance words (Ukrainian and Russian): the lone city is never their subject. */
const UK_PLURAL = /(ли|лися|лись|уть|ють|ять|ать|ються|уться|яться|аться|ут|ют|ят|ат)$/;
const UK_PLURAL_WORDS = words('готові готовы можуть мають хочуть будуть могут хотят налаштовані зацікавлені');
function ukPlural(word: string): boolean {
  return UK_PLURAL.test(word) || UK_PLURAL_WORDS.has(word);
}
/**
 * Plural verbs that take no object, after which a pair of capitals is their subject: "на котором
 * настаивают Киев и Вашингтон", "на чому наполягають Київ і Вашингтон".
 */
const PAIR_VERBS = words(
  'настаивают настаивали выступают выступали добиваются добивались наполягають наполягали виступають ' +
    'виступали домагаються домагалися',
);

/** The city at i..j is one of a pair of capitals joined by "и"/"і" right after such a verb. */
function pairAfterVerb(tokens: TokenSeq, i: number, j: number): boolean {
  const b = before(tokens, i);
  const a = after(tokens, j);
  const c = after(tokens, j, 2);
  const capital = (t: Token | undefined) => t !== undefined && UK_CAPITALS.has(t.key) && t.form !== t.key;
  if (
    PAIR_VERBS.has(b?.key ?? '') &&
    a?.gap === Gap.Space &&
    UK_AND.has(a.key) &&
    c?.gap === Gap.Space &&
    capital(c)
  )
    return true;
  const bb = before(tokens, i, 2);
  return (
    UK_AND.has(b?.key ?? '') &&
    tokens.at(i)!.gap === Gap.Space &&
    capital(bb) &&
    PAIR_VERBS.has(before(tokens, i, 3)?.key ?? '')
  );
}

/** "Київ та його партнери домовилися": the city stands beside its allies. */
const UK_ALLIES = words('союзники союзниками союзників союзникам партнери партнерами партнерів партнерам');

/** Dateline: the city opens its line and a bullet, bracket or dash follows on that line. */
function isDateline(text: string, tokens: TokenSeq, i: number, j: number): boolean {
  if (tokens.at(i)!.gap !== Gap.Line) return false;
  const rest = text.slice(tokens.at(j)!.end, tokens.at(j)!.end + 60);
  return /^[^\S\n]*(,[^\n.]{0,40}?)?[^\S\n]*(•|·|\||\(|[—–-][^\S\n]|$|\n)/.test(rest);
}

function isCyrillic(s: string): boolean {
  return /[\u0400-\u04FF]/.test(s);
}

/** Does the city at tokens i..j act as a government in its sentence? */
export function isActor(text: string, tokens: TokenSeq, i: number, j: number): boolean {
  if (isDateline(text, tokens, i, j)) return false;
  return isCyrillic(tokens.at(i)!.form) ? ukActor(tokens, i, j) : enActor(text, tokens, i, j);
}

/** The token before i if it is in the same sentence, else undefined. */
function before(tokens: TokenSeq, i: number, k = 1): Token | undefined {
  for (let x = i; x > i - k; x--) if (x <= 0 || tokens.at(x)!.gap >= Gap.Sentence) return undefined;
  return tokens.at(i - k);
}

/** The token after j if it is in the same sentence, else undefined. */
function after(tokens: TokenSeq, j: number, k = 1): Token | undefined {
  for (let x = j + 1; x <= j + k; x++)
    if (!tokens.at(x) || tokens.at(x)!.gap >= Gap.Sentence) return undefined;
  return tokens.at(j + k);
}

/**
 * The fixed phrase set off by commas right after the city at j ("Kyiv, for its part, rejected",
 * "Москва, в свою очередь, отвергла"): the index of its last word, if `phrases` holds it.
 */
function phraseAside(tokens: TokenSeq, j: number, phrases: Set<string>): number | undefined {
  if (after(tokens, j)?.gap !== Gap.Soft) return undefined;
  const keys: string[] = [];
  for (let k = 1; k <= 5; k++) {
    const t = after(tokens, j, k);
    if (!t || (k > 1 && t.gap !== Gap.Space))
      return t?.gap === Gap.Soft && phrases.has(keys.join(' ')) ? j + k - 1 : undefined;
    keys.push(t.key);
  }
  return undefined;
}

function enVerb(t: Token): boolean {
  return EN_VERBS.has(t.key) || (/^[a-z]+ed$/.test(t.form) && t.key.length > 4);
}

/**
 * The source set off by commas right after the city at j ("Moscow, according to Reuters, rejected",
 * "Kyiv, sources say, has agreed", "Moscow, it seems, is ready"): the index of its last word, if the
 * closing comma follows within seven words. Not the city's own people ("Kyiv, the mayor said, was
 * quiet") or another capital ("Moscow, Kyiv and London said").
 */
function enSourceEnd(tokens: TokenSeq, j: number): number | undefined {
  const first = after(tokens, j);
  if (!first || first.gap !== Gap.Soft) return undefined;
  const fixed = phraseAside(tokens, j, EN_ASIDE_PHRASES);
  if (fixed !== undefined) return fixed;
  const according = first.key === 'according' && after(tokens, j, 2)?.key === 'to';
  for (let k = 2; k <= 8; k++) {
    const t = after(tokens, j, k);
    if (!t) return undefined;
    if (t.gap === Gap.Soft)
      return according || EN_SOURCE_SAYS.has(after(tokens, j, k - 1)!.key) ? j + k - 1 : undefined;
    if (t.gap !== Gap.Space || EN_CITY_PARTS.has(t.key) || EN_CAPITALS.has(t.key)) return undefined;
  }
  return undefined;
}

/**
 * A verb right after the city, maybe past one or two adverbs ("Moscow has", "Kyiv still controls",
 * "Moscow today firmly rejected"), past an aside between commas ("Moscow, however, insists", "Kyiv,
 * predictably, refused", "Kyiv, for its part, rejected") or past a source between commas ("Moscow,
 * according to Reuters, rejected", "Kyiv, sources say, has agreed").
 */
function enVerbAt(tokens: TokenSeq, j: number): boolean {
  let k = 1;
  let a = after(tokens, j);
  const source = enSourceEnd(tokens, j);
  if (
    a &&
    a.gap === Gap.Soft &&
    (EN_ASIDES.has(a.key) || EN_ADVERBS.has(a.key) || /^[a-z]+ly$/.test(a.form))
  ) {
    a = after(tokens, j, ++k);
    if (!a || a.gap !== Gap.Soft) return false;
  } else if (source !== undefined) {
    k = source - j + 1;
    a = after(tokens, j, k);
    if (!a || a.gap !== Gap.Soft) return false;
  } else if (!a || a.gap !== Gap.Space) return false;
  for (let adverbs = 0; ; adverbs++) {
    if (enVerb(a)) return true;
    if (adverbs === 2 || !(EN_ADVERBS.has(a.key) || /^[a-z]+ly$/.test(a.form))) return false;
    a = after(tokens, j, ++k);
    if (!a || a.gap !== Gap.Space) return false;
  }
}

/**
 * The index of a capitalised word joined to the city by "and"/"or"/"nor" after it (dir 1) or before it
 * (-1): "Moscow and Kyiv", "neither Moscow nor Kyiv".
 */
function partner(tokens: TokenSeq, i: number, j: number, dir: 1 | -1): number | undefined {
  const and = dir === 1 ? after(tokens, j) : before(tokens, i);
  const p = dir === 1 ? after(tokens, j, 2) : before(tokens, i, 2);
  if (!and || !p || !/^(and|or|nor)$/.test(and.key)) return undefined;
  if ((dir === 1 ? and.gap : tokens.at(i)!.gap) !== Gap.Space || !/^\p{Lu}/u.test(p.form)) return undefined;
  return dir === 1 ? j + 2 : i - 2;
}

/**
 * Words that open a sentence capitalised but never begin a list item ("In Kyiv, Washington and Europe",
 * "Among Kyiv, …", "Між Києвом, …"): a list item starts after them.
 */
const NOT_ITEM = new Set([
  ...EN_PLACE_BEFORE,
  ...EN_ACTOR_BEFORE,
  ...words(
    'among and or nor but both either neither as after before while when unlike like including also then',
  ),
  ...UK_PLACE_BEFORE,
  ...UK_ACTOR_BEFORE,
  ...words('і й та и або или а але но що что як как також также'),
]);
/** The word joining a list's last item: "and", "or", "і", "та", "и". */
const LIST_AND = words('and or і й та и або или');
/**
 * Before a Ukrainian or Russian list, a word that makes its cities places: "з Києва, Варшави та
 * Берліна", "відвідав Київ, Вашингтон і Європу", "мешканці Києва, …" ("з Москвою, Києвом і
 * Вашингтоном" counts already, by its instrumental).
 */
const UK_LIST_PLACE = new Set([
  ...UK_PLACE_BEFORE,
  ...UK_CITY_PARTS,
  ...words(
    'з із зі с со відвідав відвідала відвідали відвідає відвідати посетил посетила посетили посетит посетить',
  ),
]);

/** A comma list: its items' token ranges in order, and whether every item is a capital the rule knows. */
interface EnList {
  items: [number, number][];
  capitals: boolean;
}

/** The token at t is written with a capital and may stand in a list item (not "In", "Between"). */
function itemWord(tokens: TokenSeq, t: number): boolean {
  const w = tokens.at(t);
  return w !== undefined && /^\p{Lu}/u.test(w.form) && !NOT_ITEM.has(w.key);
}

/** Only a comma between the token at t and the one before it. */
function commaBefore(text: string, tokens: TokenSeq, t: number): boolean {
  const w = tokens.at(t);
  return (
    w !== undefined && w.gap === Gap.Soft && /^\s*,\s*$/.test(text.slice(tokens.at(t - 1)!.end, w.start))
  );
}

/** An item starting at s: "[the] Word [Word [Word]]" joined by spaces ("the United States"). */
function itemFrom(tokens: TokenSeq, s: number): [number, number] | undefined {
  let e = s;
  if (tokens.at(s)?.key === 'the') e++;
  if (e > s && tokens.at(e)?.gap !== Gap.Space) return undefined;
  if (!itemWord(tokens, e)) return undefined;
  for (let k = 0; k < 2 && tokens.at(e + 1)?.gap === Gap.Space && itemWord(tokens, e + 1); k++) e++;
  return [s, e];
}

/** An item ending at e, read backwards. */
function itemTo(tokens: TokenSeq, e: number): [number, number] | undefined {
  if (!itemWord(tokens, e)) return undefined;
  let s = e;
  for (let k = 0; k < 2 && tokens.at(s)!.gap === Gap.Space && s > 0 && itemWord(tokens, s - 1); k++) s--;
  if (tokens.at(s)!.gap === Gap.Space && tokens.at(s - 1)?.key === 'the') s--;
  return [s, e];
}

/**
 * The comma list the city at i..j stands in: "Moscow, Kyiv and Washington", "Paris, Berlin, and
 * London", "Kyiv, the EU and Washington", "among Kyiv, Washington and Europe", "Київ, Вашингтон і
 * Брюссель": items of capitalised words (with "the") joined by commas, and by "and", "or", "і", "та",
 * "и" before the last, with at least one comma.
 * A place opening the sentence is no item of it: in "In Paris, Kyiv and Washington agreed" Paris is
 * where they agreed. Not across a sentence end or a dateline.
 */
function commaList(text: string, tokens: TokenSeq, i: number, j: number): EnList | undefined {
  const place = isCyrillic(tokens.at(i)!.form) ? UK_PLACE_BEFORE : EN_PLACE_BEFORE;
  const items: [number, number][] = [[i, j]];
  let commas = 0;
  let closed = false;
  /** The item ending at e may open the list: not a place opening the sentence, not a dateline. */
  const opens = (item: [number, number] | undefined): item is [number, number] => {
    if (!item) return false;
    const b = before(tokens, item[0]);
    if (b && place.has(b.key) && !before(tokens, item[0], 2)) return false;
    return !(tokens.at(item[0])!.gap === Gap.Line && isDateline(text, tokens, item[0], item[1]));
  };
  let s = i;
  // The city is the last item, after "and" or "or" (", and").
  const conj = before(tokens, i);
  if (conj && LIST_AND.has(conj.key) && tokens.at(i)!.gap === Gap.Space) {
    const item = itemTo(tokens, i - 2);
    if (!opens(item) || (conj.gap !== Gap.Space && !commaBefore(text, tokens, i - 1))) return undefined;
    items.unshift(item);
    closed = true;
    s = item[0];
  }
  // Backwards, over commas only: a list has one "and", before its last item.
  while (items.length < 8 && commaBefore(text, tokens, s)) {
    const item = itemTo(tokens, s - 1);
    if (!opens(item)) break;
    items.unshift(item);
    commas++;
    s = item[0];
  }
  for (let e = j; items.length < 8 && !closed; ) {
    const a = after(tokens, e);
    if (!a) break;
    let s = e + 1;
    if (LIST_AND.has(a.key)) {
      if (a.gap !== Gap.Space && !commaBefore(text, tokens, e + 1)) break;
      if (tokens.at(e + 2)?.gap !== Gap.Space) break;
      s = e + 2;
      closed = true;
    } else if (commaBefore(text, tokens, e + 1)) commas++;
    else break;
    const item = itemFrom(tokens, s);
    if (!item) {
      if (!closed) commas--;
      closed = false;
      break;
    }
    items.push(item);
    e = item[1];
  }
  if (!closed || commas === 0) return undefined;
  const capitals = items.every(([s, e]) => s === e && EN_CAPITALS.has(tokens.at(s)!.key));
  return { items, capitals };
}

/** The word before the token at t makes what starts there a place: "in", "visited", but not "support for". */
function enPlaceBefore(tokens: TokenSeq, t: number): boolean {
  const b = before(tokens, t);
  const bb = before(tokens, t, 2);
  if (!b || !EN_PLACE_BEFORE.has(b.key)) return false;
  if (/^(for|to|on|against|from)$/.test(b.key) && bb && EN_ACTOR_AFTER_PREP.has(bb.key)) return false;
  return !(b.key === 'of' && bb && (EN_ALLIES.has(bb.key) || bb.key === 'behalf'));
}

/**
 * A capital that is no actor by its own words, in a comma list that is no venue ("among Kyiv,
 * Washington and Europe", "позиції Києва, Вашингтона та Європи", but not "talks in London, Paris and
 * Berlin", "у Києві, Вашингтоні та Європі"): the token ranges of the list's other items. The scan
 * counts the capital when they are parties found there (scan.ts).
 */
export function listMates(
  text: string,
  tokens: TokenSeq,
  i: number,
  j: number,
): [number, number][] | undefined {
  if (isDateline(text, tokens, i, j)) return undefined;
  const list = commaList(text, tokens, i, j);
  if (!list) return undefined;
  const first = list.items[0]![0];
  if (isCyrillic(tokens.at(i)!.form)) {
    const b = before(tokens, first);
    return b && UK_LIST_PLACE.has(b.key) ? undefined : list.items.filter(([s]) => s !== i);
  }
  if (enPlaceBefore(tokens, first)) return undefined;
  // "Kyiv, Washington and Europe residents": the last item's own people or parts.
  // "… and Russia's Belgorod", "… and EU-wide": the last item only qualifies what follows.
  const end = list.items[list.items.length - 1]![1];
  const a = after(tokens, end);
  if (a && (a.key === "'s" || a.key === '-' || (a.gap === Gap.Space && EN_CITY_PARTS.has(a.key))))
    return undefined;
  return list.items.filter(([s]) => s !== i);
}

function enActor(text: string, tokens: TokenSeq, i: number, j: number): boolean {
  // Two capitals joined by "and" ("Moscow and Kyiv", "both Kyiv and Moscow", "neither Moscow nor Kyiv")
  // share the words around the pair: "got Moscow and Kyiv to pause", "guarantees to both Kyiv and
  // Moscow", "Washington and Kyiv agreed", "neither Moscow nor Kyiv is ready". So does a comma list of
  // capitals: "talks between Moscow, Kyiv and Washington", "Paris, Berlin, and London would defend
  // Ukraine", but "flights from London, Paris and Berlin were cancelled" are places.
  const list = commaList(text, tokens, i, j);
  const capitals = list?.capitals ? list.items : undefined;
  const gj = capitals ? capitals[capitals.length - 1]![1] : (partner(tokens, i, j, 1) ?? j);
  let gi = capitals ? capitals[0]![0] : (partner(tokens, i, j, -1) ?? i);
  if (/^(both|either|neither)$/.test(before(tokens, gi)?.key ?? '')) gi--;
  const a = after(tokens, gj);
  // "Kyiv's demands", but "Kyiv's Podil district" is the city.
  if (a && a.key === "'s")
    return (
      !EN_CITY_PARTS.has(after(tokens, gj, 2)?.key ?? '') &&
      !EN_CITY_PARTS.has(after(tokens, gj, 3)?.key ?? '')
    );
  if (a && a.gap === Gap.Space && EN_GOV_NOUNS.has(a.key)) return true;
  // "Kyiv residents", "Moscow time": the city's own people and parts, whatever comes before.
  if (a && a.gap === Gap.Space && EN_CITY_PARTS.has(a.key)) return false;
  const b = before(tokens, gi);
  const bb = before(tokens, gi, 2);
  // "support for Kyiv", "sanctions on Moscow", "response from Moscow", "allies of Kyiv": a government,
  // despite the preposition.
  if (b && /^(for|to|on|against|from)$/.test(b.key) && bb && EN_ACTOR_AFTER_PREP.has(bb.key)) return true;
  if (b && b.key === 'of' && bb && (EN_ALLIES.has(bb.key) || bb.key === 'behalf')) return true;
  // "called on Washington to show restraint" (but "called to Moscow" is a summons to a place).
  if (b && b.key === 'on' && /^call(s|ed|ing)?$/.test(bb?.key ?? '')) return true;
  // "a way for Washington to recoup": the city does the verb.
  if (b && b.key === 'for' && a && a.key === 'to' && a.gap === Gap.Space) return true;
  // "For Kyiv, the line is red.": a sentence that opens on the city (no word before "For") weighs its
  // stake or stance.
  if (b && b.key === 'for' && !bb && a && a.gap === Gap.Soft) return true;
  if (b && EN_ASK_TO.has(b.key) && a && a.key === 'to' && a.gap === Gap.Space) return true;
  if (b && EN_SUBJUNCTIVE.has(b.key) && a && a.gap === Gap.Space && EN_BASE_VERBS.has(a.key)) return true;
  if (b && EN_PLACE_BEFORE.has(b.key)) return false;
  if (b && EN_ACTOR_BEFORE.has(b.key)) return true;
  if (enVerbAt(tokens, gj)) return true;
  // "Moscow, which has rejected ...": a relative clause with a verb.
  if (a && (a.key === 'which' || a.key === 'who') && enVerbAt(tokens, gj + 1)) return true;
  const and = after(tokens, j);
  if (and && (and.key === 'and' || and.key === 'or') && and.gap === Gap.Space) {
    // "Kyiv and its allies have insisted", "Kyiv and several European partners": beside its allies
    // (but "Kyiv and its suburbs" is the city).
    const p = after(tokens, j, 2);
    if (p && p.key === 'its') return !EN_CITY_PARTS.has(after(tokens, j, 3)?.key ?? '');
    for (let k = 2; k <= 4; k++) if (EN_ALLIES.has(after(tokens, j, k)?.key ?? '')) return true;
  }
  return false;
}

function ukVerb(word: string): boolean {
  return (
    UK_VERBS.has(word) ||
    (UK_VERB.test(word) && word.length > 3) ||
    (RU_PAST.test(word) && word.length > 3 && !UK_L_NOUNS.has(word)) ||
    (RU_VERB.test(word) && word.length > 3 && !RU_T_NOUNS.has(word))
  );
}

/** Ukrainian adverbs: the listed ones and the long words in -о ("категорично", "нібито", "практично"). */
function ukAdverb(word: string): boolean {
  return (
    UK_ADVERBS.has(word) ||
    UK_HEDGES.has(word) ||
    (/^[а-яіїєґ']{4,}о$/.test(word) && !UK_NEUTER_NOUNS.has(word) && !/(ств|цтв)о$/.test(word))
  );
}

/** A word that may stand between the city and its verb, set off by commas or not ("Москва, ймовірно, почне"). */
function ukAside(t: Token): boolean {
  return UK_ASIDES.has(t.key) || ukAdverb(t.key);
}

function ukActor(tokens: TokenSeq, i: number, j: number): boolean {
  const word = tokens.at(j)!.key;
  const b = before(tokens, i);
  const bb = before(tokens, i, 2);
  if (b && b.key === 'від' && UK_ASK_OF.has(bb?.key ?? '')) return true;
  // "тиск на Київ", "тиснуть на Москву": pressure on a government.
  if (b && b.key === 'на' && UK_PRESS_ON.has(bb?.key ?? '')) return true;
  // "У Києві заявили", and the Russian locative in -е ("в Москве пообещали", "в Киеве считают").
  if (
    b &&
    (b.key === 'у' || b.key === 'в' || b.key === 'во') &&
    /[іе]$/.test(word) &&
    ukTheySay(tokens, i, j)
  )
    return true;
  // "цього хоче москва": a verb, then the subject. Only "москва", whose nominative is never the object
  // ("відвідав Київ" is a visit, "відвідав Москву" too).
  if (word === 'москва' && b && b.form === b.key && ukVerb(b.key)) return true;
  if (subjectAfterVerb(tokens, i, j)) return true;
  if (pairAfterVerb(tokens, i, j)) return true;
  // "делегація з Києва", "сигнал из Москвы", "З Москви надійшла відповідь": its people or word, from it.
  if (b && UK_FROM.has(b.key) && !UK_INSTRUMENTAL.test(word) && fromHead(tokens, i, j)) return true;
  if (b && UK_PLACE_BEFORE.has(b.key)) return false;
  // "з Києвом" is a partner, "з Києва" an origin.
  if (b && UK_WITH.has(b.key)) return UK_INSTRUMENTAL.test(word);
  if (b && UK_ACTOR_BEFORE.has(b.key)) return true;
  if (b && UK_ACTOR_VERBS.has(b.key)) return true;
  if (UK_DATIVE.has(word) && !(b && (UK_AND.has(b.key) || /(і|ій|ому|ім)$/.test(b.key))))
    return !/^загрож/.test(after(tokens, j)?.key ?? '');
  if (RU_DATIVE.has(word) && !(b && (b.key === 'и' || /(ой|ей|ом|ем|ым|им|ому|ему)$/.test(b.key))))
    return !/^угрож/.test(after(tokens, j)?.key ?? '');
  // Instrumental ("з Москвою", "між Вашингтоном і Києвом", "з Парижем"): a partner in talks. Not a
  // time zone ("о 18:00 за Києвом").
  if (/(ом|ем|ою|ой)$/.test(word)) return !(b?.key === 'за' && /^\d+$/.test(bb?.key ?? ''));
  // Genitive without a preposition: "позиція Києва", "вимоги Москви", "Позиция Москвы", "позиція
  // Брюсселя", but not "мер Києва"; a capitalised word before it only where it opens the sentence (else
  // it is a name). (Москва is the one nominative among the capitals that ends like a genitive.)
  if (
    /(а|я|и|ы)$/.test(word) &&
    word !== 'москва' &&
    b &&
    /[а-яіїєґёыэъ']$/.test(b.form) &&
    lowerOrOpening(tokens, i - 1)
  )
    return !UK_CITY_PARTS.has(b.key);
  // Subject of a verb. Only the nominative is a subject ("Мер Києва повідомив", "У самій Москві
  // пролунали"), and Москва is the one capital whose nominative does not end in a consonant.
  if (word !== 'москва' && !/[бвгґджзклмнпрстфхцчшщь]$/.test(word)) return false;
  return ukSubject(tokens, j);
}

/**
 * A government's people or word next to "з/из/от Києва" at i..j: the noun before the preposition
 * ("делегація з Києва", "ответ от Вашингтона") or one of the next two words ("З Москви надійшла
 * відповідь", "Из Вашингтона пришел сигнал").
 */
function fromHead(tokens: TokenSeq, i: number, j: number): boolean {
  if (UK_FROM_HEADS.has(before(tokens, i, 2)?.key ?? '')) return true;
  for (let k = 1; k <= 2; k++) {
    const a = after(tokens, j, k);
    if (!a || a.gap !== Gap.Space) return false;
    if (UK_FROM_HEADS.has(a.key)) return true;
  }
  return false;
}

/**
 * The capital at i..j, in the nominative, is the subject of the verb before it: "заявил Киев", "ответил
 * Вашингтон", "як заявив Київ", "готова пойти Москва" (a verb of saying from `UK_SAY_BEFORE`, or a
 * modal and an infinitive). Not before a capitalised word, as in a paper's name ("сообщила Вашингтон
 * Пост").
 */
function subjectAfterVerb(tokens: TokenSeq, i: number, j: number): boolean {
  const word = tokens.at(j)!.key;
  if (!UK_CAPITALS.has(word)) return false;
  if (tokens.at(i)!.gap !== Gap.Space) return false;
  const a = after(tokens, j);
  if (a && a.gap === Gap.Space && (a.form !== a.key || a.key === 'пост')) return false;
  const b = before(tokens, i);
  if (!b || b.form !== b.key) return false;
  if (UK_SAY_BEFORE.has(b.key)) return true;
  // "готов пойти Киев", "готова піти Москва": after a modal, an infinitive that takes no object (any
  // infinitive before Москва, whose nominative is never one: "готова уступить Москва").
  const bb = before(tokens, i, 2);
  if (!UK_MODAL.has(bb?.key ?? '') || tokens.at(i - 1)!.gap !== Gap.Space) return false;
  return word === 'москва' ? /(ть|ти|чь|тися|ться|тись)$/.test(b.key) : UK_INTRANSITIVE.has(b.key);
}

/** The word at t is lower case, or opens its sentence with only its first letter capitalised. */
function lowerOrOpening(tokens: TokenSeq, t: number): boolean {
  const w = tokens.at(t)!;
  if (w.form === w.key) return true;
  return (t === 0 || w.gap >= Gap.Sentence) && w.form.slice(1) === w.key.slice(1);
}

/**
 * What stands set off by commas right after the city at j, before its verb: one aside word ("Москва,
 * ймовірно, почне") or a source of up to six words ("Київ, за даними джерел, погодився", "Москва, як
 * повідомляють, відкинула"), never the city's own people ("Київ, за словами мера, ..."). The index of its
 * last word, if the closing comma follows.
 */
function ukAsideEnd(tokens: TokenSeq, j: number): number | undefined {
  const first = after(tokens, j);
  if (!first || first.gap !== Gap.Soft) return undefined;
  if (ukAside(first)) return after(tokens, j, 2)?.gap === Gap.Soft ? j + 1 : undefined;
  const fixed = phraseAside(tokens, j, UK_ASIDE_PHRASES);
  if (fixed !== undefined) return fixed;
  const second = after(tokens, j, 2);
  if (!second || second.gap !== Gap.Space) return undefined;
  const opens =
    UK_SOURCE_OPENS[first.key]?.has(second.key) ||
    ((first.key === 'як' || first.key === 'как') && UK_SOURCE_SAY.has(second.key)) ||
    /^(судячи|судя|згідно|согласно)$/.test(first.key);
  if (!opens) return undefined;
  for (let k = 3; k <= 7; k++) {
    const t = after(tokens, j, k);
    if (!t) return undefined;
    if (t.gap === Gap.Soft) return j + k - 1;
    if (t.gap !== Gap.Space || UK_CITY_PARTS.has(t.key)) return undefined;
  }
  return undefined;
}

/**
 * The city at `j`, in the nominative, is the subject of a verb that follows within three words:
 * "Київ наполягає", "Москва досі відкидає", "Москва поки не відреагувала", "Київ і союзники
 * вимагають", "Київ і Москва погодили", "Москва, ймовірно, почне", "Київ, за даними джерел,
 * погодився", "ні Москва, ні Київ не готові"; not "Київ перебуває під атакою".
 */
function ukSubject(tokens: TokenSeq, j: number, paired = false): boolean {
  // "ні Москва, ні Київ не готові": a pair of capitals after "ні … ні" shares the verb after the last.
  const nor = after(tokens, j);
  const next = after(tokens, j, 2);
  if (
    UK_NEITHER.has(before(tokens, j)?.key ?? '') &&
    nor?.gap === Gap.Soft &&
    UK_NEITHER.has(nor.key) &&
    next?.gap === Gap.Space &&
    UK_CAPITALS.has(next.key)
  )
    return ukSubject(tokens, j + 2, true);
  // "Київ і союзники": the city with its allies is a subject whatever follows.
  if (UK_AND.has(after(tokens, j)?.key ?? ''))
    for (let k = 2; k <= 4; k++) if (UK_ALLIES.has(after(tokens, j, k)?.key ?? '')) return true;
  // An aside or a source between commas ("Москва, ймовірно, почне") is skipped as a whole.
  const aside = ukAsideEnd(tokens, j);
  const s = aside ?? j;
  const and = aside === undefined && UK_AND.has(tokens.at(j + 1)?.key ?? '');
  for (let k = 1; k <= 3; k++) {
    const a = after(tokens, s, k);
    if (!a) break;
    const afterAnd = k === 2 && and;
    // The words run on with spaces only, except right after such an aside.
    if (a.gap !== (k === 1 && aside !== undefined ? Gap.Soft : Gap.Space)) break;
    // Lower case only, but a second capital after "і" ("Київ і Москва погодили") is a co-subject.
    if (a.form !== a.key && !(afterAnd && UK_CAPITALS.has(a.key))) break;
    // Past an aside, a plural verb is not the lone city's: "Київ, за даними Повітряних сил, атакували
    // дрони" (the drones did it).
    if (ukVerb(a.key))
      return !UK_PLACE_VERBS.has(a.key) && !(aside !== undefined && !paired && ukPlural(a.key));
    // Between the city and its verb: adverbs ("досі", "не"), "і", or the co-subject after it.
    if (!ukAdverb(a.key) && !(k === 1 && UK_AND.has(a.key)) && !afterAnd) break;
  }
  return false;
}

/** The preposition at `i - 1` opens its clause ("У Москві…", "Також у Москві…", "…, а в Кремлі…"). */
function ukOpensClause(tokens: TokenSeq, i: number): boolean {
  const p = before(tokens, i, 2);
  return (
    !p ||
    tokens.at(i - 1)!.gap >= Gap.Soft ||
    UK_ADVERBS.has(p.key) ||
    UK_AND.has(p.key) ||
    UK_ASIDES.has(p.key) ||
    UK_OPENERS.has(p.key)
  );
}

/**
 * "У Москві заявили", "Також у Москві тоді пообіцяли": at the head of its clause ("Експерти в Москві
 * вважають" has its subject already), the city's speaking verb after at most two adverbs.
 */
function ukTheySay(tokens: TokenSeq, i: number, j: number): boolean {
  return ukTheyAct(tokens, i, j, (word) => UK_THEY_SAY.has(word));
}

/** At the head of its clause, the place at i..j is followed, past at most two adverbs, by a word that `acts`. */
function ukTheyAct(tokens: TokenSeq, i: number, j: number, acts: (word: string) => boolean): boolean {
  if (!ukOpensClause(tokens, i)) return false;
  for (let k = 1; k <= 3; k++) {
    const a = after(tokens, j, k);
    if (!a || a.gap !== Gap.Space) return false;
    if (acts(a.key)) return true;
    if (!UK_ADVERBS.has(a.key) && !UK_HEDGES.has(a.key)) return false;
  }
  return false;
}

/** A word right before a seat of government that makes it the building: "talks at the White House". */
const EN_SEAT_PLACE_BEFORE = words(
  'at in inside outside to into near around toward towards across visit visited visiting via',
);
/** Parts of a seat's building: "the White House lawn", "the lawn of the White House". */
const EN_BUILDING_PARTS =
  'lawn grounds gates walls wall corridors halls hall stairs driveway portico colonnade ballroom podium roof';
/** "a White House event", "the Kremlin walls": the building itself ("the Kremlin steps up" is not). */
const EN_SEAT_PLACE_AFTER = words(`${EN_BUILDING_PARTS} event events dinner lunch visit visits`);
/** "the South Lawn of the White House", "the steps of the Kremlin": a part of the building, before "of". */
const EN_SEAT_PARTS = words(`${EN_BUILDING_PARTS} steps`);
const EN_CLOSE = words('close closer closest');
/** Before a seat, the building: "у Кремлі", and in Russian "из Белого дома", "возле Кремля". */
const UK_SEAT_PLACE_BEFORE = words('у в до біля поблизу навколо під во из возле около вокруг');
/**
 * "на галявині Білого дому", "в Овальному кабінеті Білого дому", "на Южной лужайке Белого дома": a part
 * of the building, before its genitive.
 */
const UK_SEAT_PARTS = words(
  'галявина галявини галявині галявину територія території територію стіни стін стінах кабінет кабінеті ' +
    "коридор коридорі коридорах зала зали залі будівля будівлі будівлю подвір'я подвір'ї сходи сходах " +
    'лужайка лужайки лужайке лужайку территория территории территорию стены стен стенах кабинете коридорах ' +
    'здание здания здании ступенях',
);
/** What happens in a building, not what its people do: "У Білому домі відбулися переговори". */
const UK_EVENT_VERBS = words(
  'відбулися відбулись відбувалися відбуваються відбудуться тривали тривають пройшли проходять проходили ' +
    'зібралися збираються зустрілися зустрічаються розпочалися почалися завершилися лунали лунають ' +
    'прийняли приймали приймають ' +
    // The same in Russian ("В Кремле прошли переговоры", "в Белом доме состоялась встреча").
    'прошли проходят проходили пройдут состоялись состоялась состоялся состоится состоятся начались ' +
    'завершились закончились собрались собираются встретились встречаются продолжались продолжаются ' +
    'длились шли идут',
);
/**
 * What a seat's people have or lack: "У Кремлі немає волі", and the Russian possessive "у Кремля нет
 * возражений", "у Кремля есть вопросы", "у Кремля остаются сомнения" (never "митинг у Кремля").
 */
const UK_SEAT_HAS = words(
  'немає нема є бракує вистачає панує нет нету есть имеется имеются остается остаётся остаются ' +
    'оставались возникли возникают появились появилось хватает',
);
/** "позвонил в Кремль", "зателефонував до Білого дому": a call goes to the government, not the building. */
const SEAT_CALL = words(
  'позвонил позвонила позвонили звонил звонила звонили звонит звонят дозвонился зателефонував ' +
    'зателефонувала зателефонували подзвонив подзвонила подзвонили телефонував',
);
/**
 * "У Кремлі заявили", "В Кремлі висловились", "У Білому домі оцінюють", "Якщо в Кремлі немає волі",
 * "як стверджують у Кремлі": a seat's people act, with no subject of their own. Unlike a city, a
 * building followed by a plural verb that is not an event, or after a verb of saying, is its government.
 */
function ukSeatActs(tokens: TokenSeq, i: number, j: number): boolean {
  if (UK_THEY_SAY.has(before(tokens, i, 2)?.key ?? '')) return true;
  return ukTheyAct(
    tokens,
    i,
    j,
    (word) =>
      UK_THEY_SAY.has(word) ||
      UK_SEAT_HAS.has(word) ||
      (/(ли|лись|лися|ють|ять|ать|уть)$/.test(word) && word.length > 4 && !UK_EVENT_VERBS.has(word)),
  );
}

/** "Вопросов у Кремля нет.": the possessive put last, its "have" word closing the clause. */
function seatHasLast(tokens: TokenSeq, j: number): boolean {
  const a = after(tokens, j);
  const end = tokens.at(j + 2);
  return a?.gap === Gap.Space && UK_SEAT_HAS.has(a.key) && (!end || end.gap >= Gap.Soft);
}

/**
 * The built-in `seat` rule: a building that stands for its government (the White House, the Kremlin)
 * counts, except as a venue ("talks at the White House", "flew to the Kremlin", "переговори у Білому
 * домі", "в Кремлі тривали понад п'ять годин"). As with the capitals, a letter or pressure "to" or
 * "on" the building goes to the government ("a letter to the White House"), and "У Кремлі заявили"
 * is its people speaking.
 */
export function isSeat(tokens: TokenSeq, i: number, j: number): boolean {
  // "at the White House" is also found as "White House" after "the": look past the article.
  const article = /^(the|a)$/.test(before(tokens, i)?.key ?? '') ? 1 : 0;
  const a = after(tokens, j);
  if (a && a.gap === Gap.Space && EN_SEAT_PLACE_AFTER.has(a.key)) return false;
  const b = before(tokens, i, 1 + article);
  if (!b) return true;
  if (isCyrillic(tokens.at(i)!.form)) {
    if (UK_SEAT_PARTS.has(b.key)) return false;
    if ((b.key === 'в' || b.key === 'до') && SEAT_CALL.has(before(tokens, i, 2)?.key ?? '')) return true;
    if (b.key === 'у' && seatHasLast(tokens, j)) return true;
    return !UK_SEAT_PLACE_BEFORE.has(b.key) || ((b.key === 'у' || b.key === 'в') && ukSeatActs(tokens, i, j));
  }
  const bb = before(tokens, i, 2 + article);
  // "pro-Kremlin bloggers" are not the Kremlin.
  if (b.key === '-' && bb?.key === 'pro') return false;
  if (b.key === 'of' && EN_SEAT_PARTS.has(bb?.key ?? '')) return false;
  if (!EN_SEAT_PLACE_BEFORE.has(b.key)) return true;
  // "a letter to the White House", "a source close to the Kremlin": its people, not the building.
  return b.key === 'to' && bb !== undefined && (EN_ACTOR_AFTER_PREP.has(bb.key) || EN_CLOSE.has(bb.key));
}
