/**
 * The steps of the PIN tasks: checking the PIN (to open a locked category), setting a first PIN (typed twice),
 * changing it (the old one first) and removing it (the old one first). The dialog asks for the current step's PIN
 * and hands it to {@link PinFlow.submit}; nothing here draws.
 */

/** What the flows need of the account's PIN (AccountUserData has it). */
export interface PinKeeper {
  hasPin(): boolean;
  verifyPin(pin: string): boolean;
  setPin(pin: string): Promise<void>;
  clearPin(): Promise<void>;
}

/** The PIN tasks. */
export type PinTask = 'verify' | 'set' | 'change' | 'remove';

/** Which PIN a step asks for. */
export type PinStep = 'current' | 'new' | 'confirm';

/** What a submitted PIN led to. */
export type PinOutcome =
  /** Ask for the next step's PIN. */
  | { status: 'next'; step: PinStep }
  /** The PIN typed is not the account's: ask again. */
  | { status: 'wrong' }
  /** The new PIN was typed differently the second time: start the new PIN again. */
  | { status: 'mismatch' }
  /** The task is done. */
  | { status: 'done' }
  /** Storing the change failed. */
  | { status: 'failed'; error: unknown };

const STEPS: Record<PinTask, readonly PinStep[]> = {
  verify: ['current'],
  set: ['new', 'confirm'],
  change: ['current', 'new', 'confirm'],
  remove: ['current'],
};

/** One run of a PIN task; see the file comment. */
export class PinFlow {
  private index = 0;
  private chosen = '';

  constructor(
    readonly task: PinTask,
    private readonly keeper: PinKeeper,
  ) {}

  /** The step whose PIN is asked now. */
  get step(): PinStep {
    return STEPS[this.task][this.index];
  }

  /** Takes the PIN typed for the current step. */
  async submit(pin: string): Promise<PinOutcome> {
    const step = this.step;
    if (step === 'current' && !this.keeper.verifyPin(pin)) return { status: 'wrong' };
    if (step === 'new') this.chosen = pin;
    if (step === 'confirm' && pin !== this.chosen) {
      this.index = STEPS[this.task].indexOf('new');
      this.chosen = '';
      return { status: 'mismatch' };
    }
    if (this.index + 1 < STEPS[this.task].length) {
      this.index++;
      return { status: 'next', step: this.step };
    }
    try {
      if (this.task === 'remove') await this.keeper.clearPin();
      else if (this.task !== 'verify') await this.keeper.setPin(this.chosen);
    } catch (error) {
      return { status: 'failed', error };
    }
    return { status: 'done' };
  }
}
