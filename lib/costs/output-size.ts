import type { RecordingFormat } from "@/lib/schemas/recording-settings";
import { recordingSizeGb } from "./formulas";
import { formatNumber } from "./money";

/** What a recording writes: its bitrates and the formats kept (each a file of its own in VOD). */
export interface EncodedOutput {
  videoKbps: number;
  audioKbps: number;
  formats: readonly RecordingFormat[];
}

const FORMAT_NAMES: Record<RecordingFormat, string> = { hls: "HLS", mp4: "MP4", flv: "FLV", aac: "AAC" };

/**
 * GB written by `copies` outputs over `seconds`: (video + audio) / 8 × seconds per video format,
 * audio / 8 × seconds for AAC (an audio-only file), 1 GB = 1,000 MB as Tencent bills.
 */
export function outputSizeGb(output: EncodedOutput, seconds: number, copies = 1): { sizeGb: number; formula: string } {
  const video = output.formats.filter((format) => format !== "aac");
  const hasAudioFile = output.formats.includes("aac");
  const perVideoFile = recordingSizeGb({
    videoKbps: output.videoKbps,
    audioKbps: output.audioKbps,
    durationSeconds: seconds,
  });
  const perAudioFile = recordingSizeGb({ videoKbps: 0, audioKbps: output.audioKbps, durationSeconds: seconds });
  const sizeGb = Number(((perVideoFile * video.length + (hasAudioFile ? perAudioFile : 0)) * copies).toPrecision(12));
  const times = copies === 1 ? "" : ` × ${formatNumber(copies)} outputs`;
  const parts: string[] = [];
  if (video.length > 0) {
    const names = video.map((format) => FORMAT_NAMES[format]).join(" + ");
    const count = video.length === 1 ? "" : ` × ${video.length} formats`;
    parts.push(
      `${names}: (${formatNumber(output.videoKbps)} + ${formatNumber(output.audioKbps)}) kbps ÷ 8 × ${formatNumber(seconds)} s${count}${times}`,
    );
  }
  if (hasAudioFile) parts.push(`AAC: ${formatNumber(output.audioKbps)} kbps ÷ 8 × ${formatNumber(seconds)} s${times}`);
  return { sizeGb, formula: `${parts.join(" + ") || "no formats"} = ${formatNumber(sizeGb)} GB` };
}
