import { isStoreError } from '../../../src/store/errors';
import { hashPin, pinMatches } from '../../../src/store/pin';
import { UserDataStore } from '../../../src/store/userData';
import { realUserDb, useFreshIndexedDb } from './support';

async function openAccount(randomBytes?: (length: number) => Uint8Array) {
  const user = await UserDataStore.open(realUserDb(), { randomBytes });
  await user.saveAccount({ id: 'a', kind: 'm3u', name: 'Home', url: 'http://127.0.0.1/list.m3u', createdAt: 1 });
  return { user, data: user.forAccount('a') };
}

describe('parental PIN', () => {
  useFreshIndexedDb();

  it('verifies the right PIN and refuses a wrong one, across a restart', async () => {
    const { data } = await openAccount();
    expect(data.hasPin()).toBe(false);
    expect(data.verifyPin('1234')).toBe(false);
    await data.setPin('4071');
    expect(data.hasPin()).toBe(true);
    expect(data.verifyPin('4071')).toBe(true);
    expect(data.verifyPin('4072')).toBe(false);
    expect(data.verifyPin('')).toBe(false);
    const reopened = (await UserDataStore.open(realUserDb())).forAccount('a');
    expect(reopened.verifyPin('4071')).toBe(true);
    await reopened.clearPin();
    expect(reopened.hasPin()).toBe(false);
    expect(reopened.verifyPin('4071')).toBe(false);
  });

  it('salts every PIN: the same PIN twice gives different salts and hashes', () => {
    const first = hashPin('2580');
    const second = hashPin('2580');
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(pinMatches('2580', first)).toBe(true);
    expect(pinMatches('2580', second)).toBe(true);
  });

  it('never stores the PIN itself', async () => {
    // Fixed salt bytes make the stored text deterministic, so this check cannot flake on a chance match.
    const { user, data } = await openAccount((length) => new Uint8Array(length).fill(0xab));
    await data.setPin('97531');
    const exported = await user.exportAll();
    expect(exported).not.toContain('97531');
    expect(JSON.stringify(await realUserDb().get('user-data'))).not.toContain('97531');
  });

  it('refuses a PIN that is not 4 to 8 digits', async () => {
    const { data } = await openAccount();
    for (const pin of ['123', '123456789', '12a4', ' 1234']) {
      const error = await data.setPin(pin).catch((e: unknown) => e);
      expect(isStoreError(error) && error.code).toBe('BAD_ARGUMENT');
    }
    expect(data.hasPin()).toBe(false);
  });
});
