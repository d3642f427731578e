import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { eventually } from "@/local-cloud/test/helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "@/local-cloud/test/helpers/lavfi-push";
import {
  removeDataDir,
  startTestCloud,
  TEST_APP,
  vodClient,
  type TestCloud,
} from "@/local-cloud/test/helpers/test-cloud";
import { recordStreamsAsMp4 } from "@/local-cloud/test/helpers/mp4-record-rule";
import { billingToday } from "@/lib/costs/billing-date";
import { CNY, USD } from "@/lib/costs/test-prices";
import type { UsageFailure } from "@/lib/costs/usage-report";
import { buildUsageReport, monthSoFar } from "@/lib/costs/usage-report";
import { readUsageCosts } from "@/lib/data/costs/read-usage-costs";

/*
 * The usage page's reads through the real SDK against a real local cloud, before and after a
 * real legacy (CSS) recording: every request is one the cloud accepts, and the recording shows up
 * as today's recording and storage cost.
 */

let env: TestCloud;

beforeAll(async () => {
  env = await startTestCloud();
  await recordStreamsAsMp4(env.cloud.port, { templateName: "costs", storageSeconds: 30 * 86_400 });
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

async function report(where: { sdkAppId: number; subAppId: number | null }) {
  const clients = { trtc: env.trtc, vod: vodClient(env.cloud.port) };
  const today = billingToday();
  const range = monthSoFar(today);
  const failures: UsageFailure[] = [];
  const { usage } = await readUsageCosts(clients, range, where, "range", failures);
  const built = buildUsageReport(
    { range, today, storageSubAppId: where.subAppId, rangeUsage: usage, monthUsage: usage, failures },
    { CNY, USD },
  );
  return { built, today: built.byCurrency.CNY.costs.days.find((day) => day.date === today) };
}

describe("reading the usage APIs for the cost page", () => {
  it("prices a legacy recording as today's recording and storage", async () => {
    const before = await report({ sdkAppId: TEST_APP, subAppId: null });
    expect(before.built.failures).toEqual([]);
    expect(before.today).toMatchObject({ recording: 0, storage: 0, total: 0 });

    const push = startLavfiPush(`rtmp://127.0.0.1:${env.cloud.rtmpPort}/trtc_${TEST_APP}/costs?roomid=9&userid=u`, 3);
    expect(await push.exited).toBe(0);
    const after = await eventually(async () => {
      const read = await report({ sdkAppId: TEST_APP, subAppId: null });
      return (read.today?.recording ?? 0) > 0 && (read.today?.storage ?? 0) > 0 ? read : undefined;
    }, "the recording is counted and stored");

    const cny = after.built.byCurrency.CNY;
    // 320×180 is SD: a few seconds round up to 1 minute at the old SD price of 7 CNY per 1,000.
    const legacy = cny.breakdown.find((line) => line.source === "legacyRecording");
    expect(legacy).toMatchObject({ key: "Class1VideoTime", priceKey: "oldRecordingSd", quantity: 1, amount: 0.007 });
    expect(messageText(legacy?.formula ?? "")).toBe("1 min ÷ 1,000 × 7 CNY = 0.007 CNY");
    expect(cny.breakdown.find((line) => line.source === "storage")).toMatchObject({ unit: "GB-day", price: 0.0048 });
    expect(after.today?.recording).toBe(0.007);
    expect(cny.month.soFar.total).toBe(after.today?.total);
    expect(cny.unpricedText).toEqual([]);
  });

  it("lists a VOD read that fails and still prices the rest", async () => {
    const read = await report({ sdkAppId: TEST_APP, subAppId: 1_234_567 });
    expect(read.built.failures.map((failure) => failure.source).sort()).toEqual([
      "playback",
      "storage",
      "storageOutsideMainland",
    ]);
    // The cloud error travels as a message (msg), put into words where the page shows it.
    expect(messageText(read.built.failures[0]?.message ?? "")).toMatch(/\.$/);
    expect(read.today?.recording).toBeGreaterThan(0);
  });
});
