/**
 * What building a guide from XMLTV needs (the streaming parser, its gzip decoder and the index builder), as one
 * module that the data layer imports on demand: reading a cached guide needs none of it, so the app starts
 * without it.
 */
export { createXmltvParser } from './xmltv/parser';
export { GuideIndexBuilder } from './guide/guide-index-builder';
