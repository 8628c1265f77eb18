/**
 * The server's settings, read once from the environment. Defaults give the embedded
 * demo: no config/recipients.json means a generated demo key and an in-process SMTP sink.
 */
import { join } from 'node:path';
import { recipientsFile } from './forms/demo-mode.ts';
import type { TrustedProxies } from './client-address.ts';

export interface ServerConfig {
  root: string;
  distDir: string;
  port: number;
  host: string;
  /** The site's public origin, e.g. https://waypoint.example; if unset, the request's Host is trusted. */
  publicOrigin: string | undefined;
  recipientsFile: string;
  spoolDir: string;
  demoDir: string;
  smtp: { host: string; port: number; user: string | undefined; pass: string | undefined; requireTLS: boolean; from: string } | undefined;
  retry: { baseMs: number; maxMs: number; giveUpAfterMs: number; pollMs: number; concurrency: number; alertAfterMs: number; alertEveryMs: number };
  limits: { perClientShort: number; shortSeconds: number; perClientDaily: number; globalPerMinute: number; perClientAttempts: number };
  /** TLS ends at a proxy in front: send Strict-Transport-Security although Node sees plain HTTP. */
  tlsAtProxy: boolean;
  /** Who may say, in X-Forwarded-For, where a request came from (client-address.ts). */
  trustedProxies: TrustedProxies;
}

type Env = Record<string, string | undefined>;

const number = (env: Env, name: string, fallback: number): number => {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${name} must be a non-negative number, not "${value}"`);
  return parsed;
};

export function readConfig(env: Env = process.env, root = process.cwd()): ServerConfig {
  const smtpHost = env.SMTP_HOST;
  return {
    root,
    distDir: env.WAYPOINT_DIST_DIR ?? join(root, 'dist'),
    port: number(env, 'PORT', 4321),
    host: env.HOST ?? '127.0.0.1',
    publicOrigin: env.WAYPOINT_PUBLIC_ORIGIN || undefined,
    recipientsFile: recipientsFile(env, root),
    spoolDir: env.WAYPOINT_SPOOL_DIR ?? join(root, 'var', 'spool'),
    demoDir: env.WAYPOINT_DEMO_DIR ?? join(root, 'var', 'demo'),
    smtp: smtpHost
      ? {
          host: smtpHost,
          port: number(env, 'SMTP_PORT', 587),
          user: env.SMTP_USER || undefined,
          pass: env.SMTP_PASS || undefined,
          // Production mail must be encrypted in transit; only tests on loopback turn this off.
          requireTLS: env.SMTP_REQUIRE_TLS !== 'false',
          from: env.SMTP_FROM ?? 'Waypoint <no-reply@waypoint.invalid>',
        }
      : undefined,
    retry: {
      baseMs: number(env, 'WAYPOINT_RETRY_BASE_MS', 30_000),
      maxMs: number(env, 'WAYPOINT_RETRY_MAX_MS', 60 * 60_000),
      giveUpAfterMs: number(env, 'WAYPOINT_RETRY_FOR_MS', 5 * 24 * 60 * 60_000 + 60 * 60_000),
      pollMs: number(env, 'WAYPOINT_DELIVERY_POLL_MS', 5_000),
      concurrency: Math.max(1, number(env, 'WAYPOINT_DELIVERY_CONCURRENCY', 4)),
      alertAfterMs: number(env, 'WAYPOINT_ALERT_QUEUE_AGE_MS', 15 * 60_000),
      alertEveryMs: number(env, 'WAYPOINT_ALERT_EVERY_MS', 15 * 60_000),
    },
    limits: {
      perClientShort: number(env, 'WAYPOINT_LIMIT_SHORT', 5),
      shortSeconds: number(env, 'WAYPOINT_LIMIT_SHORT_SECONDS', 15 * 60),
      perClientDaily: number(env, 'WAYPOINT_LIMIT_DAILY', 20),
      globalPerMinute: number(env, 'WAYPOINT_LIMIT_GLOBAL_PER_MINUTE', 120),
      perClientAttempts: number(env, 'WAYPOINT_LIMIT_ATTEMPTS', 30),
    },
    tlsAtProxy: env.WAYPOINT_TLS_AT_PROXY === 'true',
    trustedProxies: trustedProxies(env),
  };
}

function trustedProxies(env: Env): TrustedProxies {
  const addresses = (env.WAYPOINT_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const hops = env.WAYPOINT_TRUSTED_PROXY_HOPS;
  if (addresses.length > 0 && hops) throw new Error('Set WAYPOINT_TRUSTED_PROXIES or WAYPOINT_TRUSTED_PROXY_HOPS, not both');
  if (addresses.length > 0) return { addresses };
  if (hops) {
    const count = number(env, 'WAYPOINT_TRUSTED_PROXY_HOPS', 0);
    if (!Number.isInteger(count) || count < 1) throw new Error('WAYPOINT_TRUSTED_PROXY_HOPS must be a whole number of proxies, 1 or more');
    return { hops: count };
  }
  return undefined;
}
