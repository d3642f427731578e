import { BENCH_ADMIN } from "./console-process";

interface InboxEvent {
  signatureValid: boolean;
  deliveries: number;
  rawBody: string;
  refusal: { source: string | null; reason: string | null } | null;
}

/** Signs in as the bench's admin (next-auth's credentials flow) and returns the session cookie. */
export async function signIn(url: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email: BENCH_ADMIN.email, password: BENCH_ADMIN.password, json: "true" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0] ?? "")
    .find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`signing in failed (HTTP ${response.status})`);
  return [...cookies, session].join("; ");
}

/** Every inbox entry matching `query`, newest first, through the console's own API. */
export async function inboxEvents(url: string, cookie: string, query: Record<string, string>): Promise<InboxEvent[]> {
  const events: InboxEvent[] = [];
  let beforeId: number | null = null;
  do {
    const params = new URLSearchParams({ ...query, limit: "200", ...(beforeId ? { beforeId: String(beforeId) } : {}) });
    const response = await fetch(`${url}/api/callback-events?${params.toString()}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`the inbox answered ${response.status}`);
    const page = (await response.json()) as { events: InboxEvent[]; nextBeforeId: number | null };
    events.push(...page.events);
    beforeId = page.nextBeforeId;
  } while (beforeId !== null);
  return events;
}
