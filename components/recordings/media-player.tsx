"use client";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { markRecordingPlayed } from "@/lib/actions/recordings/mark-recording-played";
import { msg } from "@/lib/i18n/message";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { isHotlinkSigned, isMixedContent, withPlaylistSignature } from "./hotlink-query";
import { flvProblem, hlsProblem, mediaElementProblem } from "./player-errors";
import { parseSeekHash } from "./seek-hash";

/**
 * Plays a recording in the browser: HLS natively where the browser can (Safari) else through
 * hls.js, FLV through mpegts.js, MP4 natively, AAC as audio. Native controls: keyboard-usable.
 * Whatever fails (the file gone, a format the browser cannot play) is said under the player.
 * `url` is signed on the server when the VOD domain has Key hotlink protection: an HLS
 * playlist's segments then carry its signature (hls.js, even where the browser plays HLS itself).
 * A `#t=<seconds>` page hash (the quality check's problems link to it) seeks the player there.
 * The first `playing` of the page view tells the console the file was played (the Overview's checklist).
 */
export function MediaPlayer({
  type,
  url,
  poster,
  fileId,
}: {
  type: string;
  url: string;
  poster: string | null;
  fileId: string;
}) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const audioRef = useRef<HTMLAudioElement>(null);
  const markedFileIdRef = useRef<string | null>(null);
  const messageText = useMessageText();
  // What went wrong, as a `msg` string: put into words when shown, so a language switch follows.
  const [problem, setProblem] = useState<string | null>(null);

  // Every source is attached here, after hydration, so that no error can fire before React listens.
  useEffect(() => {
    const media = type === "aac" ? audioRef.current : videoRef.current;
    if (!media) return;
    let cleanup: (() => void) | undefined;
    let isCancelled = false;
    async function attach(element: HTMLMediaElement) {
      if (isMixedContent(window.location.protocol, url)) return setProblem(msg("recordings.player.mixedContent"));
      if (
        type === "m3u8" &&
        element instanceof HTMLVideoElement &&
        (isHotlinkSigned(url) || !element.canPlayType("application/vnd.apple.mpegurl"))
      ) {
        const { default: Hls } = await import("hls.js");
        if (isCancelled) return;
        if (!Hls.isSupported()) return setProblem(msg("recordings.player.noHls"));
        const hls = new Hls({
          // hls.js picks its first fragment before the element has metadata: start it at the link's time.
          startPosition: parseSeekHash(window.location.hash) ?? -1,
          // Opening the request here replaces the URL hls.js would open (it opens only an unopened one).
          xhrSetup: (xhr, requestUrl) => {
            const signed = withPlaylistSignature(requestUrl, url);
            if (signed !== requestUrl) xhr.open("GET", signed, true);
          },
        });
        hls.on(Hls.Events.ERROR, (_event, data) => {
          if (data.fatal) setProblem(hlsProblem(data.details, data.response?.code ?? null));
        });
        hls.loadSource(url);
        hls.attachMedia(element);
        cleanup = () => hls.destroy();
      } else if (type === "flv") {
        const { default: mpegts } = await import("mpegts.js");
        if (isCancelled) return;
        if (!mpegts.isSupported()) return setProblem(msg("recordings.player.noFlv"));
        const player = mpegts.createPlayer({ type: "flv", url, isLive: false });
        player.on(mpegts.Events.ERROR, (errorType: unknown, detail: unknown, info: unknown) =>
          setProblem(flvProblem(errorType, detail, info)),
        );
        player.attachMediaElement(element);
        player.load();
        cleanup = () => player.destroy();
      } else {
        element.src = url;
      }
    }
    void attach(media);
    return () => {
      isCancelled = true;
      cleanup?.();
    };
  }, [type, url]);

  // On load the player only goes to the hash's time; a click on a link plays from there too.
  useEffect(() => {
    const media = type === "aac" ? audioRef.current : videoRef.current;
    if (!media) return;
    let pendingSeek: (() => void) | null = null;
    function seek(element: HTMLMediaElement, isUserAction: boolean) {
      const seconds = parseSeekHash(window.location.hash);
      if (seconds === null) return;
      if (pendingSeek) element.removeEventListener("loadedmetadata", pendingSeek);
      const go = () => {
        pendingSeek = null;
        element.currentTime = seconds;
        // A refused play (no user gesture left, media gone) leaves the player paused at the time.
        if (isUserAction) element.play().catch(() => undefined);
      };
      // Before its metadata (HLS and FLV attach through MSE later) the element ignores a seek.
      if (element.readyState >= HTMLMediaElement.HAVE_METADATA) go();
      else {
        pendingSeek = go;
        element.addEventListener("loadedmetadata", go, { once: true });
      }
      if (isUserAction) element.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
    const handleHashChange = () => seek(media, true);
    // A click on the link the URL already names changes no hash: the click itself seeks then.
    const handleClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href^='#t=']") : null;
      if (link && link.getAttribute("href") === window.location.hash) seek(media, true);
    };
    seek(media, false);
    window.addEventListener("hashchange", handleHashChange);
    document.addEventListener("click", handleClick);
    return () => {
      window.removeEventListener("hashchange", handleHashChange);
      document.removeEventListener("click", handleClick);
      if (pendingSeek) media.removeEventListener("loadedmetadata", pendingSeek);
    };
  }, [type, url]);

  // Once per page view and file, in the background: playback never waits on it, and a failure
  // (signed out, offline) only leaves the checklist item undone.
  const handlePlaying = () => {
    if (markedFileIdRef.current === fileId) return;
    markedFileIdRef.current = fileId;
    markRecordingPlayed({ fileId }).catch(() => undefined);
  };
  // hls.js and mpegts.js say more precisely what failed; the element's own error never replaces theirs.
  const handleElementError = (kind: "video" | "audio", code: number | null) =>
    setProblem((current) => current ?? mediaElementProblem(kind, code));
  return (
    <div className="flex flex-col gap-2">
      {type === "aac" ? (
        <audio
          ref={audioRef}
          controls
          preload="metadata"
          className="w-full"
          data-testid="media-player"
          onPlaying={handlePlaying}
          onError={(event) => handleElementError("audio", event.currentTarget.error?.code ?? null)}
        >
          <track kind="captions" />
        </audio>
      ) : (
        <video
          ref={videoRef}
          controls
          playsInline
          preload="metadata"
          poster={poster ?? undefined}
          className="aspect-video w-full rounded-lg bg-black"
          data-testid="media-player"
          onPlaying={handlePlaying}
          onError={(event) => handleElementError("video", event.currentTarget.error?.code ?? null)}
        >
          <track kind="captions" />
        </video>
      )}
      {problem ? (
        <Alert variant="destructive" data-testid="player-problem">
          {messageText(problem)}
        </Alert>
      ) : null}
    </div>
  );
}
