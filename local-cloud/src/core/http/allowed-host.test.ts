import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { hostnameOf, isAllowedHost, LOOPBACK_HOSTNAMES } from "./allowed-host";

const withHost = (host: string | undefined) => ({ headers: host === undefined ? {} : { host } }) as IncomingMessage;

describe("the Host check", () => {
  const allowed = new Set(LOOPBACK_HOSTNAMES);

  it("reads the hostname with or without a port, IPv6 in brackets", () => {
    expect(hostnameOf("127.0.0.1:4566")).toBe("127.0.0.1");
    expect(hostnameOf("LocalHost")).toBe("localhost");
    expect(hostnameOf("[::1]:4566")).toBe("[::1]");
    expect(hostnameOf("::1")).toBeUndefined();
    expect(hostnameOf("127.0.0.1:4566:1")).toBeUndefined();
    expect(hostnameOf("127.0.0.1:port")).toBeUndefined();
  });

  it("lets loopback names through and nothing that only starts or ends like one", () => {
    for (const host of ["127.0.0.1", "127.0.0.1:80", "localhost:3000", "[::1]:4566"])
      expect(isAllowedHost(withHost(host), allowed), host).toBe(true);
    for (const host of [
      undefined,
      "",
      "evil.example",
      "127.0.0.1.evil.example",
      "localhost.",
      "evil.localhost",
      "127.1",
    ])
      expect(isAllowedHost(withHost(host), allowed), String(host)).toBe(false);
  });
});
