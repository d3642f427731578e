"use server";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { APPLICATION_COOKIE } from "@/lib/data/applications/current-application";
import { applications } from "@/lib/db/schema";
import { msg } from "@/lib/i18n/message";
import { selectApplicationSchema } from "@/lib/schemas/application";

/** Switches the application every page works on (a cookie; anyone signed in may switch). */
export const selectApplication = defineAction({
  name: "selectApplication",
  role: "viewer",
  schema: selectApplicationSchema,
  handler: async (input, { db }) => {
    const [row] = await db
      .select({ sdkAppId: applications.sdkAppId })
      .from(applications)
      .where(eq(applications.sdkAppId, input.sdkAppId));
    if (!row)
      return fail({
        code: "NOT_FOUND",
        message: msg("applications.errors.notRegistered", { sdkAppId: String(input.sdkAppId) }),
      });
    (await cookies()).set(APPLICATION_COOKIE, String(row.sdkAppId), {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      maxAge: 365 * 24 * 3600,
    });
    revalidatePath("/", "layout");
    return ok({ sdkAppId: row.sdkAppId });
  },
});
