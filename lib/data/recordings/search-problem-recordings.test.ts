import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "@/local-cloud/test/helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "@/local-cloud/test/helpers/lavfi-push";
import {
  legacyApp,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  vodClient,
  type TestCloud,
} from "@/local-cloud/test/helpers/test-cloud";
import { recordStreamsAsMp4 } from "@/local-cloud/test/helpers/mp4-record-rule";
import { deleteMedia } from "@/lib/cloud/vod/delete-media";
import { searchMedia } from "@/lib/cloud/vod/search-media";
import { recordingFiles, type FileProblem } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { recordingSearchSchema } from "@/lib/schemas/recording-search";
import { searchProblemRecordings } from "@/lib/data/recordings/search-problem-recordings";
import type { RecordingDto } from "@/lib/recordings/types";

/*
 * The library's "has problems" filter: three real recordings in the local cloud's VOD, two of
 * them with problems by the console's checks (rows without a room, as a CSS callback leaves them:
 * the room comes from VOD's view of the file). The filter lists exactly those, with the other
 * search fields applied, and drops a file VOD no longer has.
 */
const [pglite] = testDatabaseKinds();
const application = { sdkAppId: TEST_APP, streamPath: `trtc_${TEST_APP}`, defaultVodSubAppId: null };
let env: TestCloud;
let byStream: Map<string, RecordingDto>;

beforeAll(async () => {
  env = await startTestCloud({ apps: [legacyApp(TEST_APP)] });
  await recordStreamsAsMp4(env.cloud.port, { templateName: "problems" });
  // One after the other, so that their VOD creation order is known: quiet, clean, frozen.
  for (const stream of ["quiet", "clean", "frozen"]) {
    const push = startLavfiPush(
      `rtmp://127.0.0.1:${env.cloud.rtmpPort}/trtc_${TEST_APP}/${stream}?roomid=9&userid=${stream}`,
      2,
    );
    expect(await push.exited).toBe(0);
    await eventually(async () => {
      const page = await searchMedia(
        { subAppId: null, streamPaths: [`trtc_${TEST_APP}`], streamIds: [stream], order: "newest", limit: 1 },
        vodClient(env.cloud.port),
      );
      return page.recordings[0];
    }, `VOD holds the ${stream} recording`);
  }
  const page = await searchMedia(
    { subAppId: null, streamPaths: [`trtc_${TEST_APP}`], order: "newest", limit: 10 },
    vodClient(env.cloud.port),
  );
  byStream = new Map(page.recordings.map((recording) => [recording.streamId ?? "", recording]));
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

describe.runIf(pglite)("the library's has-problems filter", () => {
  if (!pglite) return;
  const handle = useTestDatabase(pglite);
  const vod = () => vodClient(env.cloud.port);
  const search = (query: Record<string, string>) => recordingSearchSchema.parse({ health: "problems", ...query });
  const problem = (kind: string): FileProblem => ({ kind, startSec: 0, endSec: 3, detail: "" });

  beforeAll(async () => {
    const file = (stream: string) => byStream.get(stream)?.fileId ?? "";
    await handle.db.insert(recordingFiles).values([
      {
        sdkAppId: TEST_APP,
        fileId: file("quiet"),
        streamId: "quiet",
        checkStatus: "done",
        problems: [problem("silence")],
        discoveredBy: "callback",
        vodCreatedAt: new Date(byStream.get("quiet")?.createdAt ?? 0),
      },
      {
        sdkAppId: TEST_APP,
        fileId: file("clean"),
        streamId: "clean",
        checkStatus: "done",
        problems: [],
        discoveredBy: "callback",
        vodCreatedAt: new Date(byStream.get("clean")?.createdAt ?? 0),
      },
      {
        sdkAppId: TEST_APP,
        fileId: file("frozen"),
        streamId: "frozen",
        checkStatus: "done",
        problems: [problem("frozen")],
        discoveredBy: "callback",
        vodCreatedAt: new Date(byStream.get("frozen")?.createdAt ?? 0),
      },
      // Another app's problem file is never listed.
      {
        sdkAppId: TEST_APP + 1,
        fileId: "5285890000000000777",
        checkStatus: "done",
        problems: [problem("black")],
        discoveredBy: "callback",
      },
    ]);
  });

  const streamsOf = (recordings: RecordingDto[]) => recordings.map((recording) => recording.streamId);

  it("lists only the app's files with problems, newest or oldest first", async () => {
    const newest = await searchProblemRecordings(handle.db, search({}), application, vod());
    expect(streamsOf(newest.recordings)).toEqual(["frozen", "quiet"]);
    expect(newest).toMatchObject({ totalCount: 2, isCapped: false });
    const oldest = await searchProblemRecordings(handle.db, search({ sort: "oldest" }), application, vod());
    expect(streamsOf(oldest.recordings)).toEqual(["quiet", "frozen"]);
  });

  it("applies the other search fields on top", async () => {
    const quietName = byStream.get("quiet")?.name ?? "";
    const byText = await searchProblemRecordings(handle.db, search({ text: "quiet" }), application, vod());
    expect(quietName).toContain("quiet");
    expect(streamsOf(byText.recordings)).toEqual(["quiet"]);
    const byStreamId = await searchProblemRecordings(handle.db, search({ streamId: "frozen" }), application, vod());
    expect(streamsOf(byStreamId.recordings)).toEqual(["frozen"]);
    const otherFormat = await searchProblemRecordings(handle.db, search({ format: "hls" }), application, vod());
    expect(otherFormat.recordings).toEqual([]);
    const otherRoom = await searchProblemRecordings(handle.db, search({ roomId: "10" }), application, vod());
    expect(otherRoom.recordings).toEqual([]);
    const room = await searchProblemRecordings(handle.db, search({ roomId: "9" }), application, vod());
    expect(streamsOf(room.recordings)).toEqual(["frozen", "quiet"]);
    const later = new Date(Date.parse(byStream.get("clean")?.createdAt ?? "") + 1).toISOString();
    const since = await searchProblemRecordings(handle.db, search({ from: later }), application, vod());
    expect(streamsOf(since.recordings)).toEqual(["frozen"]);
  });

  it("drops a file VOD no longer has", async () => {
    await deleteMedia(byStream.get("quiet")?.fileId ?? "", null, vod());
    const page = await searchProblemRecordings(handle.db, search({}), application, vod());
    expect(streamsOf(page.recordings)).toEqual(["frozen"]);
  });
});
