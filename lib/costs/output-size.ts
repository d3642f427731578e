import type { RecordingFormat } from "@/lib/schemas/recording-settings";
import { msg } from "@/lib/i18n/message";
import { recordingSizeGb } from "./formulas";
import { formatNumber } from "./money";

/** What a recording writes: its bitrates and the formats kept (each a file of its own in VOD). */
export interface EncodedOutput {
  videoKbps: number;
  audioKbps: number;
  formats: readonly RecordingFormat[];
}

/** Format names are the same in every language (Tencent writes them so in Chinese too). */
const FORMAT_NAMES: Record<RecordingFormat, string> = { hls: "HLS", mp4: "MP4", flv: "FLV", aac: "AAC" };

/**
 * GB written by `copies` outputs over `seconds`: (video + audio) / 8 × seconds per video format,
 * audio / 8 × seconds for AAC (an audio-only file), 1 GB = 1,000 MB as Tencent bills. The formula
 * is a message (`msg`).
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
  const secondsText = formatNumber(seconds);
  const copyValues = { copies, copyCount: formatNumber(copies) };
  const videoPart =
    video.length > 0
      ? msg("costs.lines.outputSizeVideo", {
          names: video.map((format) => FORMAT_NAMES[format]).join(" + "),
          video: formatNumber(output.videoKbps),
          audio: formatNumber(output.audioKbps),
          seconds: secondsText,
          formats: video.length,
          formatCount: String(video.length),
          ...copyValues,
        })
      : "";
  const audioPart = hasAudioFile
    ? msg("costs.lines.outputSizeAudio", { audio: formatNumber(output.audioKbps), seconds: secondsText, ...copyValues })
    : "";
  const shape = videoPart && audioPart ? "both" : videoPart ? "video" : audioPart ? "audio" : "none";
  return {
    sizeGb,
    formula: msg("costs.lines.outputSize", { shape, videoPart, audioPart, size: formatNumber(sizeGb) }),
  };
}
