import type { CallbackSink, MediaSink } from "./recording/contracts";
import type { LogLevel } from "./core/logger";

export interface LocalCloudCredential {
  secretId: string;
  secretKey: string;
}

export interface LocalCloudOptions {
  /** API and control-plane port; 0 picks a free one (tests). */
  port: number;
  /** RTMP port of the relay; 0 picks a free one. */
  rtmpPort: number;
  /** State (PGlite under `db/`), relay store and sample clips. One local cloud per directory. */
  dataDir: string;
  /** Key pairs the TC3 verifier accepts. */
  credentials: readonly LocalCloudCredential[];
  /** The TRTC applications that exist; others get `FailedOperation.SdkAppIdNotExist`. */
  sdkAppIds: readonly number[];
  ffmpegPath: string;
  ffprobePath: string;
  /** Only loopback: the dev credentials are public. */
  host?: "127.0.0.1";
  logLevel?: LogLevel;
  /** Length of generated sample clips (30 s by default); tests use short ones. */
  sampleDurationSeconds?: number;
  /** How long StartStreamIngest waits for its user to enter the room (10 s by default). */
  ingestJoinTimeoutMs?: number;
  /** Between attempts to deliver a callback (default 60 s, Tencent's schedule); tests use less. */
  callbackRetryIntervalMs?: number;
  /** How often expired VOD media are deleted, files included (default 60 s). */
  retentionSweepIntervalMs?: number;
}

export interface LocalCloud {
  /** `http://127.0.0.1:<port>`: the SDK endpoint is `127.0.0.1:<port>` with protocol `http://`. */
  url: string;
  port: number;
  rtmpPort: number;
  /** The VOD library's intake: stores a finalized recording as a media item (used by in-process parts and tests). */
  mediaSink: MediaSink;
  /** The callback outbox's intake: queues a signed delivery (used by in-process parts and tests). */
  callbackSink: CallbackSink;
  /** Stops everything it started (ffmpeg children included); running ingest tasks resume at the next start. */
  close(): Promise<void>;
}

export const DEFAULT_INGEST_JOIN_TIMEOUT_MS = 10_000;
