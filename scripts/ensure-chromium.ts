/**
 * The browser tests use Debian's Chromium. If it is missing and we are root, install it
 * with apt-get (the only browser source this machine reaches); otherwise say exactly what to run.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from '../tests/support/chromium.ts';

const installCommand = 'apt-get update && apt-get install -y chromium';

export function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is not installed at ${chromiumPath}. Install it, as root, with:\n  ${installCommand}`);
    process.exit(1);
  }
  console.log(`Installing Debian's chromium for the browser tests: ${installCommand}`);
  const result = spawnSync('sh', ['-c', installCommand], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0 || !existsSync(chromiumPath)) {
    console.error(`Could not install Chromium. Run, as root:\n  ${installCommand}`);
    process.exit(1);
  }
}
