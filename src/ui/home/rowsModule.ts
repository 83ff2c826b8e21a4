/**
 * Everything the home rows need, loaded as a chunk of its own once the home page has drawn its menu: a warm start
 * reaches an interactive home without parsing the rows' code (and the library code they read).
 */
export { RowsPanel } from './RowsPanel';
export { placeEpisodes, readRows } from './rowData';
export { playRowItem, removalQuestion, removeRowItem } from './rowActions';
export { progressSettled } from '../library/watchProgress';
