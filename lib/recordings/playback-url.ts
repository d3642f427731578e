import { createHash } from "node:crypto";
import type { RecordingDto } from "./types";

/** How an app's VOD media domain serves files: whether it speaks https, and its Key hotlink key. */
export interface MediaAccess {
  /** A custom domain's https, as the admin set it; Tencent's own domains always have it. */
  isHttpsDomain: boolean;
  /** Key hotlink protection's KEY (Key 防盗链); null: the domain is not protected. Server-side only. */
  hotlinkKey: string | null;
}

/** Tencent's default VOD domains (`<appid>.vod2.myqcloud.com`) serve https as well as http. */
const TENCENT_VOD_DOMAIN = /\.vod2\.myqcloud\.com$/i;

/** Signed URLs stay the same for an hour, so a polled list keeps its covers cached. */
const SIGNATURE_BUCKET_SECONDS = 3600;
/** A URL stays valid at least this long, and twice the media's duration: a whole playback fits. */
const MIN_VALIDITY_SECONDS = 2 * 3600;

const md5 = (text: string) => createHash("md5").update(text).digest("hex");

/** `sign = md5(KEY + Dir + t + exper + rlimit + us)`, the optional parts empty (VOD doc 266/14047). */
export const hotlinkSign = (parts: { key: string; dir: string; t: string; us: string }): string =>
  md5(`${parts.key}${parts.dir}${parts.t}${parts.us}`);

/** `http://` → `https://` where the domain serves https (Tencent's VOD domains, or as the admin said). */
export function upgradedToHttps(url: string, access: MediaAccess): string {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || parsed.protocol !== "http:") return url;
  if (!access.isHttpsDomain && !TENCENT_VOD_DOMAIN.test(parsed.hostname)) return url;
  parsed.protocol = "https:";
  return parsed.toString();
}

/** When a URL signed now expires: past twice the duration and at least two hours, on an hour's boundary. */
export function signatureExpiry(nowSeconds: number, durationSeconds: number | null): number {
  const validity = Math.max(MIN_VALIDITY_SECONDS, Math.ceil(2 * (durationSeconds ?? 0)));
  return Math.ceil((nowSeconds + validity) / SIGNATURE_BUCKET_SECONDS) * SIGNATURE_BUCKET_SECONDS;
}

/**
 * Key hotlink protection (VOD doc 266/14047): `t` the expiry in lowercase hex seconds, `us` a
 * link id, `sign = md5(KEY + Dir + t + exper + rlimit + us)` with Dir the path without the file
 * name; no preview (`exper`) and no IP limit (`rlimit`), so both are left out, in the URL and the
 * sign. `us` is derived from the key, path and expiry so that one file's URL is stable for an
 * hour. A URL that carries a `sign` already is left as it is.
 */
export function signedWithHotlinkKey(url: string, key: string, expiresAtSeconds: number): string {
  const parsed = new URL(url);
  if (parsed.searchParams.has("sign")) return url;
  const dir = parsed.pathname.slice(0, parsed.pathname.lastIndexOf("/") + 1);
  const t = expiresAtSeconds.toString(16);
  const us = md5(`${key}${parsed.pathname}${t}`).slice(0, 10);
  parsed.searchParams.set("t", t);
  parsed.searchParams.set("us", us);
  parsed.searchParams.set("sign", hotlinkSign({ key, dir, t, us }));
  return parsed.toString();
}

/** A media URL as the browser or the console fetches it: https where possible, then signed when the domain is protected. */
export function playableUrl(url: string, access: MediaAccess, expiresAtSeconds: number): string {
  const upgraded = upgradedToHttps(url, access);
  return access.hotlinkKey && URL.canParse(upgraded)
    ? signedWithHotlinkKey(upgraded, access.hotlinkKey, expiresAtSeconds)
    : upgraded;
}

/**
 * The recording with the URLs the browser uses (playback and cover) made playable; `mediaUrl`
 * stays VOD's own. Runs on the server: the key never leaves it.
 */
export function withPlaybackUrls(recording: RecordingDto, access: MediaAccess, nowSeconds: number): RecordingDto {
  const expiresAt = signatureExpiry(nowSeconds, recording.durationSeconds);
  return {
    ...recording,
    playbackUrl: recording.mediaUrl ? playableUrl(recording.mediaUrl, access, expiresAt) : "",
    coverUrl: recording.coverUrl ? playableUrl(recording.coverUrl, access, expiresAt) : null,
  };
}
