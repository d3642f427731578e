"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useToast } from "@/components/ui/toaster";
import { changeUserRole } from "@/lib/actions/users/change-user-role";
import { setUserDisabled } from "@/lib/actions/users/set-user-disabled";
import type { ActionResult } from "@/lib/actions/result";
import { ROLES, isRole } from "@/lib/auth/roles";
import type { UserDto } from "@/lib/users/types";
import { GeneratedPasswordNotice } from "./generated-password-notice";
import { ResetPasswordButton, type GeneratedPassword } from "./reset-password-button";

export function UsersTable({ users, currentUserId }: { users: UserDto[]; currentUserId: string }) {
  const t = useTranslations("users.table");
  const tCommon = useTranslations("common");
  const toast = useToast();
  const [isPending, startTransition] = useTransition();
  const [generated, setGenerated] = useState<GeneratedPassword | null>(null);

  function runAction(action: () => Promise<ActionResult<UserDto>>, success: (user: UserDto) => string) {
    startTransition(async () => {
      const result = await action();
      if (result.ok) toast.success(success(result.data));
      else toast.error(result.error.message);
    });
  }

  return (
    <Card>
      <CardContent className="flex flex-col gap-4 pt-5">
        {generated ? <GeneratedPasswordNotice generated={generated} onDismiss={() => setGenerated(null)} /> : null}
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("email")}</TableHead>
              <TableHead>{t("name")}</TableHead>
              <TableHead>{t("role")}</TableHead>
              <TableHead>{t("status")}</TableHead>
              <TableHead className="sr-only">{t("actions")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.map((user) => (
              <TableRow key={user.id} aria-label={user.email}>
                <TableCell className="font-medium">
                  {user.email}
                  {user.id === currentUserId ? (
                    <span className="ml-2 text-xs text-muted-foreground">{t("you")}</span>
                  ) : null}
                </TableCell>
                <TableCell>{user.name}</TableCell>
                <TableCell>
                  <Select
                    aria-label={t("roleOf", { email: user.email })}
                    className="w-32"
                    value={user.role}
                    disabled={isPending}
                    onChange={(event) => {
                      const role = event.target.value;
                      if (!isRole(role)) return;
                      runAction(
                        () => changeUserRole({ userId: user.id, role }),
                        (updated) => t("roleChanged", { email: updated.email, role: tCommon(`roles.${updated.role}`) }),
                      );
                    }}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {tCommon(`roles.${role}`)}
                      </option>
                    ))}
                  </Select>
                </TableCell>
                <TableCell>
                  {user.disabled ? (
                    <Badge variant="destructive">{t("disabled")}</Badge>
                  ) : (
                    <Badge variant="success">{t("active")}</Badge>
                  )}
                </TableCell>
                <TableCell className="flex justify-end gap-2">
                  {user.id === currentUserId ? null : <ResetPasswordButton user={user} onReset={setGenerated} />}
                  <Button
                    variant="outline"
                    size="sm"
                    aria-label={t(user.disabled ? "enableLabel" : "disableLabel", { email: user.email })}
                    disabled={isPending}
                    onClick={() =>
                      runAction(
                        () => setUserDisabled({ userId: user.id, disabled: !user.disabled }),
                        (updated) => t(updated.disabled ? "nowDisabled" : "nowEnabled", { email: updated.email }),
                      )
                    }
                  >
                    {user.disabled ? t("enable") : t("disable")}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
