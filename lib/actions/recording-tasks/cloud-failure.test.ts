import { describe, expect, it } from "vitest";
import { MIX_CODE_RULES, MIX_FIELD_RULES, TASK_CODE_RULES, TASK_FIELD_RULES } from "./failure-rules";
import { toCloudError } from "@/lib/cloud/errors";
import { networkError, tencentError as sdkError } from "@/lib/cloud/testing/tencent-error";
import { messageText } from "@/lib/i18n/message-text";
import { callCloud } from "./cloud-failure";

/** What a lib/cloud write throws: the SDK's error, mapped and naming its action. */
const tencentError = (code: string, message: string) =>
  toCloudError(sdkError(code, message, "request-1"), "trtc:StartMCUMixTranscode");
const failing = (error: Error) => () => Promise.reject(error);
const mix = { codes: MIX_CODE_RULES, fields: MIX_FIELD_RULES };
const task = { codes: TASK_CODE_RULES, fields: TASK_FIELD_RULES };
/** A result with every catalog message in English words, as the form would show it. */
const inWords = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (_key, entry: unknown) => (typeof entry === "string" ? messageText(entry) : entry));

describe("callCloud: cloud failures in words a person can act on", () => {
  it("passes a success through", async () => {
    await expect(callCloud(() => Promise.resolve({ TaskId: "t" }), task)).resolves.toEqual({
      ok: true,
      data: { TaskId: "t" },
    });
  });

  it("maps the MCU's own codes, on their field where they have one", async () => {
    const roomGone = await callCloud(
      failing(tencentError("FailedOperation.RoomNotExist", "Nobody is in room `6001`")),
      mix,
    );
    expect(inWords(roomGone)).toMatchObject({
      ok: false,
      cloudCode: "FailedOperation.RoomNotExist",
      error: { code: "CLOUD_NOT_FOUND", message: expect.stringContaining("Add a participant first") as string },
    });
    const clash = await callCloud(failing(tencentError("InvalidParameter.StreamId", "raw")), mix);
    expect(inWords(clash)).toMatchObject({
      ok: false,
      error: {
        code: "CLOUD_INVALID_PARAMETER",
        fieldErrors: { streamId: [expect.stringContaining("choose another")] },
      },
    });
    const audio = await callCloud(failing(tencentError("InvalidParameter.AudioEncodeParams", "raw")), mix);
    expect(inWords(audio)).toMatchObject({
      error: { fieldErrors: { "output.audioSampleRate": [expect.stringContaining("stop it")] } },
    });
  });

  it("puts a range error on the field the cloud's message names, without the cloud's words", async () => {
    const raw = "Parameter `EncodeParams.VideoBitrate` must be between 1 and 10000 (got the number 20000).";
    const result = await callCloud(failing(tencentError("InvalidParameterValue", raw)), mix);
    expect(result).toEqual({
      ok: false,
      cloudCode: "InvalidParameterValue",
      error: {
        code: "CLOUD_INVALID_PARAMETER",
        message: expect.any(String) as unknown,
        fieldErrors: { "output.videoBitrateKbps": [expect.any(String)] },
      },
    });
    if (result.ok) throw new Error("expected a failure");
    expect(messageText(result.error.message)).toBe("The cloud refused this value: 1 to 10,000 kbps.");
    expect(result.error.fieldErrors?.["output.videoBitrateKbps"]?.map((text) => messageText(text))).toEqual([
      "The cloud refused this value: 1 to 10,000 kbps.",
    ]);
    const nested = await callCloud(
      failing(tencentError("InvalidParameterValue", "Parameter `MixTranscodeParams.VideoParams.BitRate` must be …")),
      task,
    );
    expect(nested).toMatchObject({ error: { fieldErrors: { "output.videoBitrateKbps": [expect.any(String)] } } });
  });

  it("anything else is mapped as lib/cloud maps it: a task that ended, a dead endpoint", async () => {
    const ended = await callCloud(failing(tencentError("FailedOperation.TaskNotExist", "raw")), task);
    expect(inWords(ended)).toMatchObject({
      ok: false,
      error: { code: "CLOUD_NOT_FOUND", message: expect.stringContaining("Start a new one") as string },
    });
    const unknown = await callCloud(failing(tencentError("InvalidParameterValue", "something unnamed")), task);
    expect(unknown).toMatchObject({ ok: false, error: { code: "CLOUD_INVALID_PARAMETER" } });
    expect(JSON.stringify(unknown)).not.toContain("something unnamed");
    const network = await callCloud(failing(networkError("connect ECONNREFUSED")), task);
    expect(network).toMatchObject({ ok: false, cloudCode: null, error: { code: "CLOUD_UNREACHABLE" } });
  });
});
