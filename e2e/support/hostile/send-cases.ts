import { expect, request as playwrightRequest } from "@playwright/test";
import { postServerAction, type ActionAnswer, type ServerActionRef } from "../server-actions";
import { genericCases, type ActionCase, type ActionUnderTest, type Sender } from "./cases";
import type { RouteCase, RouteUnderTest } from "./route-table";

/** Each sender's `Cookie` value: a role's session, or a disabled user's (signed before it was disabled). */
export type Sessions = Record<Exclude<Sender, "nobody">, string>;

const APP_COOKIE = "trtc-console-app";

const cookieFor = (sessions: Sessions, sender: Sender, selectedApp?: number) =>
  [sender === "nobody" ? null : sessions[sender], selectedApp ? `${APP_COOKIE}=${selectedApp}` : null]
    .filter(Boolean)
    .join("; ") || null;

/** The named refusal a case must get: a code it allows, and for validation the field it names. */
function expectRefused(answer: ActionAnswer, hostile: ActionCase, label: string): void {
  const detail = `${label}: ${JSON.stringify(answer).slice(0, 600)}`;
  if (answer.kind !== "result") {
    expect.soft(answer.kind, `${detail} (answered with no ActionResult)`).toBe("result");
    return;
  }
  const result = answer.value as { ok?: boolean; error?: { code?: string; fieldErrors?: Record<string, string[]> } };
  expect.soft(result.ok, detail).toBe(false);
  expect.soft(hostile.codes, detail).toContain(result.error?.code);
  const field = hostile.field;
  if (field) {
    const named = Object.keys(result.error?.fieldErrors ?? {});
    expect
      .soft(
        named.some((key) => key === field || key.startsWith(`${field}.`)),
        `${detail} (names ${field})`,
      )
      .toBe(true);
  }
}

/**
 * Sends an action its generic and its own hostile cases (and its valid input with no session,
 * which the proxy sends to sign-in); failures are soft, so one run lists them all. Returns how
 * many requests were sent.
 */
export async function sendActionCases(
  url: string,
  ref: ServerActionRef,
  action: ActionUnderTest,
  sessions: Sessions,
): Promise<number> {
  const cases = [...genericCases(action), ...action.cases];
  const nobody = await postServerAction(url, ref, [action.valid], null);
  const label = `${action.exportName} with no session: ${JSON.stringify(nobody)}`;
  expect.soft(nobody.kind === "redirect" ? nobody.location : "", label).toContain("/login");
  for (const hostile of cases) {
    const sender = hostile.sender ?? action.role;
    const answer = await postServerAction(url, ref, [hostile.input], cookieFor(sessions, sender, hostile.selectedApp));
    expectRefused(answer, hostile, `${action.exportName}, ${hostile.name} (as ${sender})`);
  }
  return cases.length + 1;
}

/** Every route's generic cases: no session, a disabled user's, and a NUL character in the query. */
function genericRouteCases(route: RouteUnderTest): RouteCase[] {
  const nul = `${route.validPath}${route.validPath.includes("?") ? "&" : "?"}q=%00`;
  return [
    { name: "no session", path: route.validPath, status: 401, code: "UNAUTHENTICATED", sender: "nobody" },
    {
      name: "a disabled user's session",
      path: route.validPath,
      status: 401,
      code: "UNAUTHENTICATED",
      sender: "disabled",
    },
    { name: "a NUL character in the query", path: nul, status: 400, code: "VALIDATION" },
  ];
}

const errorCodeOf = (text: string): string | undefined => {
  try {
    return (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
};

/** Sends a route handler its generic and its own hostile cases, each a GET; returns how many. */
export async function sendRouteCases(url: string, route: RouteUnderTest, sessions: Sessions): Promise<number> {
  const cases = [...genericRouteCases(route), ...route.cases];
  const context = await playwrightRequest.newContext({ baseURL: url });
  try {
    for (const hostile of cases) {
      const cookie = cookieFor(sessions, hostile.sender ?? route.role, hostile.selectedApp);
      const response = await context.get(hostile.path, {
        headers: cookie ? { cookie } : {},
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      const text = await response.text();
      const label = `${route.file}, ${hostile.name}: ${response.status()} ${text.slice(0, 300)}`;
      expect.soft(response.status(), label).toBe(hostile.status);
      expect.soft(errorCodeOf(text), label).toBe(hostile.code);
    }
  } finally {
    await context.dispose();
  }
  return cases.length;
}
