"use server";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { users } from "@/lib/db/schema";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { chooseLocaleSchema } from "@/lib/schemas/locale";

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Saves the signed-in user's language, so it follows them to any browser, and remembers it on this
 * browser too, for the login page after they sign out.
 */
export const chooseLocale = defineAction({
  name: "chooseLocale",
  role: "viewer",
  schema: chooseLocaleSchema,
  handler: async ({ locale }, { db, user }) => {
    await db.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, user.id));
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      sameSite: "lax",
      httpOnly: true,
      maxAge: ONE_YEAR_SECONDS,
    });
    return ok({ locale });
  },
});
