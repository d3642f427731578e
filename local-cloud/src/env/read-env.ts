import { LOCAL_CLOUD_DEFAULTS } from "@shared/local-cloud-defaults";
import { isLogLevel, type LogLevel } from "../core/logger";
import type { LocalCloudOptions } from "../options";
import { readAccount } from "./read-account";
import { readConsoleOrigins, readControlSecret } from "./read-control-plane";

type Env = Record<string, string | undefined>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid local cloud configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

const valueOf = (env: Env, name: string) => env[name]?.trim() || undefined;

function readPort(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = valueOf(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) {
    problems.push(`${name} must be a TCP port number, got "${raw}"`);
    return fallback;
  }
  const port = Number(raw);
  if (port < 1 || port > 65_535) problems.push(`${name} must be between 1 and 65535, got ${port}`);
  return port;
}

function readLogLevel(env: Env, problems: string[]): LogLevel {
  const raw = valueOf(env, "LOCAL_CLOUD_LOG_LEVEL");
  if (raw === undefined) return "info";
  if (isLogLevel(raw)) return raw;
  problems.push(`LOCAL_CLOUD_LOG_LEVEL must be one of debug, info, warn, error, silent, got "${raw}"`);
  return "info";
}

/** Milliseconds between callback delivery attempts; unset = Tencent's one minute. */
function readCallbackRetry(env: Env, problems: string[]): number | undefined {
  const raw = valueOf(env, "LOCAL_CLOUD_CALLBACK_RETRY_MS");
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (Number.isInteger(value) && value >= 10 && value <= 3_600_000) return value;
  problems.push(
    `LOCAL_CLOUD_CALLBACK_RETRY_MS must be a whole number of milliseconds from 10 to 3600000, got "${raw}"`,
  );
  return undefined;
}

/** The local cloud's options from the environment, every problem named by its variable at once. */
export function readEnv(env: Env): LocalCloudOptions {
  const problems: string[] = [];
  const port = readPort(env, "LOCAL_CLOUD_PORT", LOCAL_CLOUD_DEFAULTS.port, problems);
  const rtmpPort = readPort(env, "LOCAL_CLOUD_RTMP_PORT", LOCAL_CLOUD_DEFAULTS.rtmpPort, problems);
  if (port === rtmpPort) problems.push(`LOCAL_CLOUD_PORT and LOCAL_CLOUD_RTMP_PORT must differ (both are ${port})`);
  const options: LocalCloudOptions = {
    port,
    rtmpPort,
    dataDir: valueOf(env, "LOCAL_CLOUD_DATA_DIR") ?? LOCAL_CLOUD_DEFAULTS.dataDir,
    credentials: [
      {
        secretId: valueOf(env, "LOCAL_CLOUD_SECRET_ID") ?? LOCAL_CLOUD_DEFAULTS.secretId,
        secretKey: valueOf(env, "LOCAL_CLOUD_SECRET_KEY") ?? LOCAL_CLOUD_DEFAULTS.secretKey,
      },
    ],
    account: readAccount(env, problems),
    ffmpegPath: valueOf(env, "FFMPEG_PATH") ?? "ffmpeg",
    ffprobePath: valueOf(env, "FFPROBE_PATH") ?? "ffprobe",
    logLevel: readLogLevel(env, problems),
  };
  const callbackRetryIntervalMs = readCallbackRetry(env, problems);
  if (callbackRetryIntervalMs !== undefined) options.callbackRetryIntervalMs = callbackRetryIntervalMs;
  const controlSecret = readControlSecret(env, problems);
  if (controlSecret !== undefined) options.controlSecret = controlSecret;
  const consoleOrigins = readConsoleOrigins(env, problems);
  if (consoleOrigins !== undefined) options.consoleOrigins = consoleOrigins;
  if (problems.length > 0) throw new EnvError(problems);
  return options;
}
