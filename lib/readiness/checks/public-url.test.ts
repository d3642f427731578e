import { describe, expect, it } from "vitest";
import { inEnglish } from "../testing/outcomes";
import { interpretPublicUrl as interpretPublicUrlMessages, reachOf } from "./public-url";

// The checks make messages (lib/i18n/message.ts): the tests read them in English words.
const interpretPublicUrl = inEnglish(interpretPublicUrlMessages);

const url = (origin: string | null) => ({ origin, source: "NEXTAUTH_URL" });

describe("interpretPublicUrl", () => {
  it("is fine for a public https address", () => {
    expect(interpretPublicUrl(url("https://console.example.com"))).toEqual({
      id: "public-url",
      status: "ok",
      title: "Public URL https://console.example.com",
      detail: "From NEXTAUTH_URL.",
    });
  });

  it("warns about http: Tencent accepts it, but events travel unencrypted", () => {
    const line = interpretPublicUrl(url("http://console.example.com"));
    expect(line).toMatchObject({ status: "warning", title: "Public URL http://console.example.com is not https" });
    expect(line.detail).toContain("Tencent accepts http callback URLs, but events then cross the Internet unencrypted");
  });

  it("warns that only a cloud on this machine reaches a loopback address", () => {
    const line = interpretPublicUrl(url("http://127.0.0.1:3000"));
    expect(line.status).toBe("warning");
    expect(line.detail).toContain(
      "127.0.0.1 is reachable from this machine only: a cloud running there (the local cloud) reaches the console, Tencent Cloud does not.",
    );
  });

  it("warns when no public URL is known", () => {
    expect(interpretPublicUrl(url(null))).toMatchObject({
      status: "warning",
      title: "The console's public URL is not known",
    });
  });

  it("tells this machine, this network and the Internet apart", () => {
    expect(
      [
        "localhost",
        "127.0.0.1",
        "[::1]",
        "192.168.1.5",
        "10.0.0.2",
        "172.20.0.1",
        "console",
        "printer.local",
        "console.example.com",
      ].map(reachOf),
    ).toEqual(["machine", "machine", "machine", "network", "network", "network", "network", "network", "internet"]);
  });
});
