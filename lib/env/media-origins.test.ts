import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, parseEnv } from "./parse";

describe("MEDIA_ORIGINS", () => {
  it("lists the custom media origins the CSP allows, none by default", () => {
    expect(parseEnv({}).playback.mediaOrigins).toEqual([]);
    expect(
      parseEnv({ MEDIA_ORIGINS: "https://media.example.com, http://cdn.example.com:8080/" }).playback.mediaOrigins,
    ).toEqual(["https://media.example.com", "http://cdn.example.com:8080"]);
  });

  it("refuses what is not an http(s) origin", () => {
    for (const value of ["media.example.com", "ftp://media.example.com", "https://media.example.com/videos", "*"]) {
      expect(() => parseEnv({ MEDIA_ORIGINS: value }), value).toThrow(InvalidEnvironmentError);
    }
  });
});
