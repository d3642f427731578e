import { describe, expect, it } from "vitest";
import type { CurrentApplication } from "@/lib/data/applications/current-application";
import { messageText } from "@/lib/i18n/message-text";
import { recordingSearchSchema, searchCapNotice, type RecordingSearch } from "@/lib/schemas/recording-search";
import { toSearchMediaRequest as toWire } from "@/lib/cloud/vod/media-query";
import { mergeByCreation } from "./merge-recordings";
import { cloudRecordingsQuery, legacyRecordingsQuery, type SearchWindow } from "./search-request";
import type { RecordingDto } from "./types";

const application: CurrentApplication = {
  sdkAppId: 1400000123,
  name: "App",
  generation: "legacy",
  pushDomain: "12345.livepush.myqcloud.com",
  streamPath: "trtc_1400000123",
  defaultVodSubAppId: null,
};
/** The SearchMedia request a library search sends (its query, as lib/cloud puts it on the wire). */
const toSearchMediaRequest = (...args: Parameters<typeof legacyRecordingsQuery>) =>
  toWire(legacyRecordingsQuery(...args));
const toCloudRecordingSearchRequest = (search: RecordingSearch, app: CurrentApplication, window?: SearchWindow) => {
  const query = cloudRecordingsQuery(search, app, window);
  return query ? toWire(query) : null;
};
const request = (query: Record<string, string>, app = application) =>
  toSearchMediaRequest(recordingSearchSchema.parse(query), app);
const BASE = {
  SourceTypes: ["Record"],
  StreamPaths: ["trtc_1400000123"],
  Sort: { Field: "CreateTime", Order: "Desc" },
  Filters: ["basicInfo", "metaData"],
  Offset: 0,
  Limit: 20,
};

describe("toSearchMediaRequest", () => {
  it("searches the app's recordings newest first, one page at a time", () => {
    expect(request({})).toEqual(BASE);
  });

  it.each([
    ["prefix", "teacher42_", { NamePrefixes: ["teacher42_"] }],
    ["text", "class", { Names: ["class"] }],
    ["streamId", "1400000123_2001_alice_main", { StreamIds: ["1400000123_2001_alice_main"] }],
    ["format", "hls", { MediaTypes: ["m3u8"] }],
    ["format", "aac", { MediaTypes: ["aac"] }],
    ["subAppId", "1500000001", { SubAppId: 1500000001 }],
    ["from", "2026-11-24T00:00:00Z", { CreateTime: { After: "2026-11-24T00:00:00.000Z" } }],
    ["to", "2026-11-25T00:00:00Z", { CreateTime: { Before: "2026-11-25T00:00:00.000Z" } }],
    ["sort", "oldest", { Sort: { Field: "CreateTime", Order: "Asc" } }],
    ["page", "3", { Offset: 40 }],
  ])("maps %s=%s onto SearchMedia and changes nothing else", (field, value, expected) => {
    expect(request({ [field]: value })).toEqual({ ...BASE, ...expected });
  });

  it("ANDs the fields: each is its own SearchMedia parameter, never widened by another", () => {
    expect(
      request({ prefix: "teacher42_", streamId: "s1", format: "mp4", from: "2026-11-24T00:00:00Z", roomId: "2001" }),
    ).toEqual({
      ...BASE,
      NamePrefixes: ["teacher42_"],
      StreamIds: ["s1"],
      MediaTypes: ["mp4"],
      CreateTime: { After: "2026-11-24T00:00:00.000Z" },
    });
  });

  it("leaves the room out of SearchMedia: the server filters it (TrtcRoomIds does not cover these)", () => {
    const withRoom = request({ roomId: "2001" });
    expect(withRoom).toEqual(BASE);
    expect(withRoom).not.toHaveProperty("TrtcRoomIds");
  });

  it("uses the application's default sub-application unless one is chosen", () => {
    const withDefault = { ...application, defaultVodSubAppId: 1500000009 };
    expect(request({}, withDefault).SubAppId).toBe(1500000009);
    expect(request({ subAppId: "1500000001" }, withDefault).SubAppId).toBe(1500000001);
  });

  it("asks for a room scan's batches as told", () => {
    const search = recordingSearchSchema.parse({ roomId: "2001", page: "2" });
    expect(toSearchMediaRequest(search, application, { offset: 1000, limit: 500 })).toMatchObject({
      Offset: 1000,
      Limit: 500,
    });
  });
});

describe("VOD's 5,000-result cap", () => {
  it("stops paging at the cap with a message", () => {
    const result = recordingSearchSchema.safeParse({ page: "251" });
    expect(messageText(result.error?.issues[0]?.message ?? "")).toBe(
      "VOD returns the first 5000 results at most: narrow the search.",
    );
    expect(recordingSearchSchema.safeParse({ page: "250" }).success).toBe(true);
  });

  it("says so when a search reached it, and only then", () => {
    expect(messageText(searchCapNotice({ isCapped: true }) ?? "")).toBe(
      "VOD returns the first 5,000 results of a search only: narrow the search to see the others.",
    );
    expect(searchCapNotice({ isCapped: false })).toBeNull();
  });
});

describe("toCloudRecordingSearchRequest", () => {
  const cloud = (query: Record<string, string>) =>
    toCloudRecordingSearchRequest(recordingSearchSchema.parse(query), application);

  it("searches the app's cloud-recording files by app (and room), with the same name, format and time filters", () => {
    expect(cloud({ prefix: "1400000123_2001", format: "mp4", roomId: "2001", sort: "oldest" })).toEqual({
      SourceTypes: ["TrtcRecord"],
      TrtcSdkAppIds: [1400000123],
      TrtcRoomIds: ["2001"],
      NamePrefixes: ["1400000123_2001"],
      MediaTypes: ["mp4"],
      Sort: { Field: "CreateTime", Order: "Asc" },
      Filters: ["basicInfo", "metaData"],
      Offset: 0,
      Limit: 20,
    });
  });

  it("is skipped for a stream id search: cloud recordings have no stream", () => {
    expect(cloud({ streamId: "1400000123_2001_alice_main" })).toBeNull();
  });
});

describe("mergeByCreation", () => {
  const made = (fileId: string, createdAt: string) => ({ fileId, createdAt }) as RecordingDto;
  const legacy = [made("3", "2026-11-24T10:00:03Z"), made("1", "2026-11-24T10:00:01Z")];
  const cloud = [made("4", "2026-11-24T10:00:04Z"), made("2", "2026-11-24T10:00:01Z")];

  it("interleaves both searches in creation order, FileId breaking ties", () => {
    expect(mergeByCreation([legacy, cloud], "newest").map((recording) => recording.fileId)).toEqual([
      "4",
      "3",
      "2",
      "1",
    ]);
    expect(mergeByCreation([legacy, cloud], "oldest").map((recording) => recording.fileId)).toEqual([
      "1",
      "2",
      "3",
      "4",
    ]);
  });
});
