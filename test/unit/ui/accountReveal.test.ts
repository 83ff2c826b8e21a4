import { accountShown, revealAccount } from '../../../src/ui/home/accountReveal';

describe("the home page's account side on the first screen", () => {
  it('waits for the first key or a moment, once; later visits draw it at once', async () => {
    expect(accountShown()).toBe(false);
    const first = revealAccount();
    // Asked again while waiting (a language change redraws the page): the same wait, not a new one.
    expect(revealAccount()).toBe(first);
    expect(accountShown()).toBe(false);
    await first;
    expect(accountShown()).toBe(true);
  });
});
