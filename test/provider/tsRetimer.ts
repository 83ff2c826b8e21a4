/**
 * Makes a looped MPEG-TS stream continuous: shifts PTS/DTS/PCR of each repetition by the loop length and
 * renumbers the continuity counters, so players of progressive TS (TV media players, mpegts.js) see one clean
 * stream instead of timestamps jumping back every loop. (HLS uses #EXT-X-DISCONTINUITY instead.)
 */

const PACKET_SIZE = 188;
const SYNC_BYTE = 0x47;
/** PTS, DTS and the PCR base are 33-bit counters of a 90 kHz clock. */
const WRAP = 2 ** 33;

function readTimestamp(b: Buffer, at: number): number {
  return (
    ((b[at] >> 1) & 0x07) * 2 ** 30 + (b[at + 1] << 22) + ((b[at + 2] >> 1) << 15) + (b[at + 3] << 7) + (b[at + 4] >> 1)
  );
}

function writeTimestamp(b: Buffer, at: number, value: number): void {
  const high = Math.floor(value / 2 ** 30) & 0x07;
  const low = value % 2 ** 30;
  b[at] = (b[at] & 0xf0) | (high << 1) | 1;
  b[at + 1] = (low >>> 22) & 0xff;
  b[at + 2] = (((low >>> 15) & 0x7f) << 1) | 1;
  b[at + 3] = (low >>> 7) & 0xff;
  b[at + 4] = ((low & 0x7f) << 1) | 1;
}

function shiftPcr(b: Buffer, at: number, offset: number): void {
  const base = b[at] * 2 ** 25 + (b[at + 1] << 17) + (b[at + 2] << 9) + (b[at + 3] << 1) + (b[at + 4] >> 7);
  const shifted = (base + offset) % WRAP;
  b[at] = Math.floor(shifted / 2 ** 25) & 0xff;
  b[at + 1] = Math.floor(shifted / 2 ** 17) & 0xff;
  b[at + 2] = Math.floor(shifted / 2 ** 9) & 0xff;
  b[at + 3] = Math.floor(shifted / 2) & 0xff;
  b[at + 4] = ((shifted & 1) << 7) | (b[at + 4] & 0x7f);
}

/** The PTS of every PES packet start in whole TS packets, per PID, in stream order. */
export function presentationTimes(packets: Buffer): Map<number, number[]> {
  const times = new Map<number, number[]>();
  for (let p = 0; p + PACKET_SIZE <= packets.length; p += PACKET_SIZE) {
    const control = (packets[p + 3] >> 4) & 0x03;
    if (packets[p] !== SYNC_BYTE || !(packets[p + 1] & 0x40) || !(control & 0x01)) continue;
    const payload = p + 4 + (control & 0x02 ? 1 + packets[p + 4] : 0);
    const isPes = packets[payload] === 0 && packets[payload + 1] === 0 && packets[payload + 2] === 1;
    if (!isPes || payload + 14 > p + PACKET_SIZE || !(packets[payload + 7] & 0x80)) continue;
    const pid = ((packets[p + 1] & 0x1f) << 8) | packets[p + 2];
    const list = times.get(pid) ?? [];
    list.push(readTimestamp(packets, payload + 9));
    times.set(pid, list);
  }
  return times;
}

/**
 * How far to shift each repetition of a looped TS so no stream overlaps the next loop: from the earliest
 * start to the latest end of any stream (the last PES counted as long as the one before it). Audio frames
 * never end exactly where the video does, so this leaves a gap of a few milliseconds rather than an overlap.
 */
export function loopTicks(packets: Buffer): number {
  let first = Infinity;
  let end = 0;
  for (const list of presentationTimes(packets).values()) {
    const sorted = [...list].sort((a, b) => a - b);
    const last = sorted[sorted.length - 1];
    const step = sorted.length > 1 ? last - sorted[sorted.length - 2] : 0;
    first = Math.min(first, sorted[0]);
    end = Math.max(end, last + step);
  }
  return end > first ? end - first : 0;
}

/** Rewrites successive pieces of one continuous output stream; keep one instance per response. */
export class TsRetimer {
  private readonly counters = new Map<number, number>();

  /** A copy of whole TS packets with timestamps moved by `offsetTicks` (90 kHz) and counters continued. */
  retime(packets: Buffer, offsetTicks: number): Buffer {
    const out = Buffer.from(packets);
    for (let p = 0; p + PACKET_SIZE <= out.length; p += PACKET_SIZE) {
      if (out[p] !== SYNC_BYTE) continue;
      const pid = ((out[p + 1] & 0x1f) << 8) | out[p + 2];
      const unitStart = (out[p + 1] & 0x40) !== 0;
      const control = (out[p + 3] >> 4) & 0x03;
      if (control & 0x01) {
        const previous = this.counters.get(pid);
        const counter = previous === undefined ? out[p + 3] & 0x0f : (previous + 1) & 0x0f;
        this.counters.set(pid, counter);
        out[p + 3] = (out[p + 3] & 0xf0) | counter;
      }
      let payload = p + 4;
      if (control & 0x02) {
        const length = out[p + 4];
        if (length > 0 && out[p + 5] & 0x10) shiftPcr(out, p + 6, offsetTicks);
        payload += 1 + length;
      }
      const isPes = out[payload] === 0 && out[payload + 1] === 0 && out[payload + 2] === 1;
      if (!unitStart || !(control & 0x01) || !isPes || payload + 19 > p + PACKET_SIZE) continue;
      const flags = out[payload + 7] >> 6;
      if (flags & 0x02) writeTimestamp(out, payload + 9, (readTimestamp(out, payload + 9) + offsetTicks) % WRAP);
      if (flags === 0x03) writeTimestamp(out, payload + 14, (readTimestamp(out, payload + 14) + offsetTicks) % WRAP);
    }
    return out;
  }
}
