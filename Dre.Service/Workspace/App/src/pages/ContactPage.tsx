import { Button, Field, Input, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { ApiFailure } from "../../../../../Dre.OutlookAddin/TaskPane/src/api";
import { api, type Contact } from "../client";
import type { Language, Texts } from "../locales";
import { useLoad } from "../useLoad";
import { Status } from "./Status";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "640px" },
});

/** A contact and its edit: sent with the version it was read at, so that a stale edit is refused (412) and kept on screen. */
export function ContactPage({ id, language, t }: { id: string; language: Language; t: Texts }) {
  const [load] = useLoad(() => api.get<Contact>(`/api/contacts/${encodeURIComponent(id)}`), [id]);
  if (load.state !== "ready") return <Status load={load} t={t} />;
  return <ContactEditor contact={load.value} version={load.etag ?? ""} language={language} t={t} />;
}

function ContactEditor({ contact, version: readVersion, language, t }: { contact: Contact; version: string; language: Language; t: Texts }) {
  const [subject, setSubject] = useState(contact.subject);
  const [summary, setSummary] = useState(contact.summary ?? "");
  const [version, setVersion] = useState(readVersion);
  const [outcome, setOutcome] = useState<"saved" | "conflict" | "forbidden" | "failed" | null>(null);
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

  const date = new Date(contact.start).toLocaleString(language === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "short" });
  return (
    <article aria-labelledby="contact-title">
      <h2 id="contact-title">{contact.subject}</h2>
      <p>{date}</p>
      <form className={styles.form} onSubmit={(e) => (e.preventDefault(), void save())}>
        <Field label={t.subject}>
          <Input value={subject} onChange={(_, d) => setSubject(d.value)} />
        </Field>
        <Field label={t.summary}>
          <Textarea value={summary} onChange={(_, d) => setSummary(d.value)} resize="vertical" rows={5} />
        </Field>
        {outcome && (
          <MessageBar intent={outcome === "saved" ? "success" : outcome === "conflict" ? "warning" : "error"} role="status">
            <MessageBarBody>{outcome === "saved" ? t.saved : outcome === "conflict" ? t.conflict : outcome === "forbidden" ? t.forbidden : t.failed}</MessageBarBody>
          </MessageBar>
        )}
        <div>
          <Button appearance="primary" type="submit">{t.save}</Button>
        </div>
      </form>
    </article>
  );
}
