/**
 * dist/_headers, the format Netlify and Cloudflare Pages read. The Node server reads
 * the same file at start, so a static host and `npm start` send identical headers.
 */

export function formatHeadersFile(headers: Record<string, string>, cacheableAssets: string): string {
  const lines = ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''];
  lines.push(cacheableAssets, '  Cache-Control: public, max-age=31536000, immutable', '');
  return lines.join('\n');
}

/** The headers listed under "/*" in a _headers file. */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    if (!inAll) continue;
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}
