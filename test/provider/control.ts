/** `/__control/faults`: read (GET) or replace (POST, JSON body) the fault switches of a running provider. */
import type { RequestContext } from './context';
import { parseFaults } from './faults';
import { readBody } from './params';
import { send, sendText } from './respond';

export async function handleControlFaults(ctx: RequestContext): Promise<void> {
  const { req, res, state } = ctx;
  if (req.method === 'POST') {
    try {
      state.faults.set(parseFaults(JSON.parse((await readBody(req)) || '{}')));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return send(req, res, 400, JSON.stringify({ error: message }), { 'Content-Type': 'application/json' });
    }
  } else if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(req, res, 405, 'Method Not Allowed');
  }
  send(req, res, 200, JSON.stringify(state.faults.get()), { 'Content-Type': 'application/json' });
}
