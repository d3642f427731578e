import { legacyRecordingName, type NamingCase } from "@/lib/recordings/file-names";
import type { RecordingFormat } from "@/lib/schemas/recording-settings";

export interface FileNamePreview {
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
      label: "A user who entered with userDefineRecordId “teacher42”",
      naming: { kind: "userDefineRecordId", userDefineRecordId: "teacher42", streamType: "main" },
    },
    { label: "A user who entered with streamId “class_7”", naming: { kind: "streamId", streamId: "class_7" } },
    {
      label: "Anyone else (global auto recording): room 2001, user alice",
      naming: { kind: "auto", sdkAppId: input.sdkAppId, roomId: "2001", userId: "alice", streamType: "main" },
    },
    { label: "A mix started with RecordId “mix1”", naming: { kind: "mixRecordId", recordId: "mix1" } },
  ];
  const applicable = input.mode === "global" ? cases : cases.filter((entry) => entry.naming.kind !== "auto");
  return applicable.map(({ label, naming }) => ({
    label,
    names: input.formats.map((format) => `${legacyRecordingName(naming, input.start, end)}.${EXTENSION[format]}`),
  }));
}
