import { beforeEach, describe, expect, it, vi } from "vitest";
import { applications } from "@/lib/db/schema";
import { messageText } from "@/lib/i18n/message-text";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import type { LiveDomain } from "@/lib/cloud/live/describe-live-domains";
import { createApplication } from "@/lib/actions/applications/create-application-row";
import { ensureApplications, fillMissingPushDomains } from "@/lib/actions/applications/ensure-application";
import { listApplications } from "@/lib/data/applications/list-applications";
import { updateApplication } from "@/lib/actions/applications/update-application-row";

// The account's domains, as DescribeLiveDomains would list them (the cloud is not what is tested here).
const domains = vi.hoisted(() => ({ list: [] as LiveDomain[] }));
vi.mock("@/lib/cloud/live/describe-live-domains", () => ({ describeLiveDomains: async () => domains.list }));

const LEGACY = { sdkAppId: 1400000123, name: "Legacy-recording app", generation: "legacy" as const };
const CLOUD = { sdkAppId: 1400000456, name: "Cloud-recording app", generation: "cloud" as const };
const PUSH = "12345.livepush.myqcloud.com";

describe.each(testDatabaseKinds())("applications on $name", (kind) => {
  const handle = useTestDatabase(kind);
  beforeEach(async () => {
    await handle.db.delete(applications);
    domains.list = [];
  });

  it("registers the startup apps in order with their generation and stream path, never overwriting an edit", async () => {
    await ensureApplications(handle.db, [LEGACY, CLOUD]);
    await updateApplication(handle.db, LEGACY.sdkAppId, {
      name: "Renamed",
      generation: "legacy",
      pushDomain: null,
      defaultVodSubAppId: null,
      mediaDomainHttps: false,
      mediaHotlinkKey: undefined,
    });
    await ensureApplications(handle.db, [{ ...LEGACY, generation: "cloud" }, CLOUD]);
    const listed = await listApplications(handle.db);
    expect(
      listed.map(({ sdkAppId, name, generation, pushDomain, streamPath }) => ({
        sdkAppId,
        name,
        generation,
        pushDomain,
        streamPath,
      })),
    ).toEqual([
      { sdkAppId: 1400000123, name: "Renamed", generation: "legacy", pushDomain: null, streamPath: "trtc_1400000123" },
      {
        sdkAppId: 1400000456,
        name: "Cloud-recording app",
        generation: "cloud",
        pushDomain: null,
        streamPath: "trtc_1400000456",
      },
    ]);
  });

  it("fills a missing push domain when the account has exactly one, and says why not otherwise", async () => {
    await ensureApplications(handle.db, [LEGACY, CLOUD]);
    domains.list = [
      { name: "a.example.com", type: "push", isEnabled: true },
      { name: "b.example.com", type: "push", isEnabled: true },
    ];
    const several = await fillMissingPushDomains(handle.db);
    expect(several.filled).toEqual([]);
    expect(messageText(several.problem ?? "")).toContain("a.example.com, b.example.com");

    domains.list = [
      { name: PUSH, type: "push", isEnabled: true },
      { name: "play.example.com", type: "play", isEnabled: true },
    ];
    expect(await fillMissingPushDomains(handle.db)).toEqual({ filled: [1400000123, 1400000456], problem: null });
    expect((await listApplications(handle.db)).map((app) => app.pushDomain)).toEqual([PUSH, PUSH]);
  });

  it("creates an app once, and an edit keeps, replaces or clears the hotlink key without ever listing it", async () => {
    const input = { ...CLOUD, pushDomain: PUSH, sdkSecretKey: "secretKeyOfTheApp0123" };
    expect(await createApplication(handle.db, input)).toEqual({ ok: true });
    const again = await createApplication(handle.db, input);
    expect(again.ok ? again : { ...again, message: messageText(again.message) }).toEqual({
      ok: false,
      message: "SdkAppId 1400000456 is already registered.",
    });
    const edit = {
      name: "Cloud app",
      generation: "cloud" as const,
      pushDomain: PUSH,
      defaultVodSubAppId: 1500000001,
      mediaDomainHttps: true,
      mediaHotlinkKey: "hotlinkKey123" as string | null | undefined,
    };
    expect(await updateApplication(handle.db, CLOUD.sdkAppId, edit)).toEqual([
      "name",
      "defaultVodSubAppId",
      "mediaDomainHttps",
      "mediaHotlinkKey",
    ]);
    expect(await updateApplication(handle.db, CLOUD.sdkAppId, { ...edit, mediaHotlinkKey: undefined })).toEqual([]);
    const [listed] = await listApplications(handle.db);
    expect(listed).toMatchObject({ hasMediaHotlinkKey: true, mediaDomainHttps: true, hasOwnSdkSecretKey: true });
    expect(JSON.stringify(listed)).not.toContain("hotlinkKey123");
    expect(await updateApplication(handle.db, CLOUD.sdkAppId, { ...edit, mediaHotlinkKey: null })).toEqual([
      "mediaHotlinkKey",
    ]);
    expect((await listApplications(handle.db))[0]?.hasMediaHotlinkKey).toBe(false);
    expect(await updateApplication(handle.db, 1, edit)).toBeNull();
  });
});
