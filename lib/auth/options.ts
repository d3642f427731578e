import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { signInThrottledCode } from "@/lib/schemas/sign-in-error";
import { loginSchema } from "@/lib/schemas/user";
import { clientAddress } from "./client-address";
import { isRole } from "./roles";
import { getAuthSecret } from "./secret";
import { signInWithPassword } from "./sign-in";
import { getSignInThrottle } from "./sign-in-limiters";

const SESSION_MAX_AGE_SECONDS = 12 * 3600;

let cached: NextAuthOptions | undefined;

/** next-auth configuration: credentials against the users table, JWT sessions (stateless console). */
export function getAuthOptions(): NextAuthOptions {
  cached ??= {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const parsed = loginSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const db = await getDb();
          const forwardedFor: unknown = request.headers?.["x-forwarded-for"];
          const outcome = await signInWithPassword(db, await getSignInThrottle(db), {
            ...parsed.data,
            address: clientAddress(typeof forwardedFor === "string" ? forwardedFor : undefined),
          });
          if (outcome.ok) {
            const { user } = outcome;
            return { id: user.id, email: user.email, name: user.name, role: user.role };
          }
          // next-auth hands a thrown error's message to signIn() as `error`: the form reads it.
          if (outcome.reason === "throttled") throw new Error(signInThrottledCode(outcome.retryAfterSeconds));
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.role = user.role;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub && isRole(token.role)) {
          session.user.id = token.sub;
          session.user.role = token.role;
        }
        return session;
      },
    },
  };
  return cached;
}
