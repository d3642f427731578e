import { describe, expect, it } from "vitest";
import type { VodApplication } from "@/lib/cloud/vod/vod-application";
import { inEnglish, answered, succeeded } from "../testing/outcomes";
import {
  interpretSubAppRequirement as interpretSubAppRequirementMessages,
  interpretVodApplications as interpretVodApplicationsMessages,
} from "./vod-applications";

// The checks make messages (lib/i18n/message.ts): the tests read them in English words.
const interpretSubAppRequirement = inEnglish(interpretSubAppRequirementMessages);
const interpretVodApplications = inEnglish(interpretVodApplicationsMessages);

const DEFAULT_APP: VodApplication = {
  id: 1500000001,
  name: "默认应用",
  status: "On",
  createdAt: "2024-01-02T00:00:00Z",
};
const RECORDINGS: VodApplication = {
  id: 1500000002,
  name: "recordings",
  status: "On",
  createdAt: "2025-02-01T00:00:00Z",
};
const stored = (defaultVodSubAppId: number | null) => ({
  stored: { pushDomain: null, defaultVodSubAppId, hasTrtcCallbackKey: true },
});

describe("interpretSubAppRequirement", () => {
  it("says VOD requires a SubAppId, and that the console always sends one", () => {
    expect(interpretSubAppRequirement(succeeded("required"))).toEqual({
      id: "vod.sub-app-id",
      status: "ok",
      title: "VOD requires a SubAppId on every call",
      detail:
        "A SearchMedia without SubAppId was refused, as VOD does for accounts opened on or after 2023-12-25 (the default application included). The console always sends one.",
    });
  });

  it("says when VOD does not require one", () => {
    expect(interpretSubAppRequirement(succeeded("optional")).title).toBe("VOD does not require a SubAppId");
  });

  it("is not checked when CAM denies SearchMedia", () => {
    expect(interpretSubAppRequirement(answered("AuthFailure.UnauthorizedOperation", "vod:SearchMedia"))).toMatchObject({
      status: "not-checked",
      detail: "CAM denies vod:SearchMedia (see the CAM lines).",
    });
  });
});

describe("interpretVodApplications", () => {
  it("lists the applications and names the default one the console sends", () => {
    expect(interpretVodApplications(stored(null), succeeded([RECORDINGS, DEFAULT_APP]))).toEqual({
      id: "vod.applications",
      status: "ok",
      title: "VOD application 1500000001 (默认应用)",
      detail:
        "VOD applications: 1500000002 (recordings), 1500000001 (默认应用). No application is chosen for this app, so the console names the account's default one, 1500000001 (the oldest).",
    });
  });

  it("names the application chosen for the app", () => {
    const line = interpretVodApplications(stored(1500000002), succeeded([DEFAULT_APP, RECORDINGS]));
    expect(line).toMatchObject({ status: "ok", title: "VOD application 1500000002 (recordings)" });
  });

  it("blocks when the chosen application is not the account's", () => {
    expect(interpretVodApplications(stored(1500000099), succeeded([DEFAULT_APP]))).toMatchObject({
      status: "blocking",
      title: "The console's VOD application 1500000099 is not one of the account's",
      fixUrl: "https://console.cloud.tencent.com/vod/app-manage",
    });
  });

  it("warns when the chosen application is off", () => {
    const line = interpretVodApplications(
      stored(1500000002),
      succeeded([DEFAULT_APP, { ...RECORDINGS, status: "Off" }]),
    );
    expect(line).toMatchObject({ status: "warning", title: "VOD application 1500000002 (recordings, Off)" });
  });

  it("blocks when VOD lists no application", () => {
    expect(interpretVodApplications(stored(null), succeeded([]))).toMatchObject({
      status: "blocking",
      title: "VOD lists no application",
    });
  });

  it("is not checked when VOD is not activated", () => {
    expect(
      interpretVodApplications(stored(null), answered("FailedOperation.InvalidVodUser", "vod:DescribeSubAppIds"))
        .status,
    ).toBe("not-checked");
  });
});
