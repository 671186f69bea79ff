/** A small hand-made dataset for overview tests, independent of the bundled data's content. */
import type { Dataset, Position, Source, Stance } from '../../../src/data/types.ts';

const src = (publisher: string, date: string, title: string, url?: string): Source => ({
  publisher,
  date,
  title,
  language: 'en',
  ...(url ? { url } : {}),
});

export const CNN = src('CNN', '2025-04-25', 'Stumbling blocks', 'https://edition.cnn.com/x');
export const REUTERS = src('Reuters', '2025-03-01', 'Talks begin', 'https://www.reuters.com/y');
export const UNN = {
  ...src('UNN', '2025-04-25', 'Що відомо про плани'),
  via: 'CNN',
  language: 'uk' as const,
};

function pos(
  party: string,
  subject: string,
  stance: Stance,
  date: string,
  sources: Source[] = [CNN],
): Position {
  return {
    id: `${party}/${subject}/${date}`,
    party,
    subject,
    stance,
    date,
    summary: {
      en: `${party} ${stance} ${subject} on ${date}`,
      uk: `${party} ${stance} ${subject} (${date}) укр`,
    },
    sources,
  };
}

/** The US moves from opposes to supports on crimea-recognition on 2025-04-20; one position lies after asOf. */
export function makeDataset(): Dataset {
  return {
    asOf: '2025-05-01',
    contexts: {},
    entries: [
      {
        id: 'us',
        kind: 'party',
        type: 'state',
        names: { en: ['United States', 'US'], uk: ['Сполучені Штати', 'США'] },
        description: { en: 'The US', uk: 'США' },
      },
      {
        id: 'ukraine',
        kind: 'party',
        type: 'state',
        names: { en: ['Ukraine'], uk: ['Україн{а|и|у|і}'] },
        description: { en: 'Ukraine', uk: 'Україна' },
      },
      {
        id: 'putin',
        kind: 'party',
        type: 'person',
        represents: 'russia',
        names: { en: ['Vladimir Putin', 'Putin'], uk: ['Володимир Путін', 'Путін'] },
        description: { en: 'President of Russia', uk: 'Президент Росії' },
      },
      {
        id: 'trump',
        kind: 'party',
        type: 'person',
        represents: 'us',
        names: { en: ['Donald Trump'], uk: ['Дональд Трамп'] },
        description: { en: 'President of the US', uk: 'Президент США' },
      },
      {
        id: 'crimea-recognition',
        kind: 'proposal',
        names: { en: ['recognition of Crimea'], uk: ['визнання Криму'] },
        description: { en: 'Crimea', uk: 'Крим' },
        label: { en: 'Crimea recognition', uk: 'Визнання Криму' },
      },
      {
        id: 'ceasefire',
        kind: 'proposal',
        names: { en: ['ceasefire'], uk: ['припинення вогню'] },
        description: { en: 'Ceasefire', uk: 'Припинення вогню' },
      },
      {
        id: 'plan-a',
        kind: 'plan',
        date: '2025-04-17',
        authors: ['us'],
        status: 'leaked',
        names: { en: ['the US framework'], uk: ['рамкова пропозиція США'] },
        description: { en: 'A', uk: 'А' },
        sources: [CNN],
        points: [
          {
            proposal: 'crimea-recognition',
            says: { en: 'De jure recognition.', uk: 'Визнання де-юре.' },
            sources: [CNN],
          },
          {
            proposal: 'ceasefire',
            says: { en: 'Permanent ceasefire.', uk: 'Постійне припинення вогню.' },
            sources: [],
          },
        ],
      },
      {
        id: 'plan-b',
        kind: 'plan',
        date: '2025-04-23',
        authors: ['ukraine'],
        status: 'draft',
        names: { en: ['the counterproposal'], uk: ['контрпропозиція'] },
        description: { en: 'B', uk: 'Б' },
        sources: [UNN],
        points: [
          {
            proposal: 'ceasefire',
            says: { en: 'Permanent  ceasefire.', uk: 'Постійне припинення вогню.' },
            sources: [],
          },
        ],
      },
    ],
    positions: [
      pos('us', 'crimea-recognition', 'opposes', '2025-03-01', [REUTERS]),
      pos('us', 'crimea-recognition', 'supports', '2025-04-20'),
      pos('ukraine', 'crimea-recognition', 'opposes', '2025-04-22', [CNN, UNN]),
      pos('ukraine', 'crimea-recognition', 'opposes', '2025-04-25'),
      pos('putin', 'ceasefire', 'conditional', '2025-03-18'),
      // Dated after asOf: must never show anywhere.
      pos('putin', 'crimea-recognition', 'supports', '2025-06-01'),
      pos('ukraine', 'plan-a', 'mixed', '2025-04-24'),
    ],
    gaps: [],
  };
}
