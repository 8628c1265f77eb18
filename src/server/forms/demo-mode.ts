/**
 * Demo mode: with no recipients configured, `npm start` generates a demo key and runs an
 * in-process SMTP sink, and every form page says that nothing is sent anywhere. The build
 * and the server both ask this one function, so the banner and the behaviour agree.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function recipientsFile(env: Record<string, string | undefined> = process.env, root = process.cwd()): string {
  return env.WAYPOINT_RECIPIENTS ?? join(root, 'config', 'recipients.json');
}

export function isDemo(env: Record<string, string | undefined> = process.env, root = process.cwd()): boolean {
  return !existsSync(recipientsFile(env, root));
}
