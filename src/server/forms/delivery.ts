/**
 * The delivery worker: sends each spooled item by SMTP, deletes it only once the mail
 * server has accepted it, retries temporary failures with exponential backoff for at
 * least five days, and moves permanent refusals to the dead-letter folder with an alert.
 * It holds nothing in memory that a crash could lose: all its state is in the spool.
 */
import type { Logger } from '../log.ts';
import type { DeliveryState, Spool, SpoolItem } from './spool.ts';

/**
 * Sends one item. `resend` is true when an earlier attempt may already have been accepted
 * (see DeliveryState.sendingSince): the copy keeps the same Message-ID, and says so in a header,
 * so a recipient's mail system, or a person, can drop the duplicate.
 */
export type Send = (item: SpoolItem, options?: { resend: boolean }) => Promise<void>;

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  giveUpAfterMs: number;
  pollMs: number;
  /** How many items are sent at once; each item is still only ever sent by one sender. */
  concurrency?: number;
  /** An operator is alerted when the oldest waiting item is older than this (default 15 minutes)… */
  alertAfterMs?: number;
  /** …and again at most this often while it stays so (default 15 minutes). */
  alertEveryMs?: number;
}

/** What /healthz may say about the outbox: counts and ages, never content. */
export interface QueueHealth {
  queued: number;
  oldestAgeSeconds: number;
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
  private lastDelayAlert = -Infinity;

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
        await this.runOnce().catch((error: unknown) =>
          // The outbox cannot be read: nothing waiting can be sent until an operator looks.
          this.logger.error('ALERT_spool_unreadable', { code: errorCode(error), action: 'delivery is stopped; check the spool folder' }),
        );
      } while (this.again);
      this.running = undefined;
    })();
    return this.running;
  }

  /** How many items wait and how long the oldest has waited, for /healthz and the delay alert. */
  async health(): Promise<QueueHealth> {
    const ids = await this.spool.ids();
    let oldest = this.now();
    for (const id of ids) {
      const item = await this.spool.read(id).catch(() => undefined);
      if (item) oldest = Math.min(oldest, Date.parse(item.createdAt));
    }
    return { queued: ids.length, oldestAgeSeconds: Math.max(0, Math.round((this.now() - oldest) / 1000)) };
  }

  /** One pass over the outbox, a few sends at a time, so a burst drains quickly. */
  async runOnce(): Promise<void> {
    const queue = await this.spool.ids();
    const queued = queue.length;
    let oldest = this.now();
    const next = async (): Promise<void> => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const item = await this.spool.read(id).catch(() => undefined);
        if (!item) continue;
        oldest = Math.min(oldest, Date.parse(item.createdAt));
        const state = (await this.spool.state(id)) ?? { attempts: 0, nextAttemptAt: item.createdAt };
        // An attempt that never finished is retried at once: it may have failed, or succeeded unseen.
        if (Date.parse(state.nextAttemptAt) > this.now() && !state.sendingSince) continue;
        await this.attempt(item, state);
      }
    };
    await Promise.all(Array.from({ length: this.policy.concurrency ?? 1 }, next));
    this.alertIfDelayed(queued, Math.round((this.now() - oldest) / 1000));
  }

  /**
   * An ALERT_ line while mail waits too long (a relay down for days would otherwise say only
   * "retry"), from what the pass just read: no extra reads of the outbox.
   */
  private alertIfDelayed(queued: number, oldestAgeSeconds: number): void {
    const alertAfterMs = this.policy.alertAfterMs ?? 15 * 60_000;
    if (this.now() - this.lastDelayAlert < (this.policy.alertEveryMs ?? 15 * 60_000)) return;
    if (queued === 0 || oldestAgeSeconds * 1000 < alertAfterMs) return;
    this.lastDelayAlert = this.now();
    this.logger.error('ALERT_delivery_delayed', {
      queued,
      oldestAgeMinutes: Math.floor(oldestAgeSeconds / 60),
      action: 'mail is not being accepted; check the SMTP relay',
    });
  }

  private async attempt(item: SpoolItem, previous: DeliveryState): Promise<void> {
    const attempts = previous.attempts + 1;
    const resend = previous.sendingSince !== undefined;
    // Durably noted before the mail server sees anything: a crash after it accepts leaves this mark.
    await this.spool.setState(item.id, { ...previous, sendingSince: new Date(this.now()).toISOString() });
    try {
      await this.send(item, { resend });
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
    this.logger.info('delivered', { item: item.id, attempts, ...(resend ? { resend: true } : {}) });
  }
}
