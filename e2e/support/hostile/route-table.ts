import type { Role, Sender } from "./cases";

/** One hostile request to a route handler, and the refusal it must get. */
export interface RouteCase {
  name: string;
  /** Path and query. */
  path: string;
  status: number;
  code: string;
  /** Default: the route's role. */
  sender?: Sender;
  selectedApp?: number;
}

/** A route handler under test (`app/api/**\/route.ts`), a valid request to it, and its own hostile cases. */
export interface RouteUnderTest {
  file: string;
  role: Role;
  validPath: string;
  cases: RouteCase[];
}

const invalid = (name: string, path: string): RouteCase => ({ name, path, status: 400, code: "VALIDATION" });
const query = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params).toString()}`;
const long = (length: number) => "a".repeat(length);

/**
 * Every route handler under app/api but next-auth's (sign-in has cases of its own) and the
 * callback receivers (lib/actions/callbacks/receive-hostile.test.ts covers their bodies). Each also gets
 * the generic cases (no session, a disabled user's, NUL characters in the URL). Reads ignore
 * query parameters they do not take, as the pages' URLs carry them over.
 */
export function routeTable(context: { legacyFileId: string }): RouteUnderTest[] {
  const download = `/api/recordings/${context.legacyFileId}/download`;
  const routes: RouteUnderTest[] = [
    {
      file: "app/api/recordings/route.ts",
      role: "viewer",
      validPath: "/api/recordings",
      cases: [
        ...["0", "251", "1.5", "x"].map((page) => invalid(`page ${page}`, query("/api/recordings", { page }))),
        ...["0", "-1", "x"].map((subAppId) => invalid(`subAppId ${subAppId}`, query("/api/recordings", { subAppId }))),
        invalid("from that is no time", query("/api/recordings", { from: "yesterday" })),
        invalid(
          "to before from",
          query("/api/recordings", { from: "2025-02-01T00:00:00Z", to: "2025-01-01T00:00:00Z" }),
        ),
        invalid("format mkv", query("/api/recordings", { format: "mkv" })),
        invalid("sort sideways", query("/api/recordings", { sort: "sideways" })),
        invalid("prefix of 101 characters", query("/api/recordings", { prefix: long(101) })),
        invalid("text of 10,000 characters", query("/api/recordings", { text: long(10_000) })),
        invalid("streamId of 201 characters", query("/api/recordings", { streamId: long(201) })),
        invalid("roomId of 65 characters", query("/api/recordings", { roomId: long(65) })),
      ],
    },
    {
      file: "app/api/recordings/[fileId]/download/route.ts",
      role: "viewer",
      validPath: download,
      cases: [
        invalid("a FileId of letters", "/api/recordings/abc/download"),
        invalid("a FileId of 41 digits", `/api/recordings/${"1".repeat(41)}/download`),
        invalid("subAppId -1", `${download}?subAppId=-1`),
        { name: "a FileId VOD does not have", path: "/api/recordings/1/download", status: 404, code: "NOT_FOUND" },
      ],
    },
    {
      file: "app/api/rooms/route.ts",
      role: "viewer",
      validPath: "/api/rooms",
      cases: [],
    },
    {
      file: "app/api/rooms/[roomId]/route.ts",
      role: "viewer",
      validPath: "/api/rooms/hostile-room",
      cases: [
        invalid("a room id of 65 characters", `/api/rooms/${long(65)}`),
        invalid("a room id with a space", "/api/rooms/a%20b"),
        invalid("a room id with a quote", "/api/rooms/a'b"),
      ],
    },
    {
      file: "app/api/recording-tasks/route.ts",
      role: "viewer",
      validPath: "/api/recording-tasks",
      cases: [
        invalid("an empty room id", "/api/recording-tasks?roomId="),
        invalid("a room id of 65 characters", query("/api/recording-tasks", { roomId: long(65) })),
        invalid("a room id with a slash", query("/api/recording-tasks", { roomId: "a/b" })),
      ],
    },
    {
      file: "app/api/callback-events/route.ts",
      role: "viewer",
      validPath: "/api/callback-events",
      cases: [
        ...["0", "x", "1e400", "9999999999999999999999"].map((eventType) =>
          invalid(`eventType ${eventType}`, query("/api/callback-events", { eventType })),
        ),
        invalid("sdkAppId 2^32", query("/api/callback-events", { sdkAppId: "4294967296" })),
        invalid("beforeId beyond a bigint", query("/api/callback-events", { beforeId: "99999999999999999999" })),
        invalid("limit 0", query("/api/callback-events", { limit: "0" })),
        invalid("limit 201", query("/api/callback-events", { limit: "201" })),
        invalid("signature maybe", query("/api/callback-events", { signature: "maybe" })),
        invalid("from that is no time", query("/api/callback-events", { from: "soon" })),
        invalid("streamId of 201 characters", query("/api/callback-events", { streamId: long(201) })),
      ],
    },
    {
      file: "app/api/costs/prices/route.ts",
      role: "viewer",
      validPath: "/api/costs/prices",
      cases: [],
    },
    {
      file: "app/api/costs/usage/route.ts",
      role: "viewer",
      validPath: "/api/costs/usage",
      cases: [
        invalid("from that is no date", query("/api/costs/usage", { from: "2025-13-01", to: "2025-01-02" })),
        invalid("a range of 32 days", query("/api/costs/usage", { from: "2025-01-01", to: "2025-02-01" })),
        invalid("to before from", query("/api/costs/usage", { from: "2025-01-10", to: "2025-01-01" })),
        invalid("currency EUR", query("/api/costs/usage", { currency: "EUR" })),
      ],
    },
  ];
  return routes;
}
