import { NetworkError } from '../../../src/net';
import { describeError } from '../../../src/ui/describeError';

describe('error texts', () => {
  it('point at the address when the server answered that nothing is there, and at the connection otherwise', () => {
    const missing = new NetworkError('HTTP_STATUS', 'http://host/list.m3u', 'The server answered with HTTP 404.', {
      status: 404,
    });
    expect(describeError(missing)).toEqual({
      message: 'The server answered with HTTP 404.',
      hint: 'Check the address: the server has nothing there (a typing error, or a link that expired).',
    });
    const busy = new NetworkError('HTTP_STATUS', 'http://host/list.m3u', 'The server answered with HTTP 503.', {
      status: 503,
    });
    expect(describeError(busy).hint).toBe('Check that the TV is connected to the internet, then try again.');
    const refused = new NetworkError('CONNECTION_REFUSED', 'http://host/list.m3u', 'Nothing answers at host.');
    expect(describeError(refused).hint).toBe('Check that the TV is connected to the internet, then try again.');
  });
});
