import { spawn } from "node:child_process";
import type { Logger } from "../../core/logger";

/** Kept from a process's stderr for error messages: ffmpeg says why it failed at the end. */
const STDERR_TAIL_BYTES = 4096;
const KILL_GRACE_MS = 3000;

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SupervisedProcess {
  readonly label: string;
  readonly exited: Promise<ProcessExit>;
  /** The last lines the process wrote to stderr, trimmed. */
  stderrTail(): string;
  stdout(): string;
  /** SIGTERM (ffmpeg then closes its outputs cleanly), SIGKILL if it is still there after a grace period. */
  stop(): Promise<ProcessExit>;
}

export interface SpawnOptions {
  /** Keep stdout (for ffprobe's JSON); otherwise it is discarded. */
  captureStdout?: boolean;
}

/**
 * Every child process of the local cloud goes through here, so that shutting down can end all of
 * them and none outlives the server.
 */
export class ProcessSupervisor {
  private readonly running = new Set<SupervisedProcess>();
  private isStopped = false;

  constructor(private readonly logger: Logger) {}

  spawn(command: string, args: string[], label: string, options: SpawnOptions = {}): SupervisedProcess {
    // Whatever asks for a process after shutdown (a probe finishing late) must not leave an orphan.
    if (this.isStopped) throw new Error(`Not starting ${label}: the local cloud is stopping`);
    this.logger.debug(`spawn ${label}: ${command} ${args.join(" ")}`);
    const child = spawn(command, args, { stdio: ["ignore", options.captureStdout ? "pipe" : "ignore", "pipe"] });
    let stderr = "";
    let stdout = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-STDERR_TAIL_BYTES);
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    const exited = new Promise<ProcessExit>((resolve) => {
      child.once("error", (error) => {
        stderr += `\n${error.message}`;
        resolve({ code: null, signal: null });
      });
      child.once("close", (code, signal) => resolve({ code, signal }));
    });
    const supervised: SupervisedProcess = {
      label,
      exited,
      stderrTail: () => stderr.trim(),
      stdout: () => stdout,
      stop: async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill("SIGTERM");
          const timer = setTimeout(() => child.kill("SIGKILL"), KILL_GRACE_MS);
          const exit = await exited;
          clearTimeout(timer);
          return exit;
        }
        return exited;
      },
    };
    this.running.add(supervised);
    void exited.then(() => this.running.delete(supervised));
    return supervised;
  }

  /** Runs a command to its end, stopping it after `timeoutMs`. */
  async run(
    command: string,
    args: string[],
    label: string,
    timeoutMs: number,
  ): Promise<ProcessExit & { stdout: string; stderr: string }> {
    const child = this.spawn(command, args, label, { captureStdout: true });
    const timer = setTimeout(() => void child.stop(), timeoutMs);
    const exit = await child.exited;
    clearTimeout(timer);
    return { ...exit, stdout: child.stdout(), stderr: child.stderrTail() };
  }

  /** Stops every process and refuses new ones. */
  async stopAll(): Promise<void> {
    this.isStopped = true;
    await Promise.all([...this.running].map((child) => child.stop()));
  }
}
