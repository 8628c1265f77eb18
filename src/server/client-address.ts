/**
 * The address a request came from. Behind a reverse proxy every request arrives from the
 * proxy, so everyone would share one limit; but X-Forwarded-For is whatever the client sent,
 * so it is believed only as far as the operator says: the proxies' own addresses
 * (WAYPOINT_TRUSTED_PROXIES) or how many proxies stand in front (WAYPOINT_TRUSTED_PROXY_HOPS).
 * Never "trust any X-Forwarded-For". proxy-addr (Express's) walks the header from the right.
 */
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

export type TrustedProxies = { addresses: string[] } | { hops: number } | undefined;

export function clientAddressOf(trusted: TrustedProxies): (request: IncomingMessage) => string {
  if (!trusted) return (request) => request.socket.remoteAddress ?? 'unknown';
  // With a hop count, the nearest `hops` addresses (the socket's, then the header's from the right) are proxies.
  const trust = 'hops' in trusted ? (_address: string, index: number) => index < trusted.hops : proxyAddr.compile(trusted.addresses);
  return (request) => proxyAddr(request, trust);
}
