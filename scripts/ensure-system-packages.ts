/**
 * The tests need two programs from Debian: Chromium (browser tests) and GnuPG (proof that
 * what the handler encrypts can be decrypted by gpg, not only by openpgp.js). If either is
 * missing and we are root, install it with apt-get; otherwise say exactly what to run.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from '../tests/support/chromium.ts';

const needed = [
  { program: chromiumPath, pkg: 'chromium' },
  { program: '/usr/bin/gpg', pkg: 'gnupg' },
];

export function ensureSystemPackages(): void {
  const missing = needed.filter(({ program }) => !existsSync(program));
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.map(({ pkg }) => pkg).join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`Missing ${missing.map(({ program }) => program).join(' and ')}. Install, as root, with:\n  ${command}`);
    process.exit(1);
  }
  console.log(`Installing what the tests need from Debian: ${command}`);
  const result = spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0 || missing.some(({ program }) => !existsSync(program))) {
    console.error(`Could not install them. Run, as root:\n  ${command}`);
    process.exit(1);
  }
}
