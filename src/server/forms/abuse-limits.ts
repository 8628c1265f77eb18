/**
 * Submission limits (rate-limiter-flexible, in memory only), shaped so they cannot be turned
 * against the people they protect:
 * - a person's sent submissions count against their own limit (5 per 15 minutes, 20 a day);
 *   posts refused for a missing answer do not, so fixing a form never locks anyone out;
 * - every post, sent or not, counts against a separate, higher per-client budget for floods;
 * - the site-wide budget counts only submissions actually sent, so a client refused by its own
 *   limits spends nothing of it, and no client can take more of it than its own limit allows.
 * Clients are keyed by an HMAC of their address with a secret made at start, so no address is
 * ever stored, and the keys mean nothing after a restart.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface LimitSettings {
  perClientShort: number;
  shortSeconds: number;
  perClientDaily: number;
  globalPerMinute: number;
  /** Posts of any kind from one client in `shortSeconds`: a flood of invalid posts is refused here. */
  perClientAttempts: number;
}

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const refused = (rejection: unknown): LimitDecision => {
  if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  throw rejection;
};

export function createAbuseLimits(settings: LimitSettings) {
  const secret = randomBytes(32);
  const attempts = new RateLimiterMemory({ points: settings.perClientAttempts, duration: settings.shortSeconds });
  const short = new RateLimiterMemory({ points: settings.perClientShort, duration: settings.shortSeconds });
  const daily = new RateLimiterMemory({ points: settings.perClientDaily, duration: 24 * 60 * 60 });
  const global = new RateLimiterMemory({ points: settings.globalPerMinute, duration: 60 });

  const clientKey = (address: string) => createHmac('sha256', secret).update(address).digest('base64url');

  /** Refuses now, without spending anything, if this limiter has nothing left for the key. */
  const ensureLeft = async (limiter: RateLimiterMemory, key: string) => {
    const state = await limiter.get(key);
    if (state && state.remainingPoints <= 0) throw state;
  };

  return {
    /** Before reading a post: one attempt spent; refused if the client is flooding or has used up its sends. */
    async admit(address: string): Promise<LimitDecision> {
      const key = clientKey(address);
      try {
        await attempts.consume(key);
        await ensureLeft(short, key);
        await ensureLeft(daily, key);
        await ensureLeft(global, 'all');
        return { allowed: true };
      } catch (rejection) {
        return refused(rejection);
      }
    },

    /** A valid submission about to be sent: spends the client's sends, then the site-wide budget. */
    async spend(address: string): Promise<LimitDecision> {
      const key = clientKey(address);
      try {
        await ensureLeft(global, 'all');
        await short.consume(key);
        await daily.consume(key);
        await global.consume('all');
        return { allowed: true };
      } catch (rejection) {
        return refused(rejection);
      }
    },
  };
}

export type AbuseLimits = ReturnType<typeof createAbuseLimits>;
