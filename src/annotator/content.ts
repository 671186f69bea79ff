/**
 * The content script: a thin shell around the DOM engine that talks to the extension.
 *
 * Map, in the order things happen:
 *   claim     tell an older (orphaned) instance to end, sweep what it left          lifecycle.ts
 *   settings  load, then follow changes live (off = every trace gone, no reload)     apply()
 *   ping      the background answers once
 *   topic     no word of the war's sides in the page: report 'off-topic', wait       topic-words.ts
 *   ready     <html data-standpoint="ready">, only on a page that may be about the war
 *   names     the entries' labels from the background (once, asked alongside the     loadNames()
 *             first pass's text); the background matches every pass
 *   session   engine (marks) + live watcher (dynamic pages) + theme watch (palette)
 *             + interaction (tooltip) + clean copy (clipboard without marks)        start()/stop()
 *   report    after each pass: reportPage -> badge and popup
 *   answers   getActiveReport, revealEntry (popup -> background -> this tab)
 *   orphaned  extension reloaded/updated: stop everything, remove every trace
 */
import browser from 'webextension-polyfill';
import { pageNameLangs } from '../data/name-index.ts';
import type { EntryKind, Lang } from '../data/types.ts';
import { findArticleHead, findArticleRoot } from '../extract/index.ts';
import { packMentions } from '../matcher/wire.ts';
import { onMessage, type PageReport, sendMessage } from '../messaging/protocol.ts';
import { getSettings, isSiteEnabled, watchSettings } from '../settings/storage.ts';
import type { Settings } from '../settings/types.ts';
import { cleanCopy } from './clean-copy.ts';
import { type Annotator, createAnnotator, scopeOf } from './engine.ts';
import { leadingText, looksRussian, makeTranslate, pageLanguage, type Translate } from './i18n.ts';
import { createInteraction, type Interaction } from './interaction.ts';
import { claimPage, isOrphaned, sweepLeftovers } from './lifecycle.ts';
import { createLiveWatcher, type LiveWatcher } from './live.ts';
import type { PageEntry } from './page-index.ts';
import { revealEntry } from './reveal.ts';
import { yieldToMain } from './schedule.ts';
import { type ThemeWatch, watchTheme } from './theme-watch.ts';
import { readTooltipApi } from './tooltip/api.ts';
import { articleDate, type UiLang } from './tooltip/model.ts';
import { createTooltipLoader } from './tooltip-loader.ts';
import { type TopicIds, topicIds } from './topic.ts';
import { watchForTopic } from './topic-watch.ts';
import { mayBeAboutTheWar, mayBeAboutTheWarIn, topicWordsPattern } from './topic-words.ts';
import type { AnnotateResult, Mention, RemoteMatcher } from './types.ts';

const doc = document;
// The background's matcher and the names' labels: set up when the first session starts.
let matcher: RemoteMatcher | null = null;
let labels = new Map<string, PageEntry['label']>();
// Mentions that show a page is about the war (topic.ts); a page about something else is not marked.
const topic: TopicIds = topicIds([]);
// Before any of that: the stems one of those mentions needs (topic-words.ts), and, on a page that
// has none yet, the watch for text that brings some.
let topicWords: RegExp | null = null;
let stopTopicWatch: (() => void) | null = null;
// The article the pre-check found, handed to the first pass so that it is not looked for twice
// (finding it is up to ~20 ms on a long page); later passes look again.
let checkedArticle: Element | null = null;
// The page's opening text, walked at most once: the names' languages and the UI language may both
// need it (only where <html lang> does not say).
let opening: string | undefined;
const openingText = () => {
  opening ??= leadingText(doc.body);
  return opening;
};

interface Session {
  engine: Annotator;
  live: LiveWatcher;
  /** Started with the live watcher, after the first pass. */
  theme: ThemeWatch | null;
  interaction: Interaction;
  /** Stops writing the clipboard for copies that hold marks (clean-copy.ts). */
  stopCleanCopy: () => void;
  lang: UiLang;
  t: Translate;
}

let settings: Settings | null = null;
let session: Session | null = null;
// The background answered this instance once (a ping): it is alive and its messages arrive.
let pinged = false;
let report: PageReport = { url: location.href, state: 'disabled', markCount: 0, entries: [] };
let dead = false;
const cleanups: (() => void)[] = [];
// The tooltip UI is a second script the background injects into this frame on first use.
const tooltipUi = createTooltipLoader({
  inject: () => (checkOrphan() ? Promise.resolve(false) : sendMessage('loadTooltip', undefined)),
  read: () => readTooltipApi(),
});

function translator(lang: UiLang): Translate {
  return makeTranslate(lang, {
    getMessage: (key, subs) => browser.i18n.getMessage(key, subs),
    uiLang: browser.i18n.getUILanguage(),
  });
}

function labelOf(id: string, lang: UiLang, fallback: string): string {
  const label = labels.get(id);
  return label ? label[lang] || label.en : fallback;
}

/** Turns a pass result into the report the badge and popup show, and sends it. */
function publish(result: AnnotateResult, lang: UiLang): void {
  const entries = [...result.counts].map(([id, c]) => ({
    id,
    kind: c.kind as EntryKind,
    count: c.count,
    label: labelOf(id, lang, c.label),
  }));
  // Ties by id, not by localeCompare: the first locale comparison in a fresh page loads the
  // collator, ~10 ms inside the first pass's last task (npm run bench, SP_TRACE_EXT=2). The popup
  // orders the labels in the reader's locale itself.
  entries.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  sendReport(result.state, result.markCount, entries);
}

/** Keeps the page's report for the popup's questions and sends it on for the badge. */
function sendReport(state: PageReport['state'], markCount = 0, entries: PageReport['entries'] = []): void {
  report = { url: location.href, state, markCount, entries };
  send(() => sendMessage('reportPage', report));
}

/** Sends a message; an error that says the extension is gone ends this instance. */
function send(call: () => Promise<unknown>): void {
  if (checkOrphan()) return;
  call().catch(() => checkOrphan());
}

function checkOrphan(): boolean {
  if (dead) return true;
  if (!isOrphaned(() => browser.runtime)) return false;
  teardown();
  return true;
}

function start(current: Settings): Session {
  // Text nodes, not innerText: reading innerText would force a layout before the first paint settles.
  const lang = pageLanguage(doc, current.language, openingText);
  const t = translator(lang);
  let live: LiveWatcher | null = null;
  let handedOver = checkedArticle;
  checkedArticle = null;
  const engine = createAnnotator({
    root: doc,
    matcher: matcher!,
    settings: current,
    findArticle: (d) => {
      const article = handedOver;
      handedOver = null;
      return article?.isConnected ? article : findArticleRoot(d);
    },
    label: (m: Mention) => {
      const name = labelOf(m.id, lang, m.text);
      const what = t(`mark_kind_${m.kind}`);
      return name.toLowerCase() === m.text.toLowerCase()
        ? `${what}: ${m.text}`
        : `${what}: ${m.text} (${name})`;
    },
    ownWrites: (write) => (live ? live.ownWrites(write) : write()),
    topic,
  });
  const pass = async (run: () => Promise<AnnotateResult>) => {
    if (checkOrphan()) return;
    const result = await run();
    if (!session) return;
    publish(result, session.lang);
    // A full pass may have found another article, with other ancestors to paint its background.
    session.theme?.rescope();
  };
  live = createLiveWatcher({
    doc,
    scope: () => engine.scope(),
    heads: () => engine.heads(),
    onBlocks: (blocks) => pass(() => engine.rescan(blocks)),
    onRerun: () => pass(() => engine.annotate()),
    onRemoved: (nodes) => engine.forget(nodes),
  });
  const interaction = createInteraction({
    doc,
    settings: current,
    t,
    lang,
    marks: () => engine.marks(),
    focused: (mark) => engine.focused(mark),
    pageIds: () => [...engine.result().counts.keys()],
    loadDetails: (ids) => {
      if (checkOrphan()) return Promise.reject(new Error('Standpoint was reloaded'));
      return sendMessage('getEntryDetails', ids);
    },
    articleDate: articleDate(doc),
    // The overview opens in the language the tooltip spoke.
    openOverview: (hash) => send(() => sendMessage('openOverview', `${hash}&lang=${lang}`)),
    ui: tooltipUi,
  });
  const created: Session = { engine, live, theme: null, interaction, stopCleanCopy: cleanCopy(doc), lang, t };
  // The first pass starts in a task of its own, once the session is in place.
  void yieldToMain().then(() => {
    if (session !== created) return;
    const first = pass(() => engine.annotate());
    // Watched from the start of the pass: what the page adds meanwhile is read once it is done.
    live?.start(first);
    return first.then(() => {
      if (session !== created) return;
      created.theme = watchTheme({ doc, scope: () => engine.scope(), onChange: () => engine.retheme() });
    });
  });
  return created;
}

function stop(): void {
  if (!session) return;
  session.live.stop();
  session.theme?.stop();
  session.stopCleanCopy();
  session.interaction.destroy();
  session.engine.destroy();
  session = null;
}

/** Applies settings: starts, updates or stops the session for this host. */
async function apply(next: Settings): Promise<void> {
  if (dead) return;
  const prev = settings;
  settings = next;
  if (!isSiteEnabled(next, location.hostname)) {
    stop();
    stopWaitingForTopic();
    delete doc.documentElement.dataset.standpoint;
    sendReport('disabled');
    return;
  }
  if (!pinged) {
    const answer = await sendMessage('ping', undefined);
    if (answer !== 'pong' || dead) return;
    pinged = true;
  }
  if (!session) {
    if (!matcher && !pageMayBeAboutTheWar(next)) return;
    // Only a page that may be about the war shows that Standpoint is here (the end-to-end tests
    // wait on it): the many pages of a news site about something else carry no trace of it.
    doc.documentElement.dataset.standpoint = 'ready';
    matcher ??= loadNames();
    if (dead || session || settings !== next) return;
    session = start(next);
    return;
  }
  if (prev && prev.language !== next.language) {
    // A new UI language changes every label: rebuild the session.
    stop();
    session = start(next);
    return;
  }
  session.interaction.update({ settings: next, t: session.t, lang: session.lang });
  const result = await session.engine.update(next);
  if (session) publish(result, session.lang);
}

/**
 * The cheap first check: a page whose text to be marked (the article, or the whole page, as set)
 * holds no stem of the sides' names is not about the war, so it gets the 'off-topic' report without
 * the names being loaded, and a watch for new text that may change that (a live story, the next
 * article of a single-page site). Where no article is found yet, the session starts as before and
 * its own watcher waits for one.
 */
function pageMayBeAboutTheWar(current: Settings): boolean {
  stopWaitingForTopic();
  topicWords ??= topicWordsPattern(__STANDPOINT_TOPIC_WORDS__);
  const pattern = topicWords;
  const scope = scopeOf(doc, current.scope);
  checkedArticle = current.scope === 'article' ? scope : null;
  if (!scope || mayBeAboutTheWarIn(scope, pattern)) return true;
  // The engine reads the article's headline and standfirst with it: the check reads what it reads.
  const head = current.scope === 'article' ? findArticleHead(doc, scope) : [];
  if (head.some((el) => mayBeAboutTheWarIn(el, pattern))) return true;
  // Said once per address: text that arrives outside the article (a ticker) brings the check back.
  if (report.state !== 'off-topic' || report.url !== location.href) sendReport('off-topic');
  stopTopicWatch = watchForTopic(
    doc,
    (text) => mayBeAboutTheWar(text, pattern),
    () => {
      stopTopicWatch = null;
      if (settings) void apply(settings).catch(() => checkOrphan());
    },
  );
  return false;
}

function stopWaitingForTopic(): void {
  stopTopicWatch?.();
  stopTopicWatch = null;
}

/**
 * The names stay in the background, which matches for every page (background/matching.ts): this
 * page gets each entry's kind and label once, when annotating first starts, and sends its text for
 * each pass. Its own main thread never parses the names, loads them or runs a cold matcher over its
 * text. A page written in Russian asks for the Russian names too. The entries are asked for and the
 * first pass starts at once, without waiting for them: the first answer of the matcher waits for
 * both, so the labels and the topic are in place before anything is counted or written, and the
 * first mark comes one round trip sooner. A pass finds nothing when the background did not answer
 * (the extension was reloaded or updated, or the worker stopped mid-message; the next pass asks again).
 */
function loadNames(): RemoteMatcher {
  const langs = pageNameLangs(looksRussian(doc, openingText));
  let loaded: Promise<boolean> | null = null;
  // Asked again by the next pass when an answer failed (a worker stopped mid-message).
  const load = () =>
    (loaded ??= sendMessage('getPageEntries', langs).then(
      (entries) => {
        labels = new Map(entries.map((e) => [e.id, e.label]));
        // In place: the first session's engine holds this object from before the entries came.
        Object.assign(topic, topicIds(entries));
        return true;
      },
      () => {
        loaded = null;
        checkOrphan();
        return false;
      },
    ));
  void load();
  return backgroundMatcher(langs, load);
}

/** The background's matcher, asked over messages; nothing found once the extension is gone. */
function backgroundMatcher(langs: Lang[], entriesLoaded: () => Promise<boolean>): RemoteMatcher {
  return {
    async findAll(text) {
      if (checkOrphan()) return packMentions([]);
      try {
        const [ok, packed] = await Promise.all([
          entriesLoaded(),
          sendMessage('findMentions', { langs, text }),
        ]);
        return ok ? packed : packMentions([]);
      } catch {
        checkOrphan();
        return packMentions([]);
      }
    },
  };
}

/** Ends this instance and removes every trace of it from the page. */
function teardown(): void {
  if (dead) return;
  dead = true;
  stop();
  stopWaitingForTopic();
  for (const fn of cleanups.splice(0)) {
    try {
      fn();
    } catch {
      // Listener removal on a dead extension context may throw; the page must not see it.
    }
  }
  sweepLeftovers(doc);
  delete doc.documentElement.dataset.standpoint;
}

async function main(): Promise<void> {
  cleanups.push(claimPage(doc, teardown));
  sweepLeftovers(doc);
  cleanups.push(
    onMessage('getActiveReport', () => report),
    onMessage('revealEntry', ({ data }) => {
      // On a long page the entry's marks may still be waiting to be written (engine.ts).
      session?.engine.materialize(data);
      return revealEntry(doc, data);
    }),
  );
  const orphanCheck = () => void checkOrphan();
  for (const type of ['pageshow', 'visibilitychange', 'focus'] as const) {
    window.addEventListener(type, orphanCheck);
    cleanups.push(() => window.removeEventListener(type, orphanCheck));
  }
  // Shown again from the back/forward cache, or opened after the browser prerendered it, the page
  // keeps its marks, but the badge was cleared when the tab navigated (and a prerendered page's
  // report was not the tab's to show): the last report goes out again.
  const reportAgain = () => send(() => sendMessage('reportPage', report));
  const onPageShow = (e: PageTransitionEvent) => {
    if (e.persisted) reportAgain();
  };
  window.addEventListener('pageshow', onPageShow);
  doc.addEventListener('prerenderingchange', reportAgain);
  cleanups.push(() => {
    window.removeEventListener('pageshow', onPageShow);
    doc.removeEventListener('prerenderingchange', reportAgain);
  });
  await apply(await getSettings());
  cleanups.push(watchSettings((next) => void apply(next).catch(() => checkOrphan())));
}

// One failure (e.g. the extension reloaded mid-start) must never throw into the page.
main().catch(() => checkOrphan());
