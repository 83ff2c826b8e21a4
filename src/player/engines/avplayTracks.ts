import type { AvPlayStreamInfo } from '../../platform';
import type { TrackList } from '../types';

function extraInfo(info: AvPlayStreamInfo): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(info.extra_info || '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** `getCurrentStreamInfo()` as an array: typed as one object, an array on real TVs (Samsung's sample loops over it). */
export function asStreamList(current: AvPlayStreamInfo[] | AvPlayStreamInfo | null | undefined): AvPlayStreamInfo[] {
  if (!current) return [];
  return Array.isArray(current) ? current : [current];
}

/**
 * The track list from `getTotalTrackInfo()` and `getCurrentStreamInfo()`. Ids are AVPlay's own `index` (what
 * `setSelectTrack` wants), not positions: AVPlay leaves out codecs the TV cannot decode, so positions would drift.
 * Audio languages are in `extra_info.language`, subtitle languages in `extra_info.track_lang` (tv-platforms.md §1.6).
 */
export function avplayTracks(
  total: readonly AvPlayStreamInfo[],
  current: readonly AvPlayStreamInfo[],
  subtitlesOn: boolean,
): TrackList {
  const selected = (type: string): number | undefined => {
    const entry = current.find((c) => c.type === type);
    return entry ? entry.index : undefined;
  };
  const activeAudio = selected('AUDIO');
  const activeText = selected('TEXT');
  const tracks: TrackList = { audio: [], subtitles: [] };
  total.forEach((info) => {
    const extra = extraInfo(info);
    if (info.type === 'AUDIO') {
      const language = text(extra.language);
      tracks.audio.push({
        id: String(info.index),
        label: language ?? `Audio ${tracks.audio.length + 1}`,
        language,
        active: activeAudio === undefined ? tracks.audio.length === 0 : info.index === activeAudio,
      });
    } else if (info.type === 'TEXT') {
      const language = text(extra.track_lang);
      tracks.subtitles.push({
        id: String(info.index),
        label: language ?? `Subtitles ${tracks.subtitles.length + 1}`,
        language,
        active: subtitlesOn && info.index === activeText,
      });
    }
  });
  return tracks;
}
