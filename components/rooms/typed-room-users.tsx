"use client";
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/**
 * Who is in the room, as the operator types it, when TRTC's room queries cannot say: the mix and
 * task forms lay out and subscribe by these ids (the cloud itself needs no list to start).
 */
export function TypedRoomUsers({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useTranslations("rooms.typedUsers");
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor="typed-room-users">{t("label")}</Label>
      <Input
        id="typed-room-users"
        value={value}
        placeholder={t("placeholder")}
        autoComplete="off"
        aria-describedby="typed-room-users-hint"
        onChange={(event) => onChange(event.target.value)}
      />
      <p id="typed-room-users-hint" className="text-xs text-muted-foreground">
        {t("hint")}
      </p>
    </div>
  );
}
