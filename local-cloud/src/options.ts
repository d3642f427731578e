import type { AccountConfig } from "@shared/local-cloud-account";
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
  /**
   * The account at start-up (its apps, BizId, VOD and services; README "Account"). The store keeps
   * control-plane changes to it across restarts as long as this stays the same.
   */
  account: AccountConfig;
  ffmpegPath: string;
  ffprobePath: string;
  /** Only loopback: the dev credentials are public. */
  host?: "127.0.0.1";
  logLevel?: LogLevel;
  /** Length of generated sample clips (30 s by default); tests use short ones. */
  sampleDurationSeconds?: number;
  /** How long StartStreamIngest waits for its user to enter the room (10 s by default). */
  ingestJoinTimeoutMs?: number;
  /** Between attempts to deliver a CSS callback (default 60 s, CSS's schedule); tests use less. */
  callbackRetryIntervalMs?: number;
  /** Between retries of a TRTC callback after the immediate one (default 10 s, TRTC's schedule); tests use less. */
  trtcCallbackRetryIntervalMs?: number;
  /** Age at which a TRTC callback is dropped (default 60 s, TRTC's schedule); tests use less. */
  trtcCallbackMaxAgeMs?: number;
  /** How often expired VOD media are deleted, files included (default 60 s). */
  retentionSweepIntervalMs?: number;
  /**
   * Requests a second one credential may send each action, by `service:Action` (`{"trtc:DescribeRoomInfo": 50}`),
   * over Tencent's documented limits (core/gate/documented-rate-limits.ts); past it: `RequestLimitExceeded`.
   */
  rateLimits?: Readonly<Record<string, number>>;
  /** Concurrent cloud-recording tasks per app (Tencent's default quota: 100); more get `FailedOperation.RestrictedConcurrency`. */
  cloudRecordingTaskLimit?: number;
  /**
   * What every request that changes state under `/_local/*` must carry in the
   * `X-Local-Cloud-Control-Secret` header. Unset: the one kept in `<dataDir>/control-secret`, made
   * (random, mode 0600) on the first start.
   */
  controlSecret?: string;
  /**
   * Origins of the console whose pages read media and sample clips cross-origin (players fetch
   * them): CORS answers name the request's origin when it is one of these, and nothing else does.
   * Each a bare origin (`http://127.0.0.1:3000`); DEFAULT_CONSOLE_ORIGINS when unset.
   */
  consoleOrigins?: readonly string[];
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
  /** The control secret in force (given, or kept in the data dir), for whoever started it in-process. */
  controlSecret: string;
  /** Stops everything it started (ffmpeg children included); running ingest tasks resume at the next start. */
  close(): Promise<void>;
}

export const DEFAULT_INGEST_JOIN_TIMEOUT_MS = 10_000;

/** The console as `npm run dev`/`npm start` bind it by default (HOST 127.0.0.1, PORT 3000), by either name. */
export const DEFAULT_CONSOLE_ORIGINS: readonly string[] = ["http://127.0.0.1:3000", "http://localhost:3000"];
