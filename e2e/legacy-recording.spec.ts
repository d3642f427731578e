import { storageStatePath } from "./config";
import { expect, test } from "./fixtures";
import { LEGACY_APP, PUSH_DOMAIN, selectApplication } from "./support/local-account";
import { saveSettingsOnPage } from "./support/recording-settings";
import { publishSampleClip } from "./support/sample-participant";

const ROOM = "5101";

test.describe("legacy recording", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("the legacy app records by its settings into VOD, under rules on the account's (bizid) push domain", async ({
    page,
    localCloud,
  }) => {
    test.setTimeout(150_000);
    await selectApplication(page, LEGACY_APP);
    await saveSettingsOnPage(page, { mode: "global", formats: ["MP4"], retentionDays: 2 });
    await expect(page.getByText(`CSS record and callback rules on ${PUSH_DOMAIN}/trtc_${LEGACY_APP}`)).toBeVisible();

    // The rule the settings made names the bizid's domain and the app's path; the SdkAppId's domain does not exist.
    const rules = (await localCloud.live.DescribeLiveRecordRules()).Rules ?? [];
    expect(rules.filter((rule) => rule.AppName === `trtc_${LEGACY_APP}`).map((rule) => rule.DomainName)).toEqual([
      PUSH_DOMAIN,
    ]);
    await expect(
      localCloud.live.CreateLiveRecordRule({
        DomainName: `${LEGACY_APP}.livepush.myqcloud.com`,
        AppName: `trtc_${LEGACY_APP}`,
        TemplateId: rules[0]?.TemplateId ?? 0,
      }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/DomainNotExist|PushDomainNoRecord/) });

    await page.goto("/recordings");
    await publishSampleClip(localCloud, { roomId: ROOM, userId: "legacy", seconds: 4 });
    const row = page.getByTestId("recording-row").filter({ hasText: `${LEGACY_APP}_${ROOM}_legacy_` });
    await expect(row).toHaveCount(1, { timeout: 90_000 });
    await expect(row).toContainText("expires in 2 days");
    await row.getByRole("link").first().click();
    await expect(page.getByTestId("detail-SourceType")).toContainText("Record");
    await expect(page.getByTestId("detail-Push domain")).toContainText(PUSH_DOMAIN);
    await expect(page.getByTestId("detail-Stream path")).toContainText(`trtc_${LEGACY_APP}`);
  });
});
