/** Request parameters: the query string, merged with a POST body as XUI's `$rRequest` does (GET and POST). */
import type { IncomingMessage } from 'node:http';

const MAX_BODY_BYTES = 64 * 1024;

/** Reads a request body as text (bounded; a larger body is cut off). */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Query parameters plus, for POST, form-encoded or JSON body fields (the body wins, like PHP's $_REQUEST order). */
export async function requestParams(req: IncomingMessage, url: URL): Promise<URLSearchParams> {
  const params = new URLSearchParams(url.search);
  if (req.method !== 'POST') return params;
  const body = await readBody(req);
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(body);
      if (parsed && typeof parsed === 'object') {
        for (const [key, value] of Object.entries(parsed)) {
          if (typeof value === 'string' || typeof value === 'number') params.set(key, String(value));
        }
      }
    } catch {
      // A broken JSON body adds nothing, as in PHP.
    }
    return params;
  }
  for (const [key, value] of new URLSearchParams(body)) params.set(key, value);
  return params;
}
