import { execFileSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";

/** Kernel clock ticks per second, the unit of the CPU times in /proc/<pid>/stat. */
export const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

export interface ProcStat {
  pid: number;
  ppid: number;
  /** CPU seconds the process itself used (user + system). */
  cpuSeconds: number;
  /** CPU seconds of its children that have exited and been waited for (user + system). */
  childrenCpuSeconds: number;
}

/** Parses /proc/<pid>/stat: the fields after the parenthesised command name, which may hold spaces. */
export function parseProcStat(pid: number, text: string): ProcStat {
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  // Field n of proc(5) is fields[n - 3] here: 4 ppid, 14 utime, 15 stime, 16 cutime, 17 cstime.
  const field = (n: number) => Number(fields[n - 3] ?? 0);
  return {
    pid,
    ppid: field(4),
    cpuSeconds: (field(14) + field(15)) / CLOCK_TICKS,
    childrenCpuSeconds: (field(16) + field(17)) / CLOCK_TICKS,
  };
}

export async function readProcStat(pid: number): Promise<ProcStat | null> {
  try {
    return parseProcStat(pid, await readFile(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return null;
  }
}

export interface ChildProcessCpu {
  pid: number;
  /** The command line, arguments separated by spaces. */
  command: string;
  /** The last CPU time seen before it exited: short of the true total by at most one sampling interval. */
  cpuSeconds: number;
}

/**
 * Samples the CPU time of every child of `parentPid` (the local cloud's ffmpegs) every
 * `intervalMs` from /proc, keeping each one's last value after it has gone.
 */
export function sampleChildren(parentPid: number, intervalMs = 200): { stop(): Promise<ChildProcessCpu[]> } {
  const seen = new Map<number, ChildProcessCpu>();
  let isStopped = false;
  const sampleOnce = async () => {
    for (const entry of await readdir("/proc")) {
      const pid = Number(entry);
      if (!Number.isInteger(pid)) continue;
      const stat = await readProcStat(pid);
      if (!stat || stat.ppid !== parentPid) continue;
      const known = seen.get(pid);
      if (known) known.cpuSeconds = stat.cpuSeconds;
      else {
        const command = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
        seen.set(pid, { pid, command: command.split("\0").join(" ").trim(), cpuSeconds: stat.cpuSeconds });
      }
    }
  };
  const loop = (async () => {
    while (!isStopped) {
      await sampleOnce();
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    stop: async () => {
      isStopped = true;
      await loop;
      return [...seen.values()];
    },
  };
}
