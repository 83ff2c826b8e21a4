/**
 * The library: the in-memory catalogue and search, and the `Source` interface that fills them from an Xtream
 * account or an M3U playlist, through the store's cache, with the programme guide.
 */
export * from './catalog';
export * from './search';
export * from './source';
export * from './guide';
