import { isIPv4, isIPv6 } from "node:net";

/**
 * The address a sign-in comes from, as a throttle key. Next.js fills `X-Forwarded-For` with the
 * socket's address when no proxy sent one; a reverse proxy appends the address it saw, so the
 * last entry is the one added by the hop nearest us. Behind one proxy (the deployment the README
 * describes for https) that is the client; with none, a client can write the header itself and
 * pick its own bucket, which the per-account limit still bounds.
 *
 * IPv4-mapped IPv6 (`::ffff:1.2.3.4`) is its IPv4 address; other IPv6 addresses count by their
 * /64, which one subscriber usually holds whole and could otherwise walk through.
 */
export function clientAddress(forwardedFor: string | null | undefined): string {
  const last =
    (forwardedFor ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1) ?? "";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(last)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(last)) return last;
  if (isIPv6(last)) return `${ipv6Prefix64(last)}::/64`;
  return "unknown";
}

function ipv6Prefix64(address: string): string {
  const [head = "", tail = ""] = address.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = address.includes("::")
    ? [...headGroups, ...Array<string>(missing).fill("0"), ...tailGroups]
    : headGroups;
  return groups
    .slice(0, 4)
    .map((group) => (Number.parseInt(group, 16) || 0).toString(16))
    .join(":");
}
