import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "../../core/logger";
import { probeMedia } from "../ffmpeg/probe-media";
import type { ProcessSupervisor } from "../ffmpeg/process-supervisor";
import { SAMPLE_FONT_FILE, sampleClipsFor, sampleSecondsOf, type SampleClipSpec } from "./sample-catalog";
import { buildSampleArgs } from "./sample-command";

/** The machine has 2 cores; two ffmpeg encodes at a time keep start-up short without starving it. */
const GENERATION_CONCURRENCY = 2;
const GENERATION_TIMEOUT_MS = 120_000;
const PROBE_TIMEOUT_MS = 10_000;

export interface SampleClip {
  name: string;
  filePath: string;
  width: number;
  height: number;
  durationSeconds: number;
}

export interface SampleLibraryOptions {
  dir: string;
  ffmpegPath: string;
  ffprobePath: string;
  durationSeconds: number;
  supervisor: ProcessSupervisor;
  logger: Logger;
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map(work));
  }
}

/** The sample clips under `<dataDir>/samples`, generated on first start and probed on every start. */
export class SampleLibrary {
  private constructor(private readonly clips: ReadonlyMap<string, SampleClip>) {}

  static async prepare(options: SampleLibraryOptions): Promise<SampleLibrary> {
    await mkdir(options.dir, { recursive: true });
    const specs = sampleClipsFor(options.durationSeconds);
    // Probing is light, so every clip already there at once; generating is not, so a few at a time.
    const existing = await Promise.all(specs.map((spec) => existingSample(spec, options)));
    const prepared = new Map(existing.flatMap((clip) => (clip ? [[clip.name, clip] as const] : [])));
    const missing = specs.filter((spec) => !prepared.has(spec.name));
    await inBatches(missing, GENERATION_CONCURRENCY, async (spec) => {
      prepared.set(spec.name, await newSample(spec, options));
    });
    // In catalog order, whatever order the batches finished in.
    const clips = specs.flatMap((spec) => prepared.get(spec.name) ?? []);
    return new SampleLibrary(new Map(clips.map((clip) => [clip.name, clip])));
  }

  list(): SampleClip[] {
    return [...this.clips.values()];
  }

  find(name: string): SampleClip | undefined {
    return this.clips.get(name);
  }
}

async function probeSample(
  filePath: string,
  options: SampleLibraryOptions,
): Promise<Omit<SampleClip, "name" | "filePath"> | undefined> {
  const probe = await probeMedia(options.supervisor, options.ffprobePath, filePath, PROBE_TIMEOUT_MS);
  if (!probe.ok || !probe.info.width || !probe.info.height || !probe.info.durationSeconds) return undefined;
  return {
    width: probe.info.width,
    height: probe.info.height,
    durationSeconds: Math.round(probe.info.durationSeconds * 100) / 100,
  };
}

const samplePath = (spec: SampleClipSpec, options: SampleLibraryOptions) => path.join(options.dir, `${spec.name}.mp4`);

/** The clip a former start generated, if it is there and readable. */
async function existingSample(spec: SampleClipSpec, options: SampleLibraryOptions): Promise<SampleClip | undefined> {
  const filePath = samplePath(spec, options);
  if (!existsSync(filePath)) return undefined;
  const existing = await probeSample(filePath, options);
  if (existing) return { name: spec.name, filePath, ...existing };
  options.logger.warn(`sample ${spec.name} is unreadable; generating it again`);
  return undefined;
}

async function newSample(spec: SampleClipSpec, options: SampleLibraryOptions): Promise<SampleClip> {
  const filePath = samplePath(spec, options);
  await generateSample(spec, filePath, options);
  const generated = await probeSample(filePath, options);
  if (!generated) throw new Error(`The generated sample ${filePath} cannot be read back with ffprobe`);
  return { name: spec.name, filePath, ...generated };
}

/** Writes to a temporary name and renames, so that a crash never leaves a half clip under the real name. */
async function generateSample(spec: SampleClipSpec, filePath: string, options: SampleLibraryOptions): Promise<void> {
  const tempPath = `${filePath}.${process.pid}.partial.mp4`;
  const fontFile = existsSync(SAMPLE_FONT_FILE) ? SAMPLE_FONT_FILE : undefined;
  if (!fontFile) options.logger.warn(`font ${SAMPLE_FONT_FILE} not found: sample ${spec.name} gets no text`);
  const seconds = sampleSecondsOf(spec, options.durationSeconds);
  options.logger.info(`generating sample ${spec.name} (${seconds} s)`);
  const args = buildSampleArgs(spec, seconds, fontFile, tempPath);
  const result = await options.supervisor.run(options.ffmpegPath, args, `sample ${spec.name}`, GENERATION_TIMEOUT_MS);
  if (result.code !== 0) {
    await rm(tempPath, { force: true });
    throw new Error(
      `ffmpeg could not generate sample ${spec.name}: ${result.stderr || `exit ${result.code ?? result.signal}`}`,
    );
  }
  await rename(tempPath, filePath);
}
