import { Field, MessageBar, MessageBarBody, ProgressBar, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Texts } from "../../locales";
import type { ImportReport } from "./useImportReport";

const useStyles = makeStyles({
  report: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalL },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXL, margin: 0, padding: 0, listStyle: "none" },
  line: { width: "6em" },
});

/** How far a job got (or what a dry run would do), and the lines it rejected with why. */
export function ImportProgress({ report, t }: { report: ImportReport; t: Texts }) {
  const styles = useStyles();
  const x = t.importing;
  const finished = report.state === "completed";
  const counts: [string, number][] = [[x.rows, report.rows], [x.read, report.read], [x.imported, report.imported], [x.merged, report.merged], [x.rejected, report.rejected]];
  return (
    <section className={styles.report} aria-labelledby="import-progress-title">
      <h3 id="import-progress-title">{x.progress}</h3>
      <Field label={x.states[report.state] ?? report.state}>
        <ProgressBar value={report.progress} max={1} color={finished && report.rejected ? "warning" : finished ? "success" : "brand"} />
      </Field>
      {/* The counts are announced as they change, not only when the job ends. */}
      <div aria-live="polite" aria-atomic="true">
        <ul className={styles.counts} aria-label={x.progress}>
          {counts.map(([label, n]) => <li key={label}>{x.counted(label, n)}</li>)}
        </ul>
        {report.dryRun && (
          <MessageBar intent="info"><MessageBarBody>{x.dryRunDone}</MessageBarBody></MessageBar>
        )}
      </div>
      {finished && (report.rejections.length === 0 ? <Text>{x.noRejections}</Text> : (
        <Table aria-label={x.rejections} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.line}>{x.line}</TableHeaderCell>
              <TableHeaderCell>{x.reason}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {report.rejections.map((r) => (
              <TableRow key={r.line}>
                <TableCell>{r.line}</TableCell>
                <TableCell>{r.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ))}
    </section>
  );
}
