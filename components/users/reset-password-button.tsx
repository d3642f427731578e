"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toaster";
import { resetUserPassword } from "@/lib/actions/users/reset-user-password";
import type { UserDto } from "@/lib/users/types";

export interface GeneratedPassword {
  email: string;
  password: string;
}

/** An admin's reset of another user's password, confirmed first; the new one goes to `onReset`. */
export function ResetPasswordButton({
  user,
  onReset,
}: {
  user: UserDto;
  onReset: (generated: GeneratedPassword) => void;
}) {
  const t = useTranslations("users.reset");
  const toast = useToast();
  const [isPending, startTransition] = useTransition();

  function handleConfirm() {
    startTransition(async () => {
      const result = await resetUserPassword({ userId: user.id });
      if (result.ok) onReset(result.data);
      else toast.error(result.error.message);
    });
  }

  return (
    <ConfirmDialog
      // No "password" in the accessible names of the users page: its forms find their Password field by label.
      title={t("title", { email: user.email })}
      description={t("description")}
      confirmLabel={t("confirm")}
      isPending={isPending}
      onConfirm={handleConfirm}
      trigger={(open) => (
        <Button variant="outline" size="sm" disabled={isPending} onClick={open}>
          {t("trigger")}
        </Button>
      )}
    />
  );
}
