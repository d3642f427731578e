import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PriceBookEntry } from "@/lib/data/costs/price-book";
import type { PriceBookSection as Section } from "@/lib/costs/price-groups";
import { formatNumber } from "@/lib/costs/money";
import { PriceRowEditor } from "./price-row-editor";

/** One group of the price book (what it bills), each key's CNY and USD prices side by side. */
export function PriceBookSection({ section, canEdit }: { section: Section<PriceBookEntry>; canEdit: boolean }) {
  return (
    <Card id={`prices-${section.group}`} data-testid={`price-group-${section.group}`} className="scroll-mt-4">
      <CardHeader>
        <CardTitle>{section.title}</CardTitle>
        <CardDescription>{section.billedFor}</CardDescription>
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
            {section.entries.map((entry) => (
              <TableRow key={`${entry.key}-${entry.currency}`} data-testid={`price-${entry.key}-${entry.currency}`}>
                <TableCell className="align-top">
                  {entry.label}
                  {canEdit ? <PriceRowEditor entry={entry} /> : null}
                </TableCell>
                <TableCell className="text-right align-top whitespace-nowrap tabular-nums">
                  {entry.amount === null ? (
                    <span className="text-muted-foreground">no {entry.currency} list price</span>
                  ) : (
                    <>
                      {formatNumber(entry.amount)} {entry.currency}{" "}
                    </>
                  )}
                  <span className="text-xs text-muted-foreground">{entry.unit}</span>
                </TableCell>
                <TableCell className="align-top text-xs">
                  <span className="flex flex-wrap items-center gap-1">
                    {entry.unconfirmed ? <Badge variant="warning">UNCONFIRMED</Badge> : null}
                    {entry.editedBy ? <Badge variant="default">edited by {entry.editedBy}</Badge> : null}
                  </span>
                  {entry.source} · {entry.asOf ?? "undated"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
