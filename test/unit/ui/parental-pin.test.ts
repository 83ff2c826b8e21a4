import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openIndexedDbStore, USER_DATABASE, UserDataStore, type AccountUserData } from '../../../src/store';
import {
  completePin,
  emptyEntry,
  moveCursor,
  stepDigit,
  typeDigit,
  type PinEntry,
} from '../../../src/ui/parental/pinEntry';
import { PinFlow } from '../../../src/ui/parental/pinFlow';

async function accountData(): Promise<AccountUserData> {
  const user = await UserDataStore.open(openIndexedDbStore(USER_DATABASE.name, USER_DATABASE.store));
  await user.saveAccount({ id: 'a1', kind: 'm3u', name: 'List', url: 'http://127.0.0.1/list.m3u', createdAt: 1 });
  return user.forAccount('a1');
}

function typed(digits: string, entry: PinEntry = emptyEntry()): PinEntry {
  return digits.split('').reduce((e, d) => typeDigit(e, Number(d)), entry);
}

describe('typing a PIN with a remote', () => {
  it('fills the places with digit keys and completes after four', () => {
    expect(completePin(typed('123'))).toBeUndefined();
    const entry = typed('1234');
    expect(completePin(entry)).toBe('1234');
    expect(entry.cursor).toBe(3);
  });

  it('chooses a digit with Up/Down, going round, and moves with Left/Right', () => {
    let entry = stepDigit(emptyEntry(), -1);
    expect(entry.digits[0]).toBe(9);
    entry = stepDigit(entry, 1);
    expect(entry.digits[0]).toBe(0);
    entry = stepDigit(stepDigit(entry, 1), 1);
    expect(entry.digits[0]).toBe(2);
    entry = moveCursor(entry, 1);
    expect(entry.cursor).toBe(1);
    // Right stops at an empty place, so no place is skipped.
    expect(moveCursor(entry, 1).cursor).toBe(1);
    entry = moveCursor(stepDigit(entry, 1), -1);
    expect(entry.cursor).toBe(0);
    expect(entry.digits.slice(0, 2)).toEqual([2, 0]);
  });

  it('corrects a place by moving back and typing over it', () => {
    const entry = typeDigit(moveCursor(moveCursor(typed('1234'), -1), -1), 7);
    expect(completePin(entry)).toBe('1734');
  });
});

describe('PIN tasks', () => {
  beforeEach(() => {
    (globalThis as { indexedDB?: unknown }).indexedDB = new IDBFactory();
  });

  it('sets a first PIN typed twice, and starts again when the two differ', async () => {
    const data = await accountData();
    const flow = new PinFlow('set', data);
    expect(flow.step).toBe('new');
    expect(await flow.submit('1234')).toEqual({ status: 'next', step: 'confirm' });
    expect(await flow.submit('1243')).toEqual({ status: 'mismatch' });
    expect(flow.step).toBe('new');
    expect(data.hasPin()).toBe(false);
    await flow.submit('2468');
    expect(await flow.submit('2468')).toEqual({ status: 'done' });
    expect(data.hasPin()).toBe(true);
    expect(data.verifyPin('2468')).toBe(true);
  });

  it('changes the PIN only after the old one, and keeps the old one until the new is confirmed', async () => {
    const data = await accountData();
    await data.setPin('1111');
    const flow = new PinFlow('change', data);
    expect(await flow.submit('9999')).toEqual({ status: 'wrong' });
    expect(flow.step).toBe('current');
    expect(await flow.submit('1111')).toEqual({ status: 'next', step: 'new' });
    await flow.submit('2222');
    expect(data.verifyPin('1111')).toBe(true);
    expect(await flow.submit('2222')).toEqual({ status: 'done' });
    expect(data.verifyPin('2222')).toBe(true);
    expect(data.verifyPin('1111')).toBe(false);
  });

  it('removes the PIN only with the PIN', async () => {
    const data = await accountData();
    await data.setPin('1357');
    const flow = new PinFlow('remove', data);
    expect(await flow.submit('7531')).toEqual({ status: 'wrong' });
    expect(data.hasPin()).toBe(true);
    expect(await flow.submit('1357')).toEqual({ status: 'done' });
    expect(data.hasPin()).toBe(false);
  });

  it('checks the PIN without changing anything', async () => {
    const data = await accountData();
    await data.setPin('4321');
    const flow = new PinFlow('verify', data);
    expect(await flow.submit('1234')).toEqual({ status: 'wrong' });
    expect(await flow.submit('4321')).toEqual({ status: 'done' });
    expect(data.verifyPin('4321')).toBe(true);
  });
});
