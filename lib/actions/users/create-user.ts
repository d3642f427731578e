"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { createUserSchema } from "@/lib/schemas/user";
import { createUser as insertUser } from "@/lib/actions/users/create-user-row";

/** Adds a console user (admin only). */
export const createUser = defineAction({
  name: "createUser",
  role: "admin",
  schema: createUserSchema,
  handler: async (input, { db, audit }) => {
    const result = await insertUser(db, input);
    if (!result.ok) {
      return fail({ code: "CONFLICT", message: result.error.message, fieldErrors: { email: [result.error.message] } });
    }
    await audit("user.create", `user:${result.data.email}`, { role: result.data.role });
    revalidatePath("/users");
    return ok(result.data);
  },
});
