/**
 * M3U parsing at TV scale: a deterministic 200,000-entry get.php m3u_plus playlist (50k live, 110k movies,
 * 40k episodes), parsed by our parser and by the peer `@iptv/playlist`. Prints medians, entries per second,
 * the speed ratio (budget: ours at least 1.5× the peer) and peak heap. A 20,000-entry run is printed too: the
 * peer looks up every new channel in its result array, so its cost grows with the square of the size, and the
 * smaller size shows the ratio where that weighs less.
 */
import { parseM3U } from '@iptv/playlist';
import { parsePlaylist, PlaylistParser, type PlaylistEntry } from '../../src/m3u';
import { generateXtreamPlaylist, TV_SCALE, type GeneratedPlaylistShape } from './fixtures/m3u-playlist';
import { machine, MB, median, peakHeapDuring, settledHeap, timeRuns, type Report } from './support';

const BUDGET = 1.5;
const STREAM_CHUNK = 64 * 1024;

export async function run(report: Report): Promise<void> {
  report('machine', 1, 'info', machine());
  await compare(report, TV_SCALE, '', { ours: 7, peer: 3 });
  await compare(report, { live: 5_000, movies: 11_000, episodes: 4_000, seed: 7 }, '_20k', { ours: 15, peer: 15 });
}

async function compare(
  report: Report,
  shape: GeneratedPlaylistShape,
  suffix: string,
  runs: { ours: number; peer: number },
): Promise<void> {
  const text = generateXtreamPlaylist(shape);
  const expected = shape.live + shape.movies + shape.episodes;
  checkOurs(text, shape);
  const peerCount = parseM3U(text).channels.length;
  if (peerCount !== expected) throw new Error(`the peer read ${peerCount} entries, expected ${expected}`);
  report(`entries${suffix}`, expected, 'entries', { textMB: round(text.length / MB) });

  const times = await timeAlternately(
    () => parsePlaylist(text),
    () => parseM3U(text),
    runs,
  );
  const oursMs = median(times.ours);
  const peerMs = median(times.peer);
  report(`ours_median${suffix}`, oursMs, 'ms', { runs: runs.ours });
  report(`peer_median${suffix}`, peerMs, 'ms', { runs: runs.peer, peer: '@iptv/playlist' });
  report(`ours_rate${suffix}`, expected / (oursMs / 1000), 'entries/s');
  report(`peer_rate${suffix}`, expected / (peerMs / 1000), 'entries/s');
  const ratio = peerMs / oursMs;
  report(`ours_faster_by${suffix}`, ratio, '×', { budget: BUDGET, withinBudget: ratio >= BUDGET });

  if (suffix !== '') return;
  // Peak: sampled every 10,000 entries for ours; the peer's parse is one synchronous call, sampled at its end.
  // Retained: what the kept result still holds after a full collection. The text itself is in neither figure.
  const ours = await peakHeapDuring((sample) => {
    const entries: PlaylistEntry[] = [];
    const parser = new PlaylistParser({
      onEntry: (entry) => {
        if (entries.push(entry) % 10_000 === 0) sample();
      },
    });
    parser.push(text);
    parser.end();
    return entries;
  });
  report('ours_peak_heap', ours.peakBytes / MB, 'MB', { retainedMB: round((settledHeap() - ours.baseBytes) / MB) });
  const theirs = await peakHeapDuring(() => parseM3U(text));
  report('peer_peak_heap', theirs.peakBytes / MB, 'MB', { retainedMB: round((settledHeap() - theirs.baseBytes) / MB) });
  if (ours.result.length !== theirs.result.channels.length) throw new Error('the parsers disagree on the count');
  const streamed = await peakHeapDuring((sample) => {
    let count = 0;
    const parser = new PlaylistParser({ onEntry: () => count++ });
    for (let at = 0; at < text.length; at += STREAM_CHUNK) {
      parser.push(text.slice(at, at + STREAM_CHUNK));
      sample();
    }
    parser.end();
    return count;
  });
  report('ours_streaming_peak_heap', streamed.peakBytes / MB, 'MB', {
    what: '64 KiB chunks, entries handed on and dropped; the peak is garbage awaiting collection',
    retainedMB: round((settledHeap() - streamed.baseBytes) / MB),
  });
}

/**
 * Times both parsers in turns, so a change in the machine's load during the bench weighs on both alike; ours runs
 * more often since the peer's runs take seconds at full size. The correctness checks before were the warm-up.
 */
async function timeAlternately(
  ours: () => unknown,
  peer: () => unknown,
  runs: { ours: number; peer: number },
): Promise<{ ours: number[]; peer: number[] }> {
  const times = { ours: [] as number[], peer: [] as number[] };
  for (let turn = 0; turn < Math.max(runs.ours, runs.peer); turn++) {
    if (turn < runs.ours) times.ours.push(...(await timeRuns(ours, 1, 0)));
    if (turn < runs.peer) times.peer.push(...(await timeRuns(peer, 1, 0)));
  }
  return times;
}

/** Refuses to time a parse that gives the wrong answer. */
function checkOurs(text: string, shape: GeneratedPlaylistShape): void {
  const { value, warnings } = parsePlaylist(text);
  const kinds = { live: 0, movie: 0, episode: 0 };
  for (const entry of value.entries) {
    if (entry.xtream === undefined) throw new Error(`line ${entry.line} was not read as an Xtream URL`);
    kinds[entry.kind]++;
  }
  const expected = { live: shape.live, movie: shape.movies, episode: shape.episodes };
  if (warnings.length > 0 || JSON.stringify(kinds) !== JSON.stringify(expected)) {
    throw new Error(`our parse is wrong: ${JSON.stringify({ kinds, expected, warnings: warnings.slice(0, 3) })}`);
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
