import { describe, expect, it } from "vitest";
import { recordingSearchSchema } from "@/lib/schemas/recording-search";
import { toSearchMediaRequest } from "./search-recordings";

const application = {
  sdkAppId: 1400000123,
  name: "App",
  pushDomain: "1400000123.livepush.myqcloud.com",
  streamPath: "trtc_1400000123",
  defaultVodSubAppId: null,
};

describe("toSearchMediaRequest", () => {
  it("searches the app's recordings newest first, one page at a time", () => {
    expect(toSearchMediaRequest(recordingSearchSchema.parse({}), application)).toEqual({
      SourceTypes: ["Record"],
      StreamPaths: ["trtc_1400000123"],
      Sort: { Field: "CreateTime", Order: "Desc" },
      Filters: ["basicInfo", "metaData"],
      Offset: 0,
      Limit: 20,
    });
  });

  it("maps every filter onto SearchMedia's fields", () => {
    const search = recordingSearchSchema.parse({
      prefix: "teacher42_",
      text: "class",
      streamId: "s1",
      from: "2026-11-24T00:00:00Z",
      to: "2026-11-25T00:00:00Z",
      format: "hls",
      subAppId: "1500000001",
      sort: "oldest",
      page: "3",
    });
    expect(toSearchMediaRequest(search, application)).toMatchObject({
      SubAppId: 1500000001,
      NamePrefixes: ["teacher42_"],
      Names: ["class"],
      StreamIds: ["s1"],
      MediaTypes: ["m3u8"],
      CreateTime: { After: "2026-11-24T00:00:00.000Z", Before: "2026-11-25T00:00:00.000Z" },
      Sort: { Field: "CreateTime", Order: "Asc" },
      Offset: 40,
    });
  });

  it("finds a room by the auto-naming prefix", () => {
    const request = toSearchMediaRequest(recordingSearchSchema.parse({ roomId: "2001" }), application);
    expect(request.NamePrefixes).toEqual(["1400000123_2001_"]);
  });

  it("stops at VOD's 5,000-result cap with a message", () => {
    const result = recordingSearchSchema.safeParse({ page: "251" });
    expect(result.error?.issues[0]?.message).toBe("VOD returns the first 5000 results at most: narrow the search.");
  });
});
