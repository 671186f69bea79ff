/**
 * The ids `../shared/spec/taxonomy.md` requires, by kind. The dataset may add more; it must never
 * drop or rename these. A unit test keeps this list equal to the spec.
 */
export const TAXONOMY = {
  parties: ['us', 'ukraine', 'russia', 'europe', 'france', 'uk', 'germany', 'nato'],
  people: [
    'trump',
    'biden',
    'kellogg',
    'witkoff',
    'rubio',
    'vance',
    'zelensky',
    'yermak',
    'umerov',
    'sybiha',
    'putin',
    'lavrov',
    'peskov',
    'dmitriev',
    'macron',
    'starmer',
    'merz',
    'von-der-leyen',
    'rutte',
  ],
  plans: [
    'us-framework-2025-04',
    'eu-ua-counterproposal-2025-04',
    'us-28-point-plan-2025-11',
    'peace-formula-2022',
    'china-12-point-2023',
    'istanbul-communique-2022',
    'russia-demands-2024-06',
  ],
  proposals: [
    'ceasefire',
    'crimea-recognition',
    'occupied-territories',
    'frontline-freeze',
    'donbas-withdrawal',
    'nato-non-accession',
    'security-guarantees',
    'european-force',
    'sanctions-relief',
    'frozen-assets',
    'zaporizhzhia-npp',
    'military-aid',
    'territorial-integrity',
    'army-limits',
    'minerals-deal',
    'elections',
  ],
} as const;

/** The four parties whose positions every proposal should carry (or a declared gap). */
export const CORE_PARTIES = ['us', 'ukraine', 'russia', 'europe'] as const;
