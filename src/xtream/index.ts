// The public API of the Xtream Codes client.
export { XtreamClient, type XtreamClientOptions } from './client';
export { repairCredentials, type CredentialsInput, type RepairedCredentials } from './input';
export { XtreamError, isXtreamError, DEFAULT_HINTS, type XtreamErrorCode, type XtreamErrorOptions } from './errors';
export { classifyStreamRefusal, accountRejection, errorFromNetwork, formatDate } from './error-mapping';
export {
  diagnoseConnection,
  USUAL_XTREAM_PORTS,
  type DoctorReport,
  type DoctorStep,
  type DoctorStepId,
  type DoctorOptions,
} from './doctor';
export {
  apiUrl,
  liveUrl,
  movieUrl,
  episodeUrl,
  timeshiftUrl,
  playlistUrl,
  xmltvUrl,
  chooseLiveFormat,
  createStreamUrls,
  type StreamUrls,
  type UrlCredentials,
  type LiveFormat,
} from './urls';
export { serverWallClock, parseServerWallClock, formatTimeshiftStart, type WallClock } from './server-time';
export { decodeEpgText } from './base64';
export { normalizeAction, NORMALIZED_ACTIONS, type NormalizeReport, type EpgClock } from './normalize';
export { Collector } from './normalize/collector';
export { normalizeLogin } from './normalize/account';
export type {
  Account,
  ServerInfo,
  Category,
  LiveStream,
  Movie,
  Series,
  MovieDetails,
  SeriesDetails,
  Season,
  Episode,
  EpgEntry,
} from './models';
