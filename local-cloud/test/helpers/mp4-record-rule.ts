import { liveClient, TEST_APP, TEST_PUSH_DOMAIN } from "./test-cloud";

/**
 * Records every stream of the app's stream path as MP4 (one file per publish, up to an hour each),
 * the way an admin's saved settings would: a CSS record template and its rule.
 */
export async function recordStreamsAsMp4(
  port: number,
  options: { templateName: string; sdkAppId?: number; storageSeconds?: number },
): Promise<void> {
  const live = liveClient(port);
  const { TemplateId } = await live.CreateLiveRecordTemplate({
    TemplateName: options.templateName,
    Mp4Param: { Enable: 1, RecordInterval: 3600, StorageTime: options.storageSeconds ?? 86_400 },
  });
  await live.CreateLiveRecordRule({
    DomainName: TEST_PUSH_DOMAIN,
    AppName: `trtc_${options.sdkAppId ?? TEST_APP}`,
    TemplateId: TemplateId ?? 0,
  });
}
