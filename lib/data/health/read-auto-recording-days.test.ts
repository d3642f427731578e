import { describe, expect, it } from "vitest";
import { recordingFiles } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { readAutoRecordingDays } from "./read-auto-recording-days";

const APP = 1400000123;
const at = (iso: string) => new Date(iso);

describe.each(testDatabaseKinds())("automatic recordings per day, on $name", (kind) => {
  const handle = useTestDatabase(kind);

  it("counts each day's CSS files and, once each, their streams; not tasks' files, other apps' or earlier days'", async () => {
    const file = (fileId: string, sessionKey: string, startedAt: string, sdkAppId = APP) => ({
      sdkAppId,
      fileId,
      sessionKey,
      startedAt: at(startedAt),
      discoveredBy: "callback",
    });
    await handle.db.insert(recordingFiles).values([
      // One stream in two formats, the MP4 split in two: 3 files, 1 stream.
      file("1", "css:teacher", "2026-12-01T09:00:00Z"),
      file("2", "css:teacher", "2026-12-01T09:00:00Z"),
      file("3", "css:teacher", "2026-12-01T10:00:00Z"),
      file("4", "css:pupil", "2026-12-01T23:59:00Z"),
      file("5", "css:teacher", "2026-12-02T00:01:00Z"),
      file("6", "task:T1:u1:0", "2026-12-01T09:00:00Z"),
      file("7", "css:other-app", "2026-12-01T09:00:00Z", APP + 1),
      file("8", "css:teacher", "2026-11-20T09:00:00Z"),
    ]);
    expect(await readAutoRecordingDays(handle.db, APP, at("2026-11-25T00:00:00Z"))).toEqual([
      { day: "2026-12-01", files: 4, streams: 2 },
      { day: "2026-12-02", files: 1, streams: 1 },
    ]);
  });
});
