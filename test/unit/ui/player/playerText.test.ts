import { PLAYER_ERROR_CODES, PlayerError } from '../../../../src/player';
import { setLanguage } from '../../../../src/ui/i18n';
import { aspectLabel, failureText, stateCaption } from '../../../../src/ui/player/playerText';
import { minutesLeft, progressAt, timeRange } from '../../../../src/ui/player/times';

describe('player texts', () => {
  afterEach(() => setLanguage('en'));

  it('counts reconnect attempts', async () => {
    expect(stateCaption('reconnecting', { attempt: 2, max: 5, delayMs: 1000 })).toBe('Reconnecting 2/5');
    expect(stateCaption('playing')).toBeUndefined();
    await setLanguage('de');
    expect(stateCaption('reconnecting', { attempt: 3, max: 5, delayMs: 1000 })).toBe('Neu verbinden 3/5');
  });

  it('explains every player error with a sentence and what to do', () => {
    PLAYER_ERROR_CODES.forEach((code) => {
      const text = failureText(new PlayerError(code));
      expect(text.message).not.toMatch(/^player\./);
      expect(text.hint).not.toMatch(/^player\./);
      expect(text.hint.length).toBeGreaterThan(10);
    });
    expect(failureText(new PlayerError('STREAM_FORBIDDEN')).message).toMatch(/another device/);
  });

  it('names aspect modes', () => {
    expect(aspectLabel('16:9')).toBe('16:9');
    expect(aspectLabel('fill')).toBe('Fill the screen');
  });

  it('writes programme times and progress', () => {
    const start = new Date(2026, 0, 5, 20, 0).getTime();
    const stop = new Date(2026, 0, 5, 21, 30).getTime();
    expect(timeRange(start, stop)).toBe('20:00 – 21:30');
    expect(progressAt(start, stop, start + 45 * 60000)).toBeCloseTo(0.5);
    expect(progressAt(start, stop, stop + 1)).toBe(1);
    expect(minutesLeft(stop, stop - 61000)).toBe(2);
  });
});
