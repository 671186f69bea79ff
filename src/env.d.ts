declare module 'virtual:standpoint/dataset' {
  const dataset: import('./data/types.ts').Dataset;
  export default dataset;
}
declare module 'virtual:standpoint/page-index' {
  /** JSON of an annotator/page-index.ts PageIndex (English and Ukrainian names). */
  const json: string;
  export default json;
}
