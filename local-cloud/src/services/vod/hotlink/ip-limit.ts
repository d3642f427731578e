/** Entries are pruned once this many are kept, dropping those whose URL has expired. */
const PRUNE_AT = 1024;

/**
 * rlimit: "at most this many different IPs may play the URL" (266/14047). A signed URL is known by
 * its `sign`; the IPs that used it are kept until the URL expires, as long as the CDN could still
 * be asked for it.
 */
export class HotlinkIpLimit {
  private readonly seen = new Map<string, { ips: Set<string>; expiresAt: number }>();

  /** Records `ip` for the URL signed `sign` and says whether it may play (0 or no rlimit: no limit). */
  admit(sign: string, ip: string, rlimit: number | undefined, expiresAt: number, nowSeconds: number): boolean {
    if (!rlimit) return true;
    if (this.seen.size >= PRUNE_AT) this.prune(nowSeconds);
    const entry = this.seen.get(sign) ?? { ips: new Set<string>(), expiresAt };
    this.seen.set(sign, entry);
    if (entry.ips.has(ip)) return true;
    if (entry.ips.size >= rlimit) return false;
    entry.ips.add(ip);
    return true;
  }

  private prune(nowSeconds: number): void {
    for (const [sign, entry] of this.seen) if (entry.expiresAt < nowSeconds) this.seen.delete(sign);
  }
}
