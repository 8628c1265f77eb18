/**
 * The delivery worker: sends each spooled item by SMTP, deletes it only once the mail
 * server has accepted it, retries temporary failures with exponential backoff for at
 * least five days, and moves permanent refusals to the dead-letter folder with an alert.
 * It holds nothing in memory that a crash could lose: all its state is in the spool.
 */
import type { Logger } from '../log.ts';
import type { Spool, SpoolItem } from './spool.ts';

export type Send = (item: SpoolItem) => Promise<void>;

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  giveUpAfterMs: number;
  pollMs: number;
  /** How many items are sent at once; each item is still only ever sent by one sender. */
  concurrency?: number;
}

/** A 5xx reply is the mail server saying "never": retrying cannot help. */
export function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown })?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export function backoffMs(attempts: number, policy: Pick<RetryPolicy, 'baseMs' | 'maxMs'>): number {
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
}

function errorCode(error: unknown): string {
  const { responseCode, code } = (error ?? {}) as { responseCode?: number; code?: string };
  return String(responseCode ?? code ?? 'unknown');
}

export class DeliveryWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  private readonly spool: Spool;
  private readonly send: Send;
  private readonly logger: Logger;
  private readonly policy: RetryPolicy;
  private readonly now: () => number;

  constructor(spool: Spool, send: Send, logger: Logger, policy: RetryPolicy, now: () => number = Date.now) {
    this.spool = spool;
    this.send = send;
    this.logger = logger;
    this.policy = policy;
    this.now = now;
  }

  start(): void {
    this.timer ??= setInterval(() => this.kick(), this.policy.pollMs);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Runs a pass soon; passes never overlap, so an item is never sent twice at once. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.runOnce().catch((error: unknown) => this.logger.error('delivery_pass_failed', { code: errorCode(error) }));
      } while (this.again);
      this.running = undefined;
    })();
    return this.running;
  }

  /** One pass over the outbox, a few sends at a time, so a burst drains quickly. */
  async runOnce(): Promise<void> {
    const queue = await this.spool.ids();
    const next = async (): Promise<void> => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const item = await this.spool.read(id).catch(() => undefined);
        if (!item) continue;
        const state = (await this.spool.state(id)) ?? { attempts: 0, nextAttemptAt: item.createdAt };
        if (Date.parse(state.nextAttemptAt) > this.now()) continue;
        await this.attempt(item, state.attempts);
      }
    };
    await Promise.all(Array.from({ length: this.policy.concurrency ?? 1 }, next));
  }

  private async attempt(item: SpoolItem, previousAttempts: number): Promise<void> {
    const attempts = previousAttempts + 1;
    try {
      await this.send(item);
    } catch (error) {
      const code = errorCode(error);
      if (isPermanent(error)) {
        await this.spool.setState(item.id, { attempts, nextAttemptAt: new Date(this.now()).toISOString(), lastCode: code });
        await this.spool.moveToDead(item.id);
        this.logger.error('ALERT_delivery_refused', { item: item.id, code, attempts, action: 'moved to dead-letter; needs an operator' });
        return;
      }
      const age = this.now() - Date.parse(item.createdAt);
      if (age >= this.policy.giveUpAfterMs) {
        await this.spool.setState(item.id, { attempts, nextAttemptAt: new Date(this.now()).toISOString(), lastCode: code });
        await this.spool.moveToDead(item.id);
        this.logger.error('ALERT_delivery_expired', { item: item.id, code, attempts, action: 'moved to dead-letter; needs an operator' });
        return;
      }
      const next = new Date(this.now() + backoffMs(attempts, this.policy)).toISOString();
      await this.spool.setState(item.id, { attempts, nextAttemptAt: next, lastCode: code });
      this.logger.info('delivery_retry', { item: item.id, code, attempts });
      return;
    }
    await this.spool.remove(item.id);
    this.logger.info('delivered', { item: item.id, attempts });
  }
}
