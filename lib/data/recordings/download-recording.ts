import "server-only";
import { getLocale } from "next-intl/server";
import { msg } from "@/lib/i18n/message";
import { messageText } from "@/lib/i18n/message-text";
import { readHlsPlaylist } from "@/lib/recordings/hls-playlist";
import {
  signatureExpiry,
  signedWithHotlinkKey,
  upgradedToHttps,
  type MediaAccess,
} from "@/lib/recordings/playback-url";
import type { RecordingDto } from "@/lib/recordings/types";

const FILE_TYPES: Record<string, { extension: string; contentType: string }> = {
  mp4: { extension: "mp4", contentType: "video/mp4" },
  flv: { extension: "flv", contentType: "video/x-flv" },
  aac: { extension: "aac", contentType: "audio/aac" },
};

/** An error answer in the requester's language (`message` is a `msg` string or plain text). */
async function problem(status: number, code: string, message: string): Promise<Response> {
  return Response.json({ error: { code, message: messageText(message, await getLocale()) } }, { status });
}

/**
 * `attachment` makes the browser save instead of play. The name is the recording's VOD name,
 * which anyone with ModifyMediaInfo can set: the plain form keeps only safe characters and the
 * RFC 5987 form carries the rest.
 */
export function attachmentDisposition(name: string, extension: string): string {
  const file = `${name || "recording"}.${extension}`;
  const plain = file.replace(/[^A-Za-z0-9._-]/g, "_");
  return `attachment; filename="${plain}"; filename*=UTF-8''${encodeURIComponent(file)}`;
}

/** Streams the bodies of `urls` one after another as one body, fetching each when the last is read. */
function joinedBody(urls: string[]): ReadableStream<Uint8Array> {
  let next = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        if (!reader) {
          const url = urls[next++];
          if (url === undefined) return controller.close();
          const response = await fetch(url);
          if (!response.ok || !response.body) {
            return controller.error(new Error(`a segment of the recording answered HTTP ${response.status}`));
          }
          reader = response.body.getReader();
        }
        const chunk = await reader.read();
        if (!chunk.done) return controller.enqueue(chunk.value);
        reader = null;
      }
    },
    async cancel() {
      await reader?.cancel();
    },
  });
}

async function fetchMedia(url: string): Promise<Response | null> {
  try {
    return await fetch(url);
  } catch {
    return null;
  }
}

function unavailable(upstream: Response | null): Promise<Response> {
  return upstream?.status === 404
    ? problem(404, "NOT_FOUND", msg("recordings.errors.fileGone"))
    : problem(502, "CLOUD_UNREACHABLE", msg("recordings.errors.vodUnreachable"));
}

/**
 * The recording as one file to save. MP4, FLV and AAC are one file already and pass through. An
 * HLS recording is a playlist of segments; joined in order (after the fMP4 init segment when
 * there is one) they are one playable file, `.mp4` for fMP4 segments and `.ts` for TS ones.
 */
export async function recordingDownload(
  recording: RecordingDto,
  access: MediaAccess = { isHttpsDomain: false, hotlinkKey: null },
): Promise<Response> {
  // Over https where the domain serves it; each file signed on its own when the domain is protected.
  const expiresAt = signatureExpiry(Math.floor(Date.now() / 1000), recording.durationSeconds);
  const key = access.hotlinkKey;
  const signed = (url: string) => (key ? signedWithHotlinkKey(url, key, expiresAt) : url);
  const mediaUrl = upgradedToHttps(recording.mediaUrl, access);
  if (recording.type !== "m3u8") {
    const type = FILE_TYPES[recording.type] ?? {
      extension: recording.type || "bin",
      contentType: "application/octet-stream",
    };
    const upstream = await fetchMedia(signed(mediaUrl));
    if (!upstream?.ok || !upstream.body) return unavailable(upstream);
    const length = upstream.headers.get("content-length");
    return new Response(upstream.body, {
      headers: {
        "Content-Type": type.contentType,
        "Content-Disposition": attachmentDisposition(recording.name, type.extension),
        ...(length ? { "Content-Length": length } : {}),
      },
    });
  }
  const playlist = await fetchMedia(signed(mediaUrl));
  if (!playlist?.ok) return unavailable(playlist);
  const reading = readHlsPlaylist(await playlist.text(), mediaUrl);
  if (!reading.ok) return problem(409, "UNSUPPORTED", reading.problem);
  const { initUrl, segmentUrls } = reading.parts;
  const parts = (initUrl ? [initUrl, ...segmentUrls] : segmentUrls).map(signed);
  return new Response(joinedBody(parts), {
    headers: {
      "Content-Type": initUrl ? "video/mp4" : "video/mp2t",
      "Content-Disposition": attachmentDisposition(recording.name, initUrl ? "mp4" : "ts"),
    },
  });
}
