/**
 * Memory of a week's guide index: 1,000 channels × 200 programmes (~200,000 programmes over ~7.5 days), built
 * through the parser from a generated guide, measured as JS heap plus ArrayBuffers after a full collection.
 * Budget: ≤ 40 MB.
 */
import { createXmltvParser, GuideIndexBuilder, type GuideIndex } from '../../src/epg';
import { guideByteChunks } from './fixtures/xmltv-guide';
import { gc, machine, MB, type Report } from './support';

const NOW = Date.UTC(2026, 10, 22, 12);

function settled(): { heap: number; buffers: number } {
  gc();
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}

/** Parses the generated guide into an index; the parser and builder are gone when this returns. */
function buildIndex(): { index: GuideIndex; bytes: number } {
  const builder = new GuideIndexBuilder({ now: NOW });
  const parser = createXmltvParser({ onChannel: builder.onChannel, onProgramme: builder.onProgramme });
  let bytes = 0;
  // Programmes start a day back and run ~7.5 days: inside the default window (3 days back, 7 ahead) but its end.
  for (const chunk of guideByteChunks({ channels: 1000, programmesPerChannel: 200, startMs: NOW - 86400000 })) {
    bytes += chunk.length;
    parser.push(chunk);
  }
  const summary = parser.end();
  if (summary.errors.length) throw new Error(`parse errors: ${JSON.stringify(summary.errors.slice(0, 3))}`);
  return { index: builder.finish(), bytes };
}

export async function run(report: Report): Promise<void> {
  report('machine', 0, '', machine());
  const before = settled();
  const { index, bytes } = buildIndex();
  const after = settled();
  const heap = after.heap - before.heap;
  const buffers = after.buffers - before.buffers;
  const data = index.serialize();
  const characters = data.strings.reduce((sum, s) => sum + s.length, 0);
  report('guide XML generated', bytes / MB, 'MB');
  report('index programmes', index.programmeCount, 'programmes', {
    channels: index.channelCount,
    strings: data.strings.length,
    stringChars: characters,
  });
  report('index JS heap', heap / MB, 'MB');
  report('index typed arrays', buffers / MB, 'MB');
  report('index total', (heap + buffers) / MB, 'MB', { budget: '<= 40' });
  report('bytes per programme', (heap + buffers) / index.programmeCount, 'B');
  // Keeps the index alive until here, so the collection above could not take it.
  if (index.programmeAt('ch00000.bench', NOW) === undefined) throw new Error('the index lost its programmes');
}
