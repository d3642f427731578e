import { request as playwrightRequest, type Browser, type Page } from "@playwright/test";
import { consoleUrl, storageStatePath } from "../config";

type Role = "admin" | "operator" | "viewer";

export interface CapturedAction {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Captures the server-action request a page sends when `trigger` runs, as `role`, without letting
 * it reach the server: what a user with that role's page would send.
 */
export async function captureServerAction(
  browser: Browser,
  options: {
    role: Role;
    path: string;
    trigger: (page: Page) => Promise<void>;
    /** Switch to this application first (its page shows what its recording generation can do). */
    prepare?: (page: Page) => Promise<void>;
  },
): Promise<CapturedAction> {
  const context = await browser.newContext({ storageState: storageStatePath(options.role) });
  const page = await context.newPage();
  await options.prepare?.(page);
  await page.goto(options.path);
  // Resolved by the route handler itself, once it holds the request: waiting for the request event
  // instead could return before the handler ran (the event fires as the request starts).
  let handleCaptured: (action: CapturedAction) => void = () => undefined;
  const captured = new Promise<CapturedAction>((resolve) => (handleCaptured = resolve));
  await page.route(`**${options.path}`, async (route) => {
    const headers = route.request().headers();
    if (route.request().method() === "POST" && headers["next-action"]) {
      handleCaptured({ path: options.path, headers, body: route.request().postData() ?? "" });
      await route.abort();
      return;
    }
    await route.continue();
  });
  await options.trigger(page);
  try {
    return await captured;
  } finally {
    await context.close();
  }
}

/** Sends a captured server-action request again with another role's session; returns the answer's text. */
export async function replayServerAction(captured: CapturedAction, role: Role): Promise<string> {
  const context = await playwrightRequest.newContext({ baseURL: consoleUrl, storageState: storageStatePath(role) });
  const { cookie: _otherSession, ...headers } = captured.headers;
  const response = await context.post(captured.path, { headers, data: captured.body });
  const body = await response.text();
  await context.dispose();
  return body;
}
