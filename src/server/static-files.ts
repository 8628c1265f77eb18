/**
 * Serves the built site from dist/. Only files under dist/ can be reached, never
 * dotfiles or the host configuration files (_headers, _redirects).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { contentTypeFor } from './content-types.ts';

export type StaticResult = { kind: 'file'; path: string; size: number } | { kind: 'redirect'; location: string } | { kind: 'missing' };

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

const compressible = /\.(html|css|js|mjs|json|svg|txt|xml)$/;

/** The precompressed copy (from the build, src/integrations/precompress.ts) the browser accepts, if any. */
async function encodedCopy(
  file: { path: string; size: number },
  acceptEncoding: string,
): Promise<{ path: string; size: number; encoding: string } | undefined> {
  if (!compressible.test(file.path)) return undefined;
  // "br;q=0" means "not brotli"; any other listed encoding (or "*") is accepted.
  const listed = acceptEncoding.split(',').map((part) => {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)/.exec(param)?.[1]).find(Boolean);
    return { name: name.trim(), q: q === undefined ? 1 : Number(q) };
  });
  const accepts = (name: string) => {
    const named = listed.find((item) => item.name === name) ?? listed.find((item) => item.name === '*');
    return named !== undefined && named.q > 0;
  };
  for (const [encoding, extension] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    if (!accepts(encoding)) continue;
    const info = await stat(file.path + extension).catch(() => undefined);
    if (info?.isFile()) return { path: file.path + extension, size: info.size, encoding };
  }
  return undefined;
}

/**
 * Caching. Hashed build assets never change: cached for a year. Pages are never stored on the
 * device (no-store), so a visited page about domestic abuse is not kept in the browser's cache
 * for someone else to find. Other files (the area list, the directory's index) may be kept but
 * are checked each time, with an ETag so an unchanged file costs a 304.
 */
function cachePolicy(path: string): 'immutable' | 'no-store' | 'revalidate' {
  if (path.includes(`${sep}_astro${sep}`)) return 'immutable';
  if (path.endsWith('.html')) return 'no-store';
  return 'revalidate';
}

export interface SendRequest {
  headers: { 'accept-encoding'?: string | undefined; 'if-none-match'?: string | undefined };
}

export async function sendFile(
  response: ServerResponse,
  file: { path: string; size: number },
  status: number,
  headOnly: boolean,
  request?: SendRequest,
): Promise<void> {
  const type = contentTypeFor(file.path);
  const policy = cachePolicy(file.path);
  const encoded = await encodedCopy(file, request?.headers['accept-encoding'] ?? '');
  const sent = encoded ?? file;
  response.setHeader('Content-Type', type);
  if (compressible.test(file.path)) response.setHeader('Vary', 'Accept-Encoding');
  if (encoded) response.setHeader('Content-Encoding', encoded.encoding);
  response.setHeader('Cache-Control', policy === 'immutable' ? 'public, max-age=31536000, immutable' : policy === 'no-store' ? 'no-store' : 'no-cache');
  if (policy === 'revalidate') {
    const info = await stat(sent.path);
    const etag = `"${sent.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${encoded ? `-${encoded.encoding}` : ''}"`;
    response.setHeader('ETag', etag);
    if (status === 200 && request?.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      response.statusCode = 304;
      response.end();
      return;
    }
  }
  response.statusCode = status;
  response.setHeader('Content-Length', sent.size);
  if (headOnly) {
    response.end();
    return;
  }
  const stream = createReadStream(sent.path);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}
