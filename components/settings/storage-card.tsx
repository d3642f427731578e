"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toaster";
import { createSubApplication } from "@/lib/actions/settings/create-sub-application";
import type { SubApplication } from "@/lib/data/settings/settings-overview";
import { messagesOf, type SettingsForm } from "./form-types";

export function StorageCard({ form, subApplications }: { form: SettingsForm; subApplications: SubApplication[] }) {
  const toast = useToast();
  const t = useTranslations("settings.storage");
  const [options, setOptions] = useState(subApplications);
  const [newName, setNewName] = useState("");
  const [nameError, setNameError] = useState<string[] | undefined>();
  const [isPending, startTransition] = useTransition();
  const createdId = useRef<number | null>(null);

  // The select is uncontrolled: it can only take the new id once the new option is rendered.
  useEffect(() => {
    const id = createdId.current;
    if (id === null || !options.some((option) => option.id === id)) return;
    createdId.current = null;
    form.setValue("vodSubAppId", String(id), { shouldDirty: true });
  }, [options, form]);

  function create() {
    startTransition(async () => {
      const result = await createSubApplication({ name: newName });
      if (!result.ok) {
        setNameError(result.error.fieldErrors?.name ?? [result.error.message]);
        return;
      }
      setNameError(undefined);
      createdId.current = result.data.id;
      setOptions((current) => [...current, result.data]);
      setNewName("");
      toast.success(t("created", { name: result.data.name, id: String(result.data.id) }));
    });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="settings-subapp">{t("vodApplication")}</Label>
          <Select id="settings-subapp" aria-describedby="settings-vodSubAppId-error" {...form.register("vodSubAppId")}>
            <option value="">{t("mainApplication")}</option>
            {options.map((option) => (
              <option key={option.id} value={String(option.id)}>
                {t("option", { name: option.name, id: String(option.id) })}
              </option>
            ))}
          </Select>
          <FieldError id="settings-vodSubAppId-error" messages={messagesOf(form, "vodSubAppId")} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="settings-new-subapp">{t("newSubApplication")}</Label>
          <div className="flex gap-2">
            <Input
              id="settings-new-subapp"
              value={newName}
              onChange={(event) => setNewName(event.target.value)}
              placeholder={t("newPlaceholder")}
              aria-describedby="settings-new-subapp-error"
            />
            <Button type="button" variant="outline" onClick={create} disabled={isPending}>
              {t("create")}
            </Button>
          </div>
          <FieldError id="settings-new-subapp-error" messages={nameError} />
        </div>
      </CardContent>
    </Card>
  );
}
