/**
 * The programme guide: a streaming XMLTV parser (bytes or text in, channels and programmes out, no DOM, no I/O)
 * and the guide index built from it (programmes by channel and time, compact and cacheable).
 */
export { createXmltvParser, DEFAULT_XMLTV_PARSER_OPTIONS } from './xmltv/parser';
export { parseXmltvFromStream, parseXmltvText } from './xmltv/parse-helpers';
export { parseXmltvTime } from './xmltv/time';
export type {
  XmltvChannel,
  XmltvEpisode,
  XmltvIssue,
  XmltvIssueCode,
  XmltvParser,
  XmltvParserOptions,
  XmltvProgramme,
  XmltvSummary,
} from './xmltv/types';
export { GuideIndex } from './guide/guide-index';
export { GuideIndexBuilder, DEFAULT_GUIDE_WINDOW, OPEN_ENDED_SECONDS } from './guide/guide-index-builder';
export { normalizeChannelName } from './guide/channel-names';
export type { SerializedGuideIndex } from './guide/guide-data';
export type {
  ChannelRef,
  GuideBuildReport,
  GuideChannel,
  GuideProgramme,
  GuideWindowOptions,
  NowAndNext,
} from './guide/types';
