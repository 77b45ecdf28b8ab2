import { Button, Field, Input, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { ApiFailure } from "../../../../../../Dre.OutlookAddin/TaskPane/src/api";
import { api, type Contact } from "../../client";
import type { Texts } from "../../locales";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "640px" },
});

type Outcome = "saved" | "conflict" | "forbidden" | "failed";

/** The edit, sent with the version it was read at, so that a stale edit is refused (412) and kept on screen. */
export function ContactEditor({ contact, version: readVersion, editable, t }: { contact: Contact; version: string; editable: boolean; t: Texts }) {
  const [subject, setSubject] = useState(contact.subject);
  const [summary, setSummary] = useState(contact.summary ?? "");
  const [version, setVersion] = useState(readVersion);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const styles = useStyles();

  const save = async () => {
    try {
      const saved = await api.patch<Contact>(`/api/contacts/${encodeURIComponent(contact.id)}`, { subject, summary }, version);
      setVersion(saved.etag ?? version);
      setOutcome("saved");
    } catch (e) {
      // On a conflict the person's text stays in the fields; the next save applies it to the current version.
      if (e instanceof ApiFailure && e.kind === "conflict") setVersion(e.currentVersion);
      setOutcome(e instanceof ApiFailure && (e.kind === "conflict" || e.kind === "forbidden") ? e.kind : "failed");
    }
  };

  const message = { saved: t.saved, conflict: t.conflict, forbidden: t.forbidden, failed: t.failed };
  return (
    <form className={styles.form} onSubmit={(e) => (e.preventDefault(), void save())}>
      <Field label={t.subject}>
        <Input value={subject} readOnly={!editable} onChange={(_, d) => setSubject(d.value)} />
      </Field>
      <Field label={t.summary} hint={editable ? undefined : t.readOnly}>
        <Textarea value={summary} readOnly={!editable} onChange={(_, d) => setSummary(d.value)} resize="vertical" rows={5} />
      </Field>
      {outcome && (
        <MessageBar intent={outcome === "saved" ? "success" : outcome === "conflict" ? "warning" : "error"} role="status">
          <MessageBarBody>{message[outcome]}</MessageBarBody>
        </MessageBar>
      )}
      {editable && (
        <div>
          <Button appearance="primary" type="submit">{t.save}</Button>
        </div>
      )}
    </form>
  );
}
