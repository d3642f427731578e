import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, mediaOrigins } from "./content-security-policy";

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split("; ").map((directive) => {
      const [name = "", ...sources] = directive.split(" ");
      return [name, sources];
    }),
  );

describe("contentSecurityPolicy", () => {
  const origins = mediaOrigins({
    endpointOrigin: "http://127.0.0.1:4566",
    extraOrigins: ["https://media.example.com"],
  });
  const policy = directives(
    contentSecurityPolicy({ nonce: "abc123", mediaOrigins: origins, isHttps: false, isDevelopment: false }),
  );

  it("runs scripts only with the request's nonce, and nothing inline or eval'd", () => {
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy["style-src-elem"]).toEqual(["'self'", "'nonce-abc123'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'self'"]);
  });

  it("lets the player load media from Tencent's VOD domains, the endpoint and the listed origins", () => {
    for (const directive of ["media-src", "connect-src", "img-src"]) {
      expect(policy[directive]).toEqual(
        expect.arrayContaining([
          "'self'",
          "https://*.vod2.myqcloud.com",
          "http://127.0.0.1:4566",
          "https://media.example.com",
        ]),
      );
    }
    expect(policy["media-src"]).toContain("blob:");
    expect(policy["worker-src"]).toEqual(["'self'", "blob:"]);
  });

  it("upgrades insecure requests only on an https console, and allows eval only in development", () => {
    expect(policy["upgrade-insecure-requests"]).toBeUndefined();
    const https = directives(
      contentSecurityPolicy({ nonce: "n", mediaOrigins: [], isHttps: true, isDevelopment: true }),
    );
    expect(https["upgrade-insecure-requests"]).toEqual([]);
    expect(https["script-src"]).toContain("'unsafe-eval'");
  });
});
