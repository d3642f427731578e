import { describe, expect, it } from "vitest";
import { fileHealthOf } from "./file-health";

const problem = (kind: string, startSec: number) => ({ kind, startSec, endSec: null, detail: "" });

describe("a file's badge in the library", () => {
  it("is OK for a finished check without problems", () => {
    expect(fileHealthOf({ checkStatus: "done", problems: [] })).toEqual({ status: "ok", problemKinds: [] });
  });

  it("names each kind of problem once, in the order found", () => {
    const problems = [problem("silence", 0), problem("frozen", 3), problem("silence", 40)];
    expect(fileHealthOf({ checkStatus: "done", problems })).toEqual({
      status: "problems",
      problemKinds: ["silence", "frozen"],
    });
  });

  it("tells where an unfinished check is", () => {
    expect(fileHealthOf({ checkStatus: "queued", problems: null }).status).toBe("queued");
    expect(fileHealthOf({ checkStatus: "running", problems: null }).status).toBe("running");
    expect(fileHealthOf({ checkStatus: "failed", problems: null }).status).toBe("failed");
  });
});
