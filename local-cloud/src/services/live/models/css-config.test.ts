import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CHOSEN_USERS_STREAM_NAME } from "../../../recording/contracts";
import { openStore, type Store } from "../../../core/store/open-store";
import { CssConfig } from "./css-config";
import { cssMigrations } from "./migrations";

const DOMAIN = "1.livepush.myqcloud.com";
const APP = "trtc_1";
const stream = (streamName: string, isChosen = false) => ({ domain: DOMAIN, appName: APP, streamName, isChosen });

describe("CssConfig as the recorder's RecordingConfigSource", () => {
  let dir = "";
  let store: Store;
  let css: CssConfig;
  let hlsMp4 = 0;
  let aacOnly = 0;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "css-config-"));
    store = await openStore(dir, cssMigrations);
    css = new CssConfig(store.db);
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await css.reset();
    hlsMp4 = await css.recordTemplates.create("a", {
      HlsParam: { Enable: 1, StorageTime: 86_400, VodSubAppId: 0 },
      Mp4Param: { Enable: 1, RecordInterval: 600, VodSubAppId: 1500000001, VodFileName: "{StreamID}" },
      FlvParam: { Enable: 0 },
      HlsSpecialParam: { FlowContinueDuration: 30 },
    });
    aacOnly = await css.recordTemplates.create("b", { AacParam: { Enable: 1 } });
  });

  it("records nothing without a rule", async () => {
    expect(await css.configForStream(stream("s1", true))).toBeNull();
  });

  it("global auto recording: an app-wide rule records every stream with its template's formats", async () => {
    await css.rules.addRecordRule(DOMAIN, APP, "", hlsMp4);
    expect(await css.configForStream(stream("anyone"))).toEqual({
      templateId: hlsMp4,
      resumeWindowSeconds: 30,
      formats: {
        hls: { recordIntervalSeconds: 1800, storageTimeSeconds: 86_400, vodSubAppId: null, vodFileName: null },
        mp4: { recordIntervalSeconds: 600, storageTimeSeconds: 0, vodSubAppId: 1500000001, vodFileName: "{StreamID}" },
      },
    });
    expect(await css.configForStream({ ...stream("x"), appName: "trtc_2" })).toBeNull();
  });

  it("a rule naming a stream wins over the app-wide one", async () => {
    await css.rules.addRecordRule(DOMAIN, APP, "", hlsMp4);
    await css.rules.addRecordRule(DOMAIN, APP, "special", aacOnly);
    expect((await css.configForStream(stream("special")))?.templateId).toBe(aacOnly);
  });

  it("chosen-user recording: only chosen streams are recorded, with the app's template", async () => {
    await css.rules.addRecordRule(DOMAIN, APP, CHOSEN_USERS_STREAM_NAME, aacOnly);
    expect(await css.configForStream(stream("ordinary"))).toBeNull();
    expect((await css.configForStream(stream("teacher", true)))?.formats).toEqual({
      aac: { recordIntervalSeconds: 1800, storageTimeSeconds: 0, vodSubAppId: null, vodFileName: null },
    });
  });

  it("a changed template applies to recordings that start afterwards", async () => {
    await css.rules.addRecordRule(DOMAIN, APP, "", hlsMp4);
    await css.recordTemplates.modify(hlsMp4, undefined, { HlsParam: { Enable: 0 }, Mp4Param: { Enable: 0 } });
    expect(await css.configForStream(stream("later"))).toBeNull();
  });

  it("gives the callback target of the app's callback rule", async () => {
    expect(await css.callbackTargetFor({ domain: DOMAIN, appName: APP })).toBeNull();
    const id = await css.callbackTemplates.create("cb", { RecordNotifyUrl: "http://x/cb", CallbackKey: "k1" });
    await css.rules.addCallbackRule(DOMAIN, APP, id);
    expect(await css.callbackTargetFor({ domain: DOMAIN, appName: APP })).toEqual({
      recordNotifyUrl: "http://x/cb",
      recordStatusNotifyUrl: null,
      callbackKey: "k1",
    });
  });
});
