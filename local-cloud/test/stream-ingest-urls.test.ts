import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer as createTcpServer, type Server as TcpServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usersInRoom } from "./helpers/room-state";
import { errorOf, removeDataDir, startTestCloud, TEST_APP, type TestCloud } from "./helpers/test-cloud";

/*
 * StartStreamIngest runs ffprobe and ffmpeg on a URL anyone with API access names: it must take
 * http, https and rtmp only, let ffmpeg open nothing else on the way (playlists name URLs too),
 * and never quote the tools' stderr in its answer.
 */

let env: TestCloud;
let playlists: HttpServer;
let playlistBase = "";
let proxyTrap: TcpServer;
let proxyTrapPort = 0;
let proxyTrapConnections = 0;

async function listen(server: HttpServer | TcpServer): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return typeof address === "object" && address ? address.port : 0;
}

beforeAll(async () => {
  env = await startTestCloud();
  proxyTrap = createTcpServer((socket) => {
    proxyTrapConnections += 1;
    socket.destroy();
  });
  proxyTrapPort = await listen(proxyTrap);
  // An HLS playlist whose segment is an `httpproxy:` URL: ffmpeg's default whitelist for a
  // playlist read over http lets it connect there (and `data:`, `udp:`, `rtp:`).
  playlists = createHttpServer((request, response) => {
    response.writeHead(200, { "Content-Type": "application/vnd.apple.mpegurl" });
    response.end(
      `#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.0,\nhttpproxy://127.0.0.1:${proxyTrapPort}/seg0.ts\n#EXT-X-ENDLIST\n`,
    );
  });
  playlistBase = `http://127.0.0.1:${await listen(playlists)}`;
});

afterAll(async () => {
  await new Promise((resolve) => playlists?.close(resolve));
  await new Promise((resolve) => proxyTrap?.close(resolve));
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

const ingest = (roomId: string, streamUrl: string) =>
  env.trtc.StartStreamIngest({
    SdkAppId: TEST_APP,
    RoomId: roomId,
    RoomIdType: 0,
    UserId: "bot",
    UserSig: "sig",
    StreamUrl: streamUrl,
  });

describe("StartStreamIngest's StreamUrl", () => {
  it.each([
    ["a file:// URL", "file:///etc/passwd"],
    ["ffmpeg's concat: protocol", "concat:/etc/passwd|/etc/hostname"],
    ["a data: URL", "data:video/mp4;base64,AAAAIGZ0eXBpc29t"],
    ["an ftp URL", "ftp://127.0.0.1/clip.mp4"],
    ["a local path with leading spaces", "   /etc/passwd"],
  ])("refuses %s with InvalidParameter.StreamUrl and a clean message", async (_name, streamUrl) => {
    const error = await errorOf(ingest("refused-urls", streamUrl));
    expect(error).toEqual({
      code: "InvalidParameter.StreamUrl",
      message: "Parameter `StreamUrl` must be an http:// or https:// media URL, or an rtmp:// stream URL.",
    });
    expect(await usersInRoom(env.trtc, "refused-urls")).toEqual([]);
  });

  it("says why an http URL did not open in its own words, never ffprobe's", async () => {
    const missing = await errorOf(ingest("missing-media", `${env.cloud.url}/_local/samples/no-such-clip.mp4`));
    expect(missing).toEqual({
      code: "FailedOperation",
      message: "StreamUrl could not be opened: the server answered HTTP 404.",
    });
    const notMedia = await errorOf(ingest("not-media", `${env.cloud.url}/_local/health`));
    expect(notMedia).toEqual({
      code: "FailedOperation",
      message: "StreamUrl could not be opened: it is not media the cloud can read.",
    });
  });

  it("lets ffmpeg open no other protocol than the URL's own, even where a playlist names one", async () => {
    const error = await errorOf(ingest("nested-protocol", `${playlistBase}/index.m3u8`));
    expect(error.code).toBe("FailedOperation");
    expect(error.message).not.toContain(String(proxyTrapPort));
    // ffprobe has exited by the time the call answers: had it opened the segment, it would have connected.
    expect(proxyTrapConnections).toBe(0);
  });

  it("still plays an http sample into the room", async () => {
    const { TaskId } = await ingest("plays", env.sampleUrl("red-360p"));
    expect(await usersInRoom(env.trtc, "plays")).toEqual(["bot"]);
    await env.trtc.StopStreamIngest({ SdkAppId: TEST_APP, TaskId: TaskId ?? "" });
  });
});
