import { LOCAL_CLOUD_DEFAULTS } from "@shared/local-cloud-defaults";
import { localStartupApplications, type RecordingGeneration, type StartupApplication } from "./startup-applications";
import type { RawEnv } from "./schema";

export type { RecordingGeneration, StartupApplication };

export type CloudMode = "local" | "tencent";

export interface CloudConfig {
  mode: CloudMode;
  /** `host[:port][/path]` as the SDK's httpProfile wants it; undefined = Tencent's own endpoints. */
  endpoint: string | undefined;
  protocol: "http://" | "https://";
  secretId: string;
  secretKey: string;
  region: string;
  sdkAppId: number;
  /** The TRTC app's SDK secret key, for UserSigs of bots the console starts (ingest, recorder). */
  sdkSecretKey: string;
}

export type DatabaseConfig = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export interface Env {
  cloud: CloudConfig;
  /**
   * The applications registered at start if they are not there yet (never overwriting an edit):
   * the configured one first; in local mode also the local account's other app, so that both
   * recording generations are there to try.
   */
  startupApplications: StartupApplication[];
  database: DatabaseConfig;
  consoleDataDir: string;
  auth: {
    /** Undefined in local mode: a dev secret is then generated and kept in the data dir. */
    secret: string | undefined;
    url: string | undefined;
    firstAdmin: { email: string; password: string } | undefined;
  };
  media: { ffmpegPath: string; ffprobePath: string };
  /**
   * MEDIA_ORIGINS: origins besides Tencent's `*.vod2.myqcloud.com` and the SDK endpoint that serve
   * the recordings the player loads (a custom VOD domain); the console's CSP allows them.
   */
  playback: { mediaOrigins: string[] };
  localCloud: { port: number; rtmpPort: number; dataDir: string; secretId: string; secretKey: string };
  /**
   * TRTC_CALLBACK_KEY: the TRTC callback key TRTC's console was given for the startup applications;
   * at start it becomes theirs (a different key they had verifies for the grace period). Set by
   * `npm run dev`/`npm start` in local mode (scripts/trtc-callbacks.ts); unset: keys are managed in
   * Settings → TRTC callbacks only.
   */
  trtcCallbackKey: string | undefined;
  /**
   * After how long without a TRTC event a live room is shown as stale (its 104/102 may be lost:
   * Tencent drops a callback after a minute of failed tries). Default 10 minutes.
   */
  rooms: { staleAfterMinutes: number };
  /**
   * CALLBACK_RATE_LIMIT: requests each source address may make to the callback endpoints per 10
   * seconds (default 1000, 0 = no limit); more are answered 429 unread. Tencent retries them.
   */
  callbacks: { requestsPer10SecondsPerSource: number };
}

const DEFAULT_REGION = LOCAL_CLOUD_DEFAULTS.region;
const LOCAL_SDK_APP_ID = LOCAL_CLOUD_DEFAULTS.sdkAppId;
/** The local cloud accepts any UserSig; a fixed key keeps the signing path the same in both modes. */
const LOCAL_SDK_SECRET_KEY = "localcloud-sdk-secret-key";

function splitEndpoint(url: string): Pick<CloudConfig, "endpoint" | "protocol"> {
  const parsed = new URL(url);
  const path = parsed.pathname.replace(/\/+$/, "");
  return {
    protocol: parsed.protocol === "http:" ? "http://" : "https://",
    endpoint: `${parsed.host}${path}`,
  };
}

/**
 * Turns the validated environment into the console's configuration. The only difference between
 * local and Tencent mode is here: endpoint and credentials (ARCHITECTURE.md, decision 2).
 */
export function resolveEnv(raw: RawEnv): Env {
  const isTencent = raw.TENCENTCLOUD_SECRET_ID !== undefined && raw.TENCENTCLOUD_SECRET_KEY !== undefined;
  const localEndpoint = `http://127.0.0.1:${raw.LOCAL_CLOUD_PORT}`;
  const endpointUrl = raw.TENCENTCLOUD_ENDPOINT ?? (isTencent ? undefined : localEndpoint);
  const cloud: CloudConfig = {
    mode: isTencent ? "tencent" : "local",
    ...(endpointUrl ? splitEndpoint(endpointUrl) : { endpoint: undefined, protocol: "https://" }),
    secretId: raw.TENCENTCLOUD_SECRET_ID ?? raw.LOCAL_CLOUD_SECRET_ID,
    secretKey: raw.TENCENTCLOUD_SECRET_KEY ?? raw.LOCAL_CLOUD_SECRET_KEY,
    region: raw.TENCENTCLOUD_REGION ?? DEFAULT_REGION,
    sdkAppId: raw.TRTC_SDK_APP_ID ?? LOCAL_SDK_APP_ID,
    sdkSecretKey: raw.TRTC_SDK_SECRET_KEY ?? LOCAL_SDK_SECRET_KEY,
  };
  const configured = {
    sdkAppId: cloud.sdkAppId,
    name: `TRTC app ${cloud.sdkAppId}`,
    // Required with credentials (schema.ts); unset in local mode = what the local account says.
    generation: raw.TRTC_RECORDING_GENERATION,
  };
  return {
    cloud,
    startupApplications: isTencent
      ? [{ ...configured, generation: configured.generation ?? "legacy" }]
      : localStartupApplications(configured),
    database: raw.DATABASE_URL
      ? { kind: "postgres", url: raw.DATABASE_URL }
      : { kind: "pglite", dataDir: `${raw.CONSOLE_DATA_DIR}/db` },
    consoleDataDir: raw.CONSOLE_DATA_DIR,
    auth: {
      secret: raw.NEXTAUTH_SECRET,
      url: raw.NEXTAUTH_URL,
      firstAdmin:
        raw.ADMIN_EMAIL && raw.ADMIN_PASSWORD ? { email: raw.ADMIN_EMAIL, password: raw.ADMIN_PASSWORD } : undefined,
    },
    media: { ffmpegPath: raw.FFMPEG_PATH, ffprobePath: raw.FFPROBE_PATH },
    playback: {
      mediaOrigins: (raw.MEDIA_ORIGINS ?? "")
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((origin) => new URL(origin).origin),
    },
    localCloud: {
      port: raw.LOCAL_CLOUD_PORT,
      rtmpPort: raw.LOCAL_CLOUD_RTMP_PORT,
      dataDir: raw.LOCAL_CLOUD_DATA_DIR,
      secretId: raw.LOCAL_CLOUD_SECRET_ID,
      secretKey: raw.LOCAL_CLOUD_SECRET_KEY,
    },
    rooms: { staleAfterMinutes: raw.ROOM_STALE_AFTER_MINUTES },
    callbacks: { requestsPer10SecondsPerSource: raw.CALLBACK_RATE_LIMIT },
    trtcCallbackKey: raw.TRTC_CALLBACK_KEY,
  };
}
