declare module 'virtual:standpoint/dataset' {
  const dataset: import('./data/types.ts').Dataset;
  export default dataset;
}
declare module 'virtual:standpoint/page-index' {
  /** JSON of an annotator/page-index.ts PageIndex (English and Ukrainian names). */
  const json: string;
  export default json;
}
/** Stems of the war's sides' names (annotator/topic-words.ts), from the dataset at build time. */
declare const __STANDPOINT_TOPIC_WORDS__: readonly string[];
