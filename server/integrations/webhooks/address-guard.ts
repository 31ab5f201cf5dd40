import { type LookupAddress, lookup } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * The SSRF guard: webhooks never reach loopback, private, link-local, shared (CGNAT), multicast or
 * reserved addresses, unless BORGERBLIK_WEBHOOK_ALLOW_PRIVATE=true. Every address a host name
 * resolves to is checked, at subscription time and again on every connection (the lookup that the
 * connection itself uses, so a DNS answer that changes in between cannot slip through).
 */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  // NAT64 could translate to any IPv4 address (IPv4-mapped ones are checked as IPv4 below).
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv6');
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:7f00:1` → `127.0.0.1`), if it is one. */
function mappedIpv4(address: string): string | undefined {
  const host = new URL(`http://[${address}]`).hostname;
  const m = /^\[::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/.exec(host);
  if (!m?.[1] || !m[2]) return undefined;
  const hi = Number.parseInt(m[1], 16);
  const lo = Number.parseInt(m[2], 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** True when the address (v4 or v6 literal) is one webhooks must not call. */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  const v4 = mappedIpv4(address);
  return v4 ? BLOCKED.check(v4, 'ipv4') : BLOCKED.check(address, 'ipv6');
}

export class BlockedAddressError extends Error {
  readonly code = 'EBLOCKED';
  constructor(readonly address: string) {
    super(`webhook address ${address} is not allowed`);
  }
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A `lookup` for http.request that refuses when any resolved address is blocked. */
export function guardedLookup(
  hostname: string,
  options: { all?: boolean; family?: number | string },
  callback: LookupCallback,
) {
  lookup(hostname, { all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const blocked = addresses.find((a) => isBlockedAddress(a.address));
    if (blocked) return callback(new BlockedAddressError(blocked.address), []);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), []);
    if (options.all) return callback(null, addresses);
    return callback(null, first.address, first.family);
  });
}

/** Checks a URL before it is stored: `blocked` with the address, `unresolved`, or `ok`. */
export async function checkUrl(
  url: string,
): Promise<{ status: 'ok' } | { status: 'blocked'; address: string } | { status: 'unresolved' }> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isBlockedAddress(host) ? { status: 'blocked', address: host } : { status: 'ok' };
  const addresses = await new Promise<LookupAddress[] | null>((resolve) =>
    lookup(host, { all: true }, (err, list) => resolve(err ? null : list)),
  );
  if (!addresses?.length) return { status: 'unresolved' };
  const blocked = addresses.find((a) => isBlockedAddress(a.address));
  return blocked ? { status: 'blocked', address: blocked.address } : { status: 'ok' };
}
