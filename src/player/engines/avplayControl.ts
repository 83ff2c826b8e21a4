import type { AvPlayApi, AvPlayDisplayMethod, AvPlayState } from '../../platform';
import { pictureBox, type PictureFit } from '../surface/aspect';
import type { AspectMode, Rect } from '../types';
import type { StartRequest } from './Engine';
import type { EngineTuning } from './tuning';

/** AVPlay has no crop mode: zoom uses the full rectangle (stretch) rather than letterboxing. */
const DISPLAY_METHOD: Record<PictureFit, AvPlayDisplayMethod> = {
  contain: 'PLAYER_DISPLAY_MODE_LETTER_BOX',
  fill: 'PLAYER_DISPLAY_MODE_FULL_SCREEN',
  cover: 'PLAYER_DISPLAY_MODE_FULL_SCREEN',
};

/** States in which AVPlay accepts each call (tv-platforms.md §1.3; newer firmware is laxer, we follow the strict list). */
const RECT_STATES: readonly AvPlayState[] = ['IDLE', 'READY', 'PLAYING', 'PAUSED'];
export const STOP_STATES: readonly AvPlayState[] = ['IDLE', 'PLAYING', 'PAUSED'];
export const TRACK_STATES: readonly AvPlayState[] = ['READY', 'PLAYING'];
export const SEEK_STATES: readonly AvPlayState[] = ['IDLE', 'PLAYING', 'PAUSED'];

/** AVPlay's state, or `NONE` when it cannot say. */
export function avplayState(avplay: AvPlayApi | undefined): AvPlayState {
  try {
    return avplay ? avplay.getState() : 'NONE';
  } catch {
    return 'NONE';
  }
}

/** Runs an AVPlay call that its current state may refuse. */
export function safely(call: () => unknown): void {
  try {
    call();
  } catch {
    // AVPlay throws for calls its current state does not allow; the engine's state checks avoid most of them.
  }
}

/** The name of an error AVPlay handed to a callback (a string, an object with `name`, or nothing useful). */
export function errorName(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error && typeof (error as { name?: unknown }).name === 'string') return (error as { name: string }).name;
  return 'PLAYER_ERROR_GENEREIC';
}

/**
 * Sets up an opened stream before `prepareAsync`: user agent, buffering limits and, for VOD, the start position.
 * Throws what AVPlay throws.
 */
export function configureStream(avplay: AvPlayApi, request: StartRequest, tuning: EngineTuning, live: boolean): void {
  if (request.headers && request.headers.userAgent)
    avplay.setStreamingProperty('USER_AGENT', request.headers.userAgent);
  avplay.setTimeoutForBuffering(tuning.nativeBufferingTimeoutSeconds);
  // Bounded buffers (§1.5): a long session must not grow AVPlay's memory.
  avplay.setBufferingParam('PLAYER_BUFFER_FOR_PLAY', 'PLAYER_BUFFER_SIZE_IN_SECOND', tuning.nativeStartBufferSeconds);
  avplay.setBufferingParam(
    'PLAYER_BUFFER_FOR_RESUME',
    'PLAYER_BUFFER_SIZE_IN_SECOND',
    tuning.nativeResumeBufferSeconds,
  );
  // seekTo before prepare sets the start position (§1.3).
  if (!live && request.startAt) avplay.seekTo(Math.round(request.startAt * 1000));
}

/** Places the picture, where AVPlay's state allows it. */
export function placePicture(avplay: AvPlayApi, aspect: AspectMode, rect: Rect | undefined): void {
  if (RECT_STATES.indexOf(avplayState(avplay)) === -1) return;
  // The stage is AVPlay's fixed 1920×1080 display space, so stage coordinates go through unchanged (§1.2).
  const box = pictureBox(aspect, rect);
  safely(() => {
    avplay.setDisplayRect(box.rect.x, box.rect.y, box.rect.w, box.rect.h);
    avplay.setDisplayMethod(DISPLAY_METHOD[box.fit]);
  });
}
