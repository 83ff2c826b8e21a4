/**
 * Chromium driven over a bare DevTools pipe (`--remote-debugging-pipe`), for figures a TV would see: Playwright
 * enables the page's Runtime domain, and with an inspector listening V8 records a detailed stack trace (with source
 * positions) for every Error the page constructs. The first such Error during start-up makes V8 re-parse the whole
 * bundle for positions, 0.3–0.5 s at ×4 CPU that no TV pays. This page is driven with Emulation (CPU throttling),
 * Page (a script before the app's) and `Runtime.evaluate`, which needs no `Runtime.enable`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/browser';

/** A page in a bare browser. */
export interface BarePage {
  /** Evaluates `expression` in the page; its value must be JSON data. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** Options for {@link openBarePage}. */
export interface BarePageOptions {
  /** Profile folder (kept between launches: a TV restarting the app). */
  profile: string;
  url: string;
  cpuRate: number;
  /** Source run in every document before its own scripts. */
  initScript: string;
}

/** Launches Chromium on `profile`, throttles its page, installs `initScript` and loads `url`. */
export async function openBarePage(options: BarePageOptions): Promise<BarePage> {
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    // No start-up window: without it Chromium opens its new-tab page, a WebUI app whose scripts then run beside the
    // app's on the same two cores (about 1 s of them at start in Chromium 156).
    [
      ...CHROMIUM_ARGS,
      '--window-size=1920,1080',
      `--user-data-dir=${options.profile}`,
      '--remote-debugging-pipe',
      '--no-startup-window',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as NodeJS.WritableStream;
  const fromBrowser = child.stdio[4] as NodeJS.ReadableStream;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  let pending = '';
  let lastId = 0;
  fromBrowser.on('data', (data: Buffer) => {
    pending += data.toString();
    for (let end = pending.indexOf('\0'); end >= 0; end = pending.indexOf('\0')) {
      const reply = JSON.parse(pending.slice(0, end)) as Reply;
      pending = pending.slice(end + 1);
      const waiter = reply.id === undefined ? undefined : waiting.get(reply.id);
      if (!waiter) continue;
      waiting.delete(reply.id!);
      if (reply.error) waiter.reject(new Error(reply.error.message));
      else waiter.resolve(reply);
    }
  });
  void exited.then(() => {
    for (const waiter of waiting.values()) waiter.reject(new Error('Chromium exited'));
    waiting.clear();
  });
  const send = (method: string, params: object = {}, sessionId?: string): Promise<Record<string, unknown>> =>
    new Promise<Reply>((resolve, reject) => {
      const id = ++lastId;
      waiting.set(id, { resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    }).then((reply) => reply.result ?? {});
  const close = async (): Promise<void> => {
    const timeout = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5000).unref());
    // A clean exit lets Chromium write the profile out; the next start reads it as a TV's restart would.
    await Promise.race([send('Browser.close').catch(() => undefined), timeout()]);
    await Promise.race([exited, timeout()]);
    child.kill('SIGKILL');
    await exited;
  };
  try {
    const { targetId } = (await send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
    const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    await send('Emulation.setCPUThrottlingRate', { rate: options.cpuRate }, sessionId);
    await send('Page.enable', {}, sessionId);
    await send('Page.addScriptToEvaluateOnNewDocument', { source: options.initScript }, sessionId);
    await send('Page.navigate', { url: options.url }, sessionId);
    return {
      evaluate: async <T>(expression: string): Promise<T> => {
        const reply = (await send('Runtime.evaluate', { expression, returnByValue: true }, sessionId)) as {
          result?: { value?: unknown };
          exceptionDetails?: { text?: string };
        };
        if (reply.exceptionDetails) throw new Error(`in the page: ${reply.exceptionDetails.text ?? 'exception'}`);
        return reply.result?.value as T;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
