import { spawn } from "node:child_process";
import { mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { parseProcStat, readProcStat } from "./proc-cpu";

export interface BareRemux {
  /** Resolves once ffmpeg has ended, with the CPU seconds it used (exact: read by its parent shell after waiting for it). */
  done: Promise<{ code: number; cpuSeconds: number; stderr: string }>;
  /** SIGTERM to ffmpeg: it closes its outputs and exits. */
  stop(): Promise<void>;
  mp4Path: string;
  hlsPlaylist: string;
}

/**
 * The baseline: one plain ffmpeg pulling a stream from the relay and writing what the recorder
 * writes for HLS and MP4 — fMP4 HLS segments and a fragmented MP4 — with `-c copy` and the same
 * output options, into `dir`. It runs under `sh`, which reads its own /proc stat after ffmpeg
 * exits: the shell's children CPU time is then exactly ffmpeg's.
 */
export async function startBareRemux(ffmpeg: string, source: string, dir: string): Promise<BareRemux> {
  const hlsDir = path.join(dir, "hls");
  await mkdir(hlsDir, { recursive: true });
  const mp4Path = path.join(dir, "bare.mp4");
  const hlsPlaylist = path.join(hlsDir, "index.m3u8");
  const args = [
    ...["-hide_banner", "-loglevel", "error", "-nostdin", "-analyzeduration", "500000", "-i", source],
    ...["-flush_packets", "1", "-c", "copy", "-f", "hls", "-hls_segment_type", "fmp4", "-hls_time", "2"],
    ...["-hls_list_size", "0", "-hls_playlist_type", "event", "-hls_fmp4_init_filename", "init.mp4"],
    ...["-hls_segment_filename", path.join(hlsDir, "seg-%05d.m4s"), hlsPlaylist],
    ...["-flush_packets", "1", "-c", "copy", "-f", "mp4", "-movflags", "+frag_keyframe+empty_moov+default_base_moof"],
    mp4Path,
  ];
  const script = '"$0" "$@"; code=$?; read -r stat < /proc/$$/stat; echo "$code $stat"';
  const shell = spawn("sh", ["-c", script, ffmpeg, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  let stderr = "";
  shell.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  // It ends with an I/O error when the relay drops it after the publisher left; kept for failures only.
  shell.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString("utf8")).slice(-4096)));
  // Resolved, never rejected: the run awaits it only after the stream has ended.
  const done = new Promise<{ code: number; cpuSeconds: number; stderr: string }>((resolve) => {
    shell.once("close", (shellCode) => {
      const line = output.trim();
      const space = line.indexOf(" ");
      if (space < 0) resolve({ code: shellCode ?? -1, cpuSeconds: Number.NaN, stderr: `no report: ${stderr}` });
      else {
        const stat = parseProcStat(shell.pid ?? 0, line.slice(space + 1));
        resolve({ code: Number(line.slice(0, space)), cpuSeconds: stat.childrenCpuSeconds, stderr: stderr.trim() });
      }
    });
  });
  return {
    done,
    // The shell waits for ffmpeg: signal ffmpeg itself, the shell's only child.
    stop: async () => {
      for (const entry of await readdir("/proc")) {
        const stat = Number.isInteger(Number(entry)) ? await readProcStat(Number(entry)) : null;
        if (stat && stat.ppid === shell.pid) process.kill(stat.pid, "SIGTERM");
      }
    },
    mp4Path,
    hlsPlaylist,
  };
}
