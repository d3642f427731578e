import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PriceBookEntry } from "@/lib/costs/price-book";
import { formatNumber } from "@/lib/costs/money";
import { PriceRowEditor } from "./price-row-editor";

export function PriceBookTable({
  title,
  entries,
  canEdit,
}: {
  title: string;
  entries: PriceBookEntry[];
  canEdit: boolean;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Item</TableHead>
              <TableHead className="text-right">Price</TableHead>
              <TableHead>Source</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((entry) => (
              <TableRow key={`${entry.key}-${entry.currency}`} data-testid={`price-${entry.key}-${entry.currency}`}>
                <TableCell className="align-top">
                  {entry.label}
                  {canEdit ? <PriceRowEditor entry={entry} /> : null}
                </TableCell>
                <TableCell className="text-right align-top whitespace-nowrap tabular-nums">
                  {formatNumber(entry.amount)} {entry.currency}{" "}
                  <span className="text-xs text-muted-foreground">{entry.unit}</span>
                </TableCell>
                <TableCell className="align-top text-xs">
                  <span className="flex flex-wrap items-center gap-1">
                    {entry.unconfirmed ? <Badge variant="warning">UNCONFIRMED</Badge> : null}
                    {entry.editedBy ? <Badge variant="default">edited by {entry.editedBy}</Badge> : null}
                  </span>
                  {entry.source} · {entry.asOf}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
