import { describe, expect, it } from "vitest";
import { toSearchMediaRequest } from "./media-query";

describe("toSearchMediaRequest", () => {
  it("names the application, asks for the media's basics and metadata, and leaves unset filters out", () => {
    expect(toSearchMediaRequest({ subAppId: 1500000001, order: "oldest", limit: 50 })).toEqual({
      SubAppId: 1500000001,
      Sort: { Field: "CreateTime", Order: "Asc" },
      Filters: ["basicInfo", "metaData"],
      Limit: 50,
    });
  });

  it("puts each field on its own SearchMedia parameter, the creation window in CreateTime", () => {
    expect(
      toSearchMediaRequest({
        subAppId: 7,
        sourceTypes: ["TrtcRecord"],
        trtcSdkAppIds: [1400000456],
        trtcRoomIds: ["2001"],
        namePrefixes: ["class_"],
        names: [],
        createdAfter: "2026-12-01T00:00:00.000Z",
        order: "newest",
        offset: 20,
        limit: 20,
      }),
    ).toEqual({
      SubAppId: 7,
      SourceTypes: ["TrtcRecord"],
      TrtcSdkAppIds: [1400000456],
      TrtcRoomIds: ["2001"],
      NamePrefixes: ["class_"],
      CreateTime: { After: "2026-12-01T00:00:00.000Z" },
      Sort: { Field: "CreateTime", Order: "Desc" },
      Filters: ["basicInfo", "metaData"],
      Offset: 20,
      Limit: 20,
    });
  });
});
