import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import type { Texts } from "../../locales";

/** The file's columns, English and French headers (the file's format, not texts of the page; as in the service's ImportColumns). */
const columns: [string, string][] = [
  ["date", "date"], ["kind", "type"], ["partner", "partenaire"], ["subject", "objet"], ["summary", "résumé"],
  ["coe_participants", "participants_coe"], ["partner_participants", "participants_partenaire"],
  ["confidentiality", "confidentialité"], ["follow_ups", "suivis"],
];

/** What the file holds: the service does not serve its column documentation, so the page says it. */
export function ImportHelp({ t }: { t: Texts }) {
  const x = t.importing;
  return (
    <details>
      <summary>{x.columns}</summary>
      <Text as="p">{x.columnsHint}</Text>
      <Table aria-label={x.columns} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{x.column}</TableHeaderCell>
            <TableHeaderCell>{x.holds}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {columns.map(([en, fr]) => (
            <TableRow key={en}>
              <TableCell><code>{en}</code> / <code>{fr}</code></TableCell>
              <TableCell>{x.columnHelp[en]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </details>
  );
}
