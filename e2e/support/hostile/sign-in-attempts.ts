import { request as playwrightRequest } from "@playwright/test";
import { HUGE_TEXT } from "./cases";

/** A hostile sign-in, as next-auth's credentials form posts it (fields repeated where given twice). */
export interface SignInAttempt {
  name: string;
  fields: Array<[string, string]>;
}

/** What next-auth answered: where it sends the browser, and whether a session cookie was set. */
export interface SignInAnswer {
  status: number;
  url: string;
  hasSession: boolean;
}

export function signInAttempts(email: string): SignInAttempt[] {
  return [
    {
      name: "a NUL character in the e-mail",
      fields: [
        ["email", `${email}\u0000`],
        ["password", "x"],
      ],
    },
    {
      name: "a NUL character in the password",
      fields: [
        ["email", email],
        ["password", "pass\u0000word"],
      ],
    },
    {
      name: "a 100,000-character e-mail",
      fields: [
        ["email", HUGE_TEXT],
        ["password", "x"],
      ],
    },
    {
      name: "the e-mail twice",
      fields: [
        ["email", email],
        ["email", "admin@e2e.test"],
        ["password", "x"],
      ],
    },
    { name: "no password", fields: [["email", email]] },
    {
      name: "an unknown role field",
      fields: [
        ["email", email],
        ["password", "x"],
        ["role", "admin"],
      ],
    },
  ];
}

/** Posts one attempt to next-auth's credentials callback, with the CSRF token it hands out first. */
export async function postSignIn(baseURL: string, attempt: SignInAttempt): Promise<SignInAnswer> {
  const context = await playwrightRequest.newContext({ baseURL });
  try {
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const form = new URLSearchParams([...attempt.fields, ["csrfToken", csrfToken], ["json", "true"]]);
    const response = await context.post("/api/auth/callback/credentials", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: form.toString(),
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    const isJson = (response.headers()["content-type"] ?? "").includes("application/json");
    const body = isJson ? ((await response.json()) as { url?: string }) : {};
    const url = response.headers().location ?? body.url ?? "";
    const cookies = (await context.storageState()).cookies;
    return {
      status: response.status(),
      url,
      hasSession: cookies.some((cookie) => cookie.name.includes("session-token")),
    };
  } finally {
    await context.dispose();
  }
}
