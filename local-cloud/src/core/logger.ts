export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

const LEVEL_ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A line-per-event logger on stderr, so that stdout stays free for whoever embeds the local cloud. */
export function createLogger(level: LogLevel, prefix = "local-cloud"): Logger {
  const threshold = LEVEL_ORDER[level];
  const write = (messageLevel: Exclude<LogLevel, "silent">, message: string) => {
    if (LEVEL_ORDER[messageLevel] < threshold) return;
    process.stderr.write(`${new Date().toISOString()} [${prefix}] ${messageLevel.toUpperCase()} ${message}\n`);
  };
  return {
    debug: (message) => write("debug", message),
    info: (message) => write("info", message),
    warn: (message) => write("warn", message),
    error: (message) => write("error", message),
  };
}

export function isLogLevel(value: string): value is LogLevel {
  return value in LEVEL_ORDER;
}
