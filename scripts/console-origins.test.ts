import { describe, expect, it } from "vitest";
import { consoleOrigins } from "./console-origins";

describe("the console's origins the launcher gives the local cloud", () => {
  it("names the bound address by both loopback names, and the public URL", () => {
    expect(consoleOrigins({ host: "127.0.0.1", port: "3000" })).toEqual([
      "http://127.0.0.1:3000",
      "http://localhost:3000",
    ]);
    expect(consoleOrigins({ host: "0.0.0.0", port: "8080", publicUrl: "https://console.example.com/app" })).toEqual([
      "https://console.example.com",
      "http://127.0.0.1:8080",
      "http://localhost:8080",
    ]);
  });

  it("names another bound address as it is, and skips a public URL that is not one", () => {
    expect(consoleOrigins({ host: "192.168.1.5", port: "3000", publicUrl: "not a url" })).toEqual([
      "http://192.168.1.5:3000",
    ]);
    expect(consoleOrigins({ host: "fd00::5", port: "80" })).toEqual(["http://[fd00::5]"]);
  });
});
