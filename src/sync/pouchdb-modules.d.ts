// pouchdb-adapter-idb ships no types; it is a plugin like the others.
declare module 'pouchdb-adapter-idb' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
