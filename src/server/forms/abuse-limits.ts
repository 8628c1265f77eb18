/**
 * Per-client and global submission limits (rate-limiter-flexible, in memory only).
 * Clients are keyed by an HMAC of their IP address with a secret made at start, so no
 * IP address is ever stored, and the keys mean nothing after a restart.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface LimitSettings {
  perClientShort: number;
  shortSeconds: number;
  perClientDaily: number;
  globalPerMinute: number;
}

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function createAbuseLimits(settings: LimitSettings) {
  const secret = randomBytes(32);
  const short = new RateLimiterMemory({ points: settings.perClientShort, duration: settings.shortSeconds });
  const daily = new RateLimiterMemory({ points: settings.perClientDaily, duration: 24 * 60 * 60 });
  const global = new RateLimiterMemory({ points: settings.globalPerMinute, duration: 60 });

  const clientKey = (address: string) => createHmac('sha256', secret).update(address).digest('base64url');

  return {
    async check(address: string): Promise<LimitDecision> {
      const key = clientKey(address);
      try {
        await global.consume('all');
        await short.consume(key);
        await daily.consume(key);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
        throw rejection;
      }
    },
  };
}

export type AbuseLimits = ReturnType<typeof createAbuseLimits>;
