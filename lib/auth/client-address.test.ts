import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes the entry the nearest hop added", () => {
    expect(clientAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddress("10.9.9.9, 198.51.100.4")).toBe("198.51.100.4");
    expect(clientAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
  });

  it("counts IPv6 by its /64", () => {
    expect(clientAddress("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientAddress("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(clientAddress("::1")).toBe("0:0:0:0::/64");
  });

  it("puts what is not an address in one bucket", () => {
    expect(clientAddress(undefined)).toBe("unknown");
    expect(clientAddress("")).toBe("unknown");
    expect(clientAddress("not-an-ip")).toBe("unknown");
  });
});
