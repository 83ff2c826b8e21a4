/**
 * The documented vocabulary of AVPlay the fake checks calls against (research: tv-platforms.md §1.4, §1.5, §1.6):
 * the exception it throws, the accepted option names, and how it numbers tracks.
 */
import type { AvPlayStreamInfo } from '../../src/platform';
import type { FakeStream } from './mediaNetwork';

/** A WebAPIException as AVPlay throws it from synchronous calls (§1.4). */
export class FakeWebApiException extends Error {
  constructor(
    override readonly name: 'InvalidStateError' | 'InvalidValuesError' | 'TypeMismatchError' | 'NotSupportedError',
    message: string,
  ) {
    super(message);
  }
}

export const BUFFER_OPTIONS = ['PLAYER_BUFFER_FOR_PLAY', 'PLAYER_BUFFER_FOR_RESUME'];
export const BUFFER_UNITS = ['PLAYER_BUFFER_SIZE_IN_SECOND', 'PLAYER_BUFFER_SIZE_IN_BYTE'];
export const STREAMING_PROPERTIES = [
  'COOKIE',
  'USER_AGENT',
  'PREBUFFER_MODE',
  'ADAPTIVE_INFO',
  'SET_MODE_4K',
  'PROPERTY_HD_AUDIO',
  'LISTEN_SPARSE_TRACK',
  'IS_LIVE',
  'AVAILABLE_BITRATE',
  'GET_LIVE_DURATION',
  'CURRENT_BANDWIDTH',
  'WIDEVINE',
];
export const DISPLAY_METHODS = [
  'PLAYER_DISPLAY_MODE_LETTER_BOX',
  'PLAYER_DISPLAY_MODE_FULL_SCREEN',
  'PLAYER_DISPLAY_MODE_AUTO_ASPECT_RATIO',
];

/** Video first, then one AUDIO per language, then one TEXT per subtitle language (indices in stream order, §1.6). */
export function streamTracks(stream: FakeStream | undefined): AvPlayStreamInfo[] {
  if (!stream) return [];
  const tracks: AvPlayStreamInfo[] = [
    { index: 0, type: 'VIDEO', extra_info: '{"fourCC":"H264","Width":"1920","Height":"1080"}' },
  ];
  (stream.audio ?? ['und']).forEach((language) =>
    tracks.push({
      index: tracks.length,
      type: 'AUDIO',
      extra_info: JSON.stringify({ language, fourCC: 'AAC', channels: '2' }),
    }),
  );
  (stream.subtitles ?? []).forEach((language) =>
    tracks.push({
      index: tracks.length,
      type: 'TEXT',
      extra_info: JSON.stringify({ track_lang: language, subtitle_type: '0' }),
    }),
  );
  return tracks;
}
