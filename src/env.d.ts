declare module 'virtual:standpoint/dataset' {
  const dataset: import('./data/types.ts').Dataset;
  export default dataset;
}
declare module 'virtual:standpoint/names' {
  const names: import('./data/name-index.ts').NameIndex;
  export default names;
}
declare module 'virtual:standpoint/matcher' {
  const compiled: import('./matcher/index.ts').CompiledMatcher;
  export default compiled;
}
