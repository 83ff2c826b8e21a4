import type { ReconnectProgress } from '../types';
import { reconnectDelay, type ResiliencePolicy } from './policy';

type BudgetPolicy = Pick<
  ResiliencePolicy,
  'maxReconnects' | 'reconnectBaseDelayMs' | 'reconnectMaxDelayMs' | 'stableAfterMs'
>;

/**
 * The reconnects of one session: counted against the policy's maximum with a growing delay each, and earned back
 * once the stream has played steadily for a while, so a long evening is not one budget.
 */
export class ReconnectBudget {
  private used = 0;
  private total = 0;
  private stableTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly policy: BudgetPolicy) {}

  /** Reconnects in the current run of trouble (0 again after steady playing). */
  get current(): number {
    return this.used;
  }

  /** Every reconnect of the session. */
  get count(): number {
    return this.total;
  }

  /** Whether another reconnect is allowed. */
  get left(): boolean {
    return this.used < this.policy.maxReconnects;
  }

  /** Counts a reconnect; says which one it is and how long to wait before it. */
  take(): ReconnectProgress {
    this.used++;
    this.total++;
    return { attempt: this.used, max: this.policy.maxReconnects, delayMs: reconnectDelay(this.used, this.policy) };
  }

  /** The stream shows pictures: if it keeps playing, the budget fills up again. */
  playing(): void {
    this.stop();
    this.stableTimer = setTimeout(() => {
      this.used = 0;
    }, this.policy.stableAfterMs);
  }

  /** Stops waiting for steady playing. */
  stop(): void {
    if (this.stableTimer) clearTimeout(this.stableTimer);
    this.stableTimer = undefined;
  }
}
