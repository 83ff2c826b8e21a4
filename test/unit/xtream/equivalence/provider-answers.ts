// Answers of our test provider (demo catalogue) fetched over HTTP, with its random port written
// out of the bodies so that they are the same on every run.
import { startProvider, type Flavour } from '../../../provider/server';
import { FIXED_NOW, type CallOptions } from './outcome';

/** Answers of one kind (e.g. every get_series_info), under one name. */
export interface AnswerGroup {
  name: string;
  action: string;
  answers: Array<{ raw: unknown; options: CallOptions }>;
}

const LISTS = [
  'get_live_categories',
  'get_vod_categories',
  'get_series_categories',
  'get_live_streams',
  'get_vod_streams',
  'get_series',
];

function idsOf(list: unknown, field: string, every: number): string[] {
  if (!Array.isArray(list)) throw new Error(`expected a list of ${field}`);
  return list.filter((_, index) => index % every === 0).map((row) => String((row as Record<string, unknown>)[field]));
}

/** Every list answer plus details and guides of a sample of items, for one flavour and seed. */
export async function providerAnswers(flavour: Flavour, seed: number): Promise<AnswerGroup[]> {
  const provider = await startProvider({ port: 0, flavour, seed, size: 'demo', quiet: true, now: () => FIXED_NOW });
  const host = new URL(provider.url).host;
  const get = async (query: string): Promise<unknown> => {
    const response = await fetch(`${provider.url}/player_api.php?username=demo&password=demo${query}`);
    const body = await response.text();
    return JSON.parse(body.split(host).join('provider.test'));
  };
  try {
    const login = (await get('')) as { server_info: { port: string; timezone: string } };
    // The login echoes the port it was reached on.
    login.server_info.port = '8080';
    const groups: AnswerGroup[] = [
      { name: 'login', action: 'login', answers: [{ raw: login, options: { now: FIXED_NOW - 1234 } }] },
    ];
    const lists: Record<string, unknown> = {};
    for (const action of LISTS) {
      lists[action] = await get(`&action=${action}`);
      groups.push({ name: action, action, answers: [{ raw: lists[action], options: {} }] });
    }
    const server = login.server_info;
    const details = async (action: string, param: string, ids: string[], withId: boolean): Promise<void> => {
      const answers = [];
      for (const id of ids) {
        const raw = await get(`&action=${action}&${param}=${id}`);
        answers.push({ raw, options: withId ? { requestedId: id } : { clock: { timezone: server.timezone } } });
      }
      groups.push({ name: `${action} ×${ids.length}`, action, answers });
    };
    await details('get_vod_info', 'vod_id', idsOf(lists.get_vod_streams, 'stream_id', 10), true);
    await details('get_series_info', 'series_id', idsOf(lists.get_series, 'series_id', 1), true);
    const channels = idsOf(lists.get_live_streams, 'stream_id', 20);
    await details('get_short_epg', 'stream_id', channels, false);
    await details('get_simple_data_table', 'stream_id', channels, false);
    return groups;
  } finally {
    await provider.close();
  }
}
