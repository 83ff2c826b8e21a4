import { CueCollector } from '../../../src/player/engines/shakaText';
import { combineCues, plainCueText } from '../../../src/player/engines/textTrackCues';

describe('subtitle cues', () => {
  it('strips cue markup to plain text for the canvas', () => {
    expect(plainCueText('<v Anna><i>Hello</i> &amp; <c.yellow>welcome</c></v>')).toBe('Hello & welcome');
  });

  it('combines the active cues into one, line by line', () => {
    expect(
      combineCues([
        { startTime: 1, endTime: 3, text: 'First' },
        { startTime: 2, endTime: 4, text: '<b>Second</b>' },
        { startTime: 2, endTime: 4, text: '  ' },
      ]),
    ).toEqual({ text: 'First\nSecond', start: 1, end: 4 });
    expect(combineCues([])).toBeNull();
  });

  it('keeps shaka’s cues and answers the one showing at a time, nested or not', () => {
    const collector = new CueCollector();
    collector.append([
      { startTime: 0, endTime: 2, payload: 'Line 1' },
      {
        startTime: 2,
        endTime: 4,
        payload: '',
        nestedCues: [
          { startTime: 2, endTime: 4, payload: 'Line ' },
          { startTime: 2, endTime: 4, payload: '2' },
        ],
      },
    ]);
    expect(collector.cueAt(1)).toBeNull();
    collector.setTextVisibility(true);
    expect(collector.cueAt(1)?.text).toBe('Line 1');
    expect(collector.cueAt(3)?.text).toBe('Line 2');
    collector.remove(0, 2);
    expect(collector.cueAt(1)).toBeNull();
    expect(collector.isTextVisible()).toBe(true);
  });
});
