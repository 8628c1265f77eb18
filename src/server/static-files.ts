/**
 * Serves the built site from dist/. Only files under dist/ can be reached, never
 * dotfiles or the host configuration files (_headers, _redirects).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { contentTypeFor } from './content-types.ts';

export type StaticResult =
  | { kind: 'file'; path: string; size: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

const hidden = /(^|\/)[._]/;

/**
 * The path a URL path names, decoded and normalised, with one leading slash: "/.//a/../b" is
 * "/b". Undefined for a path no file can have: a bad escape, a NUL, or an encoded slash or
 * backslash (which would let "/en/forms%2fresponse/sent/" dodge a check on "/en/forms/response/").
 */
export function canonicalPath(pathname: string): string | undefined {
  if (/%(2f|5c|00)/i.test(pathname)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const normalised = normalize(`/${decoded}`).replace(/\/{2,}/g, '/');
  return normalised.startsWith('/') ? normalised : `/${normalised}`;
}

/** Works out what a URL path maps to, without reading the file. */
export async function resolveStatic(distDir: string, pathname: string): Promise<StaticResult> {
  const canonical = canonicalPath(pathname);
  if (canonical === undefined) return { kind: 'missing' };
  const relative = canonical.replace(/^\/+/, '');
  // Astro's hashed assets live in /_astro/; every other name starting with . or _ stays private.
  if (hidden.test(relative.replace(/^_astro\//, 'astro/'))) return { kind: 'missing' };
  const full = join(distDir, relative);
  if (full !== distDir && !full.startsWith(distDir + sep)) return { kind: 'missing' };

  // A symbolic link inside dist/ must not lead out of it.
  const [real, root] = await Promise.all([realpath(full).catch(() => undefined), realpath(distDir).catch(() => distDir)]);
  if (!real || (real !== root && !real.startsWith(root + sep))) return { kind: 'missing' };

  const info = await stat(real).catch(() => undefined);
  if (info?.isFile()) return { kind: 'file', path: full, size: info.size };
  if (info?.isDirectory()) {
    // Built from the normalised path, so it is always a path on this site: never "//other.host/".
    if (!pathname.endsWith('/')) return { kind: 'redirect', location: `/${relative}/`.replace(/\/{2,}/g, '/') };
    const index = join(real, 'index.html');
    const indexInfo = await stat(index).catch(() => undefined);
    if (indexInfo?.isFile()) return { kind: 'file', path: index, size: indexInfo.size };
  }
  return { kind: 'missing' };
}

export function sendFile(response: ServerResponse, file: { path: string; size: number }, status: number, headOnly: boolean): void {
  const type = contentTypeFor(file.path);
  response.statusCode = status;
  response.setHeader('Content-Type', type);
  response.setHeader('Content-Length', file.size);
  // Hashed build assets never change; pages are checked each time so updates show at once.
  response.setHeader('Cache-Control', file.path.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (headOnly) {
    response.end();
    return;
  }
  const stream = createReadStream(file.path);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}
