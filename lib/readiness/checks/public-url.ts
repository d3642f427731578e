import { msg } from "@/lib/i18n/message";
import type { ReadinessCheck } from "../check-context";
import { sentences } from "../format";
import type { PublicUrl, ReadinessLine } from "../types";

/** Where a host can be reached from: this machine only, this network only, or anywhere. */
export function reachOf(hostname: string): "machine" | "network" | "internet" {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "::1" ||
    /^127\./.test(host) ||
    host === "0.0.0.0"
  )
    return "machine";
  if (
    /^10\./.test(host) ||
    /^192\.168\./.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
    /^f[cd][0-9a-f]{2}:/.test(host) ||
    host.endsWith(".local") ||
    !host.includes(".")
  )
    return "network";
  return "internet";
}

const K = "readiness.checks.publicUrl";

/**
 * The console's public URL, where Tencent sends TRTC's and CSS's callbacks. TRTC's callback
 * configuration takes http or https (doc 647/52428), so http is a warning, not a block: events
 * then cross the Internet unencrypted. A host only this machine or network reaches is a warning
 * too: a cloud on it (the local cloud) reaches the console, Tencent does not.
 */
export function interpretPublicUrl(publicUrl: PublicUrl): ReadinessLine {
  const id = "public-url";
  if (!publicUrl.origin) {
    return {
      id,
      status: "warning",
      title: msg(`${K}.unknownTitle`),
      detail: msg(`${K}.unknownDetail`),
    };
  }
  const url = new URL(publicUrl.origin);
  const problems: string[] = [];
  if (url.protocol !== "https:") {
    problems.push(msg(`${K}.http`));
  }
  const reach = reachOf(url.hostname);
  if (reach !== "internet") {
    problems.push(msg(`${K}.notPublic`, { hostname: url.hostname, reach }));
  }
  return {
    id,
    status: problems.length > 0 ? "warning" : "ok",
    title: msg(`${K}.title`, { origin: publicUrl.origin, isHttps: url.protocol === "https:" ? "yes" : "no" }),
    detail: sentences(msg(`${K}.source`, { source: publicUrl.source }), ...problems),
  };
}

export const publicUrlCheck: ReadinessCheck = async ({ publicUrl }) => interpretPublicUrl(publicUrl);
