import "server-only";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { readQualityThresholds } from "@/lib/actions/health-quality/quality-thresholds-store";
import { QUALITY_THRESHOLD_FIELDS } from "@/lib/actions/health-quality/threshold-fields";
import { getDb } from "@/lib/db";
import { QualityThresholdsForm } from "./quality-thresholds-form";

/** The thresholds every quality check applies, as the worker reads them; admins change them. */
export async function QualityThresholdsSection({ canEdit }: { canEdit: boolean }) {
  const t = await getTranslations("health.thresholds");
  const { effective } = await readQualityThresholds(await getDb());
  const fields = QUALITY_THRESHOLD_FIELDS.map((field) => ({ ...field, value: effective[field.key] }));
  return (
    <Card aria-labelledby="quality-thresholds-title">
      <CardHeader>
        <CardTitle id="quality-thresholds-title">{t("title")}</CardTitle>
        <CardDescription>{t("description", { canEdit: String(canEdit) })}</CardDescription>
      </CardHeader>
      <CardContent>
        <QualityThresholdsForm fields={fields} canEdit={canEdit} />
      </CardContent>
    </Card>
  );
}
