/**
 * A faithful fake of the webOS Luna bridge for the media service (research: tv-platforms.md §3.3, §3.6):
 * `webOS.service.request('luna://com.webos.media', { method, parameters, onSuccess, onFailure })` answers
 * asynchronously; `selectTrack {type, mediaId, index}` and `setSubtitleEnable {mediaId, enable}` fail for a mediaId
 * no `<video>` carries (LG sets it shortly after a source, §3.6) and for tracks that do not exist.
 */
import type { LunaRequestOptions, LunaService } from '../../src/platform';
import type { FakeDocument } from './dom';
import type { FakeWebOsVideo } from './webos';

/** The Luna bridge with `luna://com.webos.media` (§3.3, §3.6); records every call. */
export class FakeLuna implements LunaService {
  readonly calls: { uri: string; method: string; parameters: Record<string, unknown> }[] = [];

  constructor(private readonly document: FakeDocument) {}

  request(uri: string, options: LunaRequestOptions): unknown {
    const parameters = options.parameters ?? {};
    this.calls.push({ uri, method: options.method, parameters });
    setTimeout(() => {
      const outcome = this.handle(uri, options.method, parameters);
      if (outcome === true) options.onSuccess?.({ returnValue: true });
      else options.onFailure?.({ errorCode: -1, errorText: outcome });
      options.onComplete?.({});
    }, 0);
    return {};
  }

  private handle(uri: string, method: string, parameters: Record<string, unknown>): true | string {
    if (uri !== 'luna://com.webos.media') return `Unknown service ${uri}`;
    const video = (this.document.querySelectorAll('video') as FakeWebOsVideo[]).find(
      (v) => v.mediaId !== undefined && v.mediaId === parameters.mediaId,
    );
    if (!video) return 'Unknown mediaId';
    if (method === 'setSubtitleEnable')
      return typeof parameters.enable === 'boolean' ? true : 'enable must be a boolean';
    if (method !== 'selectTrack') return `Unknown method ${method}`;
    const index = parameters.index;
    if (typeof index !== 'number') return 'index must be a number';
    if (parameters.type === 'audio') {
      if (index < 0 || index >= video.audioTracks.length) return 'No such audio track';
      video.audioTracks.forEach((track, i) => (track.enabled = i === index));
      return true;
    }
    if (parameters.type === 'text') return index >= 0 && index < video.textTracks.length ? true : 'No such text track';
    return 'type must be audio or text';
  }
}
