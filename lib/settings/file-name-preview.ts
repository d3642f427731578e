import { msg } from "@/lib/i18n/message";
import { legacyRecordingName, type NamingCase } from "@/lib/recordings/file-names";
import type { RecordingFormat } from "@/lib/schemas/recording-settings";

export interface FileNamePreview {
  /** The case's description, a message from `msg` (put into words where shown). */
  label: string;
  names: string[];
}

const EXTENSION: Record<RecordingFormat, string> = { hls: "m3u8", mp4: "mp4", flv: "flv", aac: "aac" };

/**
 * The VOD names the settings will produce for each naming case (§5.1), with sample values: times
 * in UTC+8 whatever the viewer's zone. A split file (maximum file length) gets its own times.
 */
export function previewFileNames(input: {
  sdkAppId: number;
  formats: readonly RecordingFormat[];
  mode: "global" | "chosen";
  start: Date;
  minutes: number;
}): FileNamePreview[] {
  const end = new Date(input.start.getTime() + input.minutes * 60_000);
  const cases: Array<{ label: string; naming: NamingCase }> = [
    {
      label: msg("settings.preview.userDefineRecordId", { id: "teacher42" }),
      naming: { kind: "userDefineRecordId", userDefineRecordId: "teacher42", streamType: "main" },
    },
    { label: msg("settings.preview.streamId", { id: "class_7" }), naming: { kind: "streamId", streamId: "class_7" } },
    {
      label: msg("settings.preview.auto", { roomId: "2001", userId: "alice" }),
      naming: { kind: "auto", sdkAppId: input.sdkAppId, roomId: "2001", userId: "alice", streamType: "main" },
    },
    { label: msg("settings.preview.mixRecordId", { id: "mix1" }), naming: { kind: "mixRecordId", recordId: "mix1" } },
  ];
  const applicable = input.mode === "global" ? cases : cases.filter((entry) => entry.naming.kind !== "auto");
  return applicable.map(({ label, naming }) => ({
    label,
    names: input.formats.map((format) => `${legacyRecordingName(naming, input.start, end)}.${EXTENSION[format]}`),
  }));
}
