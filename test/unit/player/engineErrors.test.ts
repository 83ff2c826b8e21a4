import { classifyAvPlayError, failureFromException } from '../../../src/player/engines/avplayErrors';
import { classifyHlsError } from '../../../src/player/engines/hlsErrors';
import { classifyMpegTsError } from '../../../src/player/engines/mpegtsErrors';
import { classifyShakaError } from '../../../src/player/engines/shakaErrors';
import {
  PLAYER_ERROR_CODES,
  PlayerError,
  isPlayerError,
  playerErrorFromFailure,
  playerErrorFromStatus,
} from '../../../src/player';

describe('hls.js errors', () => {
  it('leaves non-fatal errors to hls.js, which retries them itself', () => {
    expect(classifyHlsError({ type: 'networkError', details: 'fragLoadError', fatal: false })).toBeUndefined();
    expect(classifyHlsError({ type: 'mediaError', details: 'bufferStalledError', fatal: false })).toBeUndefined();
  });

  it('marks a fatal media error recoverable in place', () => {
    expect(classifyHlsError({ type: 'mediaError', details: 'bufferAppendError', fatal: true })).toMatchObject({
      kind: 'media',
      recoverable: true,
    });
  });

  it('reads the HTTP status from the response or the XHR', () => {
    expect(
      classifyHlsError({ type: 'networkError', details: 'manifestLoadError', fatal: true, response: { code: 404 } }),
    ).toMatchObject({
      kind: 'http',
      status: 404,
    });
    expect(
      classifyHlsError({
        type: 'networkError',
        details: 'levelLoadError',
        fatal: true,
        networkDetails: { status: 403 },
      }),
    ).toMatchObject({
      kind: 'http',
      status: 403,
    });
  });

  it('tells timeouts, lost connections, frozen playlists and unplayable formats apart', () => {
    expect(classifyHlsError({ type: 'networkError', details: 'manifestLoadTimeOut', fatal: true })?.kind).toBe(
      'timeout',
    );
    expect(classifyHlsError({ type: 'networkError', details: 'fragLoadError', fatal: true })?.kind).toBe('network');
    expect(classifyHlsError({ type: 'otherError', details: 'playlistUnchangedError', fatal: true })?.kind).toBe(
      'network',
    );
    expect(classifyHlsError({ type: 'networkError', details: 'manifestParsingError', fatal: true })?.kind).toBe(
      'format',
    );
    expect(classifyHlsError({ type: 'keySystemError', details: 'keySystemNoKeys', fatal: true })?.kind).toBe('format');
  });
});

describe('shaka errors', () => {
  it('reads the status of BAD_HTTP_STATUS (1001) from data[1]', () => {
    expect(classifyShakaError({ category: 1, code: 1001, severity: 2, data: ['http://x', 404] })).toMatchObject({
      kind: 'http',
      status: 404,
    });
  });

  it('maps timeouts, network, manifest and media categories', () => {
    expect(classifyShakaError({ category: 1, code: 1003 })?.kind).toBe('timeout');
    expect(classifyShakaError({ category: 1, code: 1002 })?.kind).toBe('network');
    expect(classifyShakaError({ category: 4, code: 4032 })?.kind).toBe('format');
    expect(classifyShakaError({ category: 3, code: 3016 })?.kind).toBe('media');
  });

  it('ignores an operation the player aborted itself', () => {
    expect(classifyShakaError({ category: 7, code: 7000 })).toBeUndefined();
  });
});

describe('mpegts.js errors', () => {
  it('maps statuses, timeouts and early ends of the body', () => {
    expect(classifyMpegTsError('NetworkError', 'HttpStatusCodeInvalid', { code: 404 })).toMatchObject({
      kind: 'http',
      status: 404,
    });
    expect(classifyMpegTsError('NetworkError', 'ConnectingTimeout')).toMatchObject({ kind: 'timeout' });
    expect(classifyMpegTsError('NetworkError', 'UnrecoverableEarlyEof')).toMatchObject({ kind: 'network' });
  });

  it('calls MPEG-2 or AC-3 content a format the browser cannot play', () => {
    expect(classifyMpegTsError('MediaError', 'CodecUnsupported').kind).toBe('format');
    expect(classifyMpegTsError('MediaError', 'FormatUnsupported').kind).toBe('format');
    expect(classifyMpegTsError('MediaError', 'MediaMSEError').kind).toBe('media');
  });
});

describe('AVPlay errors', () => {
  it('turns CONNECTION_FAILED into the HTTP status the TV announced, or a network failure', () => {
    expect(classifyAvPlayError('PLAYER_ERROR_CONNECTION_FAILED', 403)).toMatchObject({ kind: 'http', status: 403 });
    expect(classifyAvPlayError('PLAYER_ERROR_CONNECTION_FAILED', undefined)).toMatchObject({ kind: 'network' });
  });

  it('maps the documented error names', () => {
    expect(classifyAvPlayError('PLAYER_ERROR_NOT_SUPPORTED_FORMAT', undefined).kind).toBe('format');
    expect(classifyAvPlayError('PLAYER_ERROR_NOT_SUPPORTED_FILE', undefined).kind).toBe('format');
    expect(classifyAvPlayError('PLAYER_ERROR_INVALID_URI', undefined)).toMatchObject({ kind: 'http', status: 404 });
    expect(classifyAvPlayError('PLAYER_ERROR_GENEREIC', undefined).kind).toBe('media');
  });

  it('turns a thrown WebAPIException into a failure naming the call', () => {
    expect(failureFromException({ name: 'InvalidStateError' }, 'open')).toMatchObject({
      kind: 'media',
      detail: 'open: InvalidStateError',
    });
    expect(failureFromException({ name: 'NotSupportedError' }, 'open').kind).toBe('format');
  });
});

describe('PlayerError', () => {
  it('has six stable codes, each with a viewer-facing message and hint', () => {
    expect(PLAYER_ERROR_CODES).toEqual([
      'STREAM_FORBIDDEN',
      'STREAM_NOT_FOUND',
      'UNSUPPORTED_FORMAT',
      'NETWORK',
      'DECODE',
      'TIMEOUT',
    ]);
    for (const code of PLAYER_ERROR_CODES) {
      const error = new PlayerError(code);
      expect(error.message).not.toBe('');
      expect(error.hint).not.toBe('');
      expect(isPlayerError(error)).toBe(true);
      expect(error).toBeInstanceOf(Error);
    }
    expect(isPlayerError({ name: 'PlayerError' })).toBe(true);
    expect(isPlayerError(new Error('x'))).toBe(false);
  });

  it('says a 403 may mean the account is in use on another device', () => {
    expect(playerErrorFromStatus(403).message).toMatch(/another device/);
    expect(playerErrorFromStatus(458).code).toBe('STREAM_FORBIDDEN');
    expect(playerErrorFromStatus(404).code).toBe('STREAM_NOT_FOUND');
    expect(playerErrorFromStatus(502)).toMatchObject({ code: 'NETWORK', status: 502 });
  });

  it('keeps the engine and its own error name for logs', () => {
    const error = playerErrorFromFailure({ kind: 'media', detail: 'bufferAppendError' }, 'hlsjs');
    expect(error).toMatchObject({ code: 'DECODE', engine: 'hlsjs', detail: 'bufferAppendError' });
  });
});
