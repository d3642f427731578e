import "server-only";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { readQualityThresholds } from "@/lib/actions/health-quality/quality-thresholds-store";
import { QUALITY_THRESHOLD_FIELDS } from "@/lib/actions/health-quality/threshold-fields";
import { getDb } from "@/lib/db";
import { QualityThresholdsForm } from "./quality-thresholds-form";

/** The thresholds every quality check applies, as the worker reads them; admins change them. */
export async function QualityThresholdsSection({ canEdit }: { canEdit: boolean }) {
  const { effective } = await readQualityThresholds(await getDb());
  const fields = QUALITY_THRESHOLD_FIELDS.map((field) => ({ ...field, value: effective[field.key] }));
  return (
    <Card aria-labelledby="quality-thresholds-title">
      <CardHeader>
        <CardTitle id="quality-thresholds-title">Quality thresholds</CardTitle>
        <CardDescription>
          What the quality check counts as a problem, for every application of this console. A change applies to checks
          from then on; a file already checked keeps its result until it is checked again.
          {canEdit ? "" : " Only an admin changes them."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <QualityThresholdsForm fields={fields} canEdit={canEdit} />
      </CardContent>
    </Card>
  );
}
