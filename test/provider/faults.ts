/** Fault switches for reliability tests: they change how player_api.php answers, never what it answers from. */

/** Faults to inject into player_api.php answers. */
export interface Faults {
  /** Wait this long before answering. */
  delayMs?: number;
  /** Fraction (0..1) of answers that become HTTP 500/503 with an HTML body, spread evenly and reproducibly. */
  errorRate?: number;
  /** Prefix the JSON with a PHP notice, as panels with display_errors on do. */
  malformedJson?: boolean;
  /** Cut the body in half. */
  truncatedJson?: boolean;
  /** Answer 200 with an HTML page (a captive portal or parked domain) instead of JSON. */
  htmlInsteadOfJson?: boolean;
  /** Accept the request and never answer. */
  hang?: boolean;
}

const phpNotice =
  '<br />\n<b>Notice</b>:  Undefined index: category_id in <b>/home/xtreamcodes/iptv_xtream_codes/wwwdir/player_api.php</b>' +
  ' on line <b>224</b><br />\n';

const portalPage =
  '<!DOCTYPE html>\n<html><head><title>Service unavailable</title></head>\n' +
  '<body><h1>This service is temporarily unavailable</h1><p>Please try again later.</p></body></html>\n';

/** Checks a faults object from outside (CLI, control endpoint); unknown keys and wrong types are rejected. */
export function parseFaults(input: unknown): Faults {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new Error('faults must be an object');
  const faults: Faults = {};
  for (const [key, value] of Object.entries(input)) {
    switch (key) {
      case 'delayMs':
      case 'errorRate':
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
          throw new Error(`${key} must be a number >= 0`);
        }
        if (key === 'errorRate' && value > 1) throw new Error('errorRate must be between 0 and 1');
        faults[key] = value;
        break;
      case 'malformedJson':
      case 'truncatedJson':
      case 'htmlInsteadOfJson':
      case 'hang':
        if (typeof value !== 'boolean') throw new Error(`${key} must be a boolean`);
        faults[key] = value;
        break;
      default:
        throw new Error(`unknown fault ${key}`);
    }
  }
  return faults;
}

/** The body and content type a faulty answer carries instead of the real one. */
export interface DistortedBody {
  body: string;
  contentType: string;
}

/** The current faults and the running count that makes the error sequence reproducible. */
export class FaultSwitch {
  private faults: Faults = {};
  private answered = 0;
  private failed = 0;

  constructor(initial: Faults = {}) {
    this.set(initial);
  }

  /** Replaces all faults and restarts the error sequence. */
  set(faults: Faults): void {
    this.faults = parseFaults(faults);
    this.answered = 0;
    this.failed = 0;
  }

  get(): Faults {
    return { ...this.faults };
  }

  /**
   * Whether the next answer fails, and with which status. With rate r, answer n (1-based) fails when
   * floor(n*r) grows, so exactly r of the answers fail, evenly spread; failures alternate 500 and 503.
   */
  nextFailure(): 500 | 503 | undefined {
    const rate = this.faults.errorRate ?? 0;
    const n = ++this.answered;
    if (rate <= 0 || Math.floor(n * rate) === Math.floor((n - 1) * rate)) return undefined;
    return this.failed++ % 2 === 0 ? 500 : 503;
  }

  /** The JSON body as the faults distort it (unchanged when no body fault is on). */
  distort(json: string): DistortedBody {
    if (this.faults.htmlInsteadOfJson) return { body: portalPage, contentType: 'text/html; charset=UTF-8' };
    let body = json;
    if (this.faults.malformedJson) body = phpNotice + body;
    if (this.faults.truncatedJson) body = body.slice(0, Math.floor(body.length / 2));
    return { body, contentType: 'application/json' };
  }
}
