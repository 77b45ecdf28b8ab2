import { Button, Checkbox, Field, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { ApiFailure } from "../../../../../../Dre.OutlookAddin/TaskPane/src/api";
import type { Language, Texts } from "../../locales";
import { useReader } from "../../reader";
import { ImportHelp } from "./ImportHelp";
import { ImportProgress } from "./ImportProgress";
import { sendImport, useImportReport, type ImportReport } from "./useImportReport";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "640px", marginBottom: tokens.spacingVerticalM },
});

/** Why an upload failed, in the page's words; a refused file adds the service's reason (errors.file). */
const failureText = (failure: ApiFailure, t: Texts) =>
  failure.kind === "validation" ? `${t.importing.refused} ${Object.values(failure.fieldErrors).flat().join(" ")}`
    : failure.kind === "tooLarge" ? t.importing.tooLarge
      : failure.kind === "forbidden" ? t.importing.officersOnly
        : failure.kind === "signedOut" ? t.signedOut : t.failed;

/**
 * DRE officers bring a CSV history in: upload, then the job's progress until it has completed, and the lines it
 * rejected. Staff are told who imports (the service refuses them anyway, before reading the file).
 */
export function ImportPage({ language, t }: { language: Language; t: Texts }) {
  const reader = useReader();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [report, pollFailure] = useImportReport(sent, language);
  const styles = useStyles();
  const x = t.importing;
  if (!reader) return <Spinner label={t.loading} />;

  const send = async () => {
    if (!file) return;
    setSending(true);
    setFailure(null);
    setSent(null);
    try {
      setSent(await sendImport(file, dryRun, language));
    } catch (e) {
      setFailure(e instanceof ApiFailure ? e : new ApiFailure("server"));
    } finally {
      setSending(false);
    }
  };

  const shownFailure = failure ?? pollFailure;
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{x.title}</h2>
      {!reader.officer ? (
        <MessageBar intent="warning"><MessageBarBody>{x.officersOnly}</MessageBarBody></MessageBar>
      ) : (
        <form className={styles.form} onSubmit={(e) => (e.preventDefault(), void send())}>
          <Field label={x.file} hint={x.fileHint} required>
            {(props) => <input {...props} type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
          </Field>
          <Checkbox checked={dryRun} onChange={(_, d) => setDryRun(d.checked === true)} label={x.dryRun} />
          <div>
            <Button appearance="primary" type="submit" disabled={!file || sending}>{dryRun ? x.check : x.send}</Button>
          </div>
        </form>
      )}
      <div role="status" aria-live="polite">
        {sending && <Spinner size="small" label={x.sending} />}
        {shownFailure && <MessageBar intent="error"><MessageBarBody>{failureText(shownFailure, t)}</MessageBarBody></MessageBar>}
      </div>
      {report && <ImportProgress report={report} t={t} />}
      <ImportHelp t={t} />
    </section>
  );
}
