import { readFile } from "node:fs/promises";
import { request as playwrightRequest } from "@playwright/test";

/** A server action of the build: its id, and a page whose worker runs it. */
export interface ServerActionRef {
  id: string;
  pagePath: string;
}

interface ManifestEntry {
  workers?: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

/** `app/(console)/rooms/[roomId]/page` → `/rooms/x`: route groups are not in URLs, any segment value will do. */
function pathOfWorker(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment))
    .map((segment) => (/^\[.*\]$/.test(segment) ? "x" : segment));
  return `/${segments.join("/")}`;
}

/**
 * Every server action of the build in `.next`, by `<file>#<export>` (e.g.
 * `lib/actions/users/create-user.ts#createUser`): what a browser would find in the page's code,
 * read from the build's server-reference manifest instead of captured from a page.
 */
export async function readServerActions(): Promise<Map<string, ServerActionRef>> {
  const manifest = JSON.parse(await readFile(".next/server/server-reference-manifest.json", "utf8")) as {
    node?: Record<string, ManifestEntry>;
  };
  const actions = new Map<string, ServerActionRef>();
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    const worker = Object.keys(entry.workers ?? {}).find((name) => name.startsWith("app/") && name.endsWith("/page"));
    if (!entry.filename || !entry.exportedName || !worker) continue;
    actions.set(`${entry.filename}#${entry.exportedName}`, { id, pagePath: pathOfWorker(worker) });
  }
  return actions;
}

/** A value sent as React's reply encoding writes it, for what JSON cannot say (`$NaN`, `$undefined`, `$n1`). */
export class FlightValue {
  constructor(readonly encoded: string) {}
}

/**
 * The body React's `encodeReply` sends for plain values: JSON, with strings that start with `$`
 * escaped as `$$` (a `$` starts a reference) and the values JSON lacks written as references.
 */
export function encodeActionArguments(args: unknown[]): string {
  return JSON.stringify(args, (key: string, value: unknown) => {
    if (value instanceof FlightValue) return value.encoded;
    if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
    if (typeof value === "number" && !Number.isFinite(value))
      return Number.isNaN(value) ? "$NaN" : value > 0 ? "$Infinity" : "$-Infinity";
    if (typeof value === "bigint") return `$n${value.toString()}`;
    if (value === undefined && key !== "") return "$undefined";
    return value;
  });
}

/** What an action request got back. */
export type ActionAnswer =
  /** The action ran and returned this value (an ActionResult). */
  | { kind: "result"; value: unknown }
  /** Refused before the action: a redirect (the proxy sends a request without a session to sign in). */
  | { kind: "redirect"; status: number; location: string }
  /** Anything else: the action threw, or the server refused the request itself. */
  | { kind: "other"; status: number; text: string };

const unescape = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
    typeof item === "string" && item.startsWith("$$") ? item.slice(1) : item,
  );

/** The action's return value out of the RSC answer: row 0 names the row (`$@1`) that holds it. */
export function actionResultOf(text: string): { isThrown: boolean; value: unknown } | null {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) rows.set(match[1], match[2]);
  }
  const head = rows.get("0");
  if (!head) return null;
  const reference = (JSON.parse(head) as { a?: unknown }).a;
  if (typeof reference !== "string" || !reference.startsWith("$@")) return null;
  const row = rows.get(reference.slice(2));
  if (row === undefined) return null;
  if (row.startsWith("E")) return { isThrown: true, value: JSON.parse(row.slice(1)) };
  return { isThrown: false, value: unescape(JSON.parse(row)) };
}

/** Posts a server action as the browser does (`Next-Action`, reply-encoded arguments), with these cookies. */
export async function postServerAction(
  baseURL: string,
  action: ServerActionRef,
  args: unknown[],
  cookie: string | null,
): Promise<ActionAnswer> {
  const context = await playwrightRequest.newContext({ baseURL });
  try {
    const response = await context.post(action.pagePath, {
      headers: {
        "next-action": action.id,
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
        origin: baseURL,
        ...(cookie ? { cookie } : {}),
      },
      data: encodeActionArguments(args),
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    const text = await response.text();
    if (response.status() >= 300 && response.status() < 400)
      return { kind: "redirect", status: response.status(), location: response.headers().location ?? "" };
    const result = response.ok() ? actionResultOf(text) : null;
    if (result && !result.isThrown) return { kind: "result", value: result.value };
    return { kind: "other", status: response.status(), text: text.slice(0, 500) };
  } finally {
    await context.dispose();
  }
}
