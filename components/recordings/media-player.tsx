"use client";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";

/**
 * Plays a recording in the browser: HLS natively where the browser can (Safari) else through
 * hls.js, FLV through mpegts.js, MP4 natively, AAC as audio. Native controls: keyboard-usable.
 */
export function MediaPlayer({ type, url, poster }: { type: string; url: string; poster: string | null }) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    let cleanup: (() => void) | undefined;
    let isCancelled = false;
    async function attach(element: HTMLVideoElement) {
      if (type === "m3u8" && !element.canPlayType("application/vnd.apple.mpegurl")) {
        const { default: Hls } = await import("hls.js");
        if (isCancelled) return;
        if (!Hls.isSupported()) return setProblem("This browser cannot play HLS.");
        const hls = new Hls();
        hls.on(Hls.Events.ERROR, (_event, data) => {
          if (data.fatal) setProblem(`HLS playback failed: ${data.details}`);
        });
        hls.loadSource(url);
        hls.attachMedia(element);
        cleanup = () => hls.destroy();
      } else if (type === "flv") {
        const { default: mpegts } = await import("mpegts.js");
        if (isCancelled) return;
        if (!mpegts.isSupported()) return setProblem("This browser cannot play FLV.");
        const player = mpegts.createPlayer({ type: "flv", url, isLive: false });
        player.attachMediaElement(element);
        player.load();
        cleanup = () => player.destroy();
      } else {
        element.src = url;
      }
    }
    void attach(video);
    return () => {
      isCancelled = true;
      cleanup?.();
    };
  }, [type, url]);

  if (type === "aac") {
    return (
      <audio
        controls
        src={url}
        className="w-full"
        data-testid="media-player"
        onError={() => setProblem("The audio could not be played.")}
      >
        <track kind="captions" />
      </audio>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <video
        ref={videoRef}
        controls
        playsInline
        poster={poster ?? undefined}
        className="aspect-video w-full rounded-lg bg-black"
        data-testid="media-player"
        onError={() => setProblem("The video could not be played.")}
      >
        <track kind="captions" />
      </video>
      {problem ? <Alert variant="destructive">{problem}</Alert> : null}
    </div>
  );
}
