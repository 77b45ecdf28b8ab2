import { Link, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { api, type Contact } from "../../client";
import type { Language, Texts } from "../../locales";
import { mayDelete, mayEdit, useReader } from "../../reader";
import { hrefOf } from "../../route";
import { useLoad } from "../../useLoad";
import { History } from "../History";
import { Status } from "../Status";
import { ContactEditor } from "./ContactEditor";
import { DeleteContact } from "./DeleteContact";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/** A contact: its edit and delete for those the service allows (the controls are hidden for others), and its history. */
export function ContactPage({ id, language, t }: { id: string; language: Language; t: Texts }) {
  const [load] = useLoad(() => api.get<Contact>(`/api/contacts/${encodeURIComponent(id)}`), [id]);
  const reader = useReader();
  const [deleted, setDeleted] = useState(false);
  const styles = useStyles();
  if (load.state !== "ready") return <Status load={load} t={t} />;
  if (!reader) return <Spinner label={t.loading} />;

  const contact = load.value;
  const date = new Date(contact.start).toLocaleString(language === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "short" });
  return (
    <article aria-labelledby="contact-title" className={styles.page}>
      {deleted ? (
        <p role="status">{t.deleted} <Link href={hrefOf({ page: "partners" })}>{t.back}</Link></p>
      ) : (
        <>
          <div>
            {contact.partnerIds[0] && <Link href={hrefOf({ page: "partner", id: contact.partnerIds[0] })}>{t.back}</Link>}
            <h2 id="contact-title">{contact.subject}</h2>
            <p>{date} · {t.contactKinds[contact.kind] ?? contact.kind}</p>
          </div>
          <ContactEditor contact={contact} version={load.etag ?? ""} editable={mayEdit(reader, contact)} t={t} />
        </>
      )}
      {/* Stays mounted once the contact is deleted: unmounting the dialog while it closes would leave the page hidden from assistive technology. */}
      {mayDelete(reader, contact) && <DeleteContact contact={contact} version={load.etag ?? ""} deleted={deleted} onDeleted={() => setDeleted(true)} t={t} />}
      {!deleted && <History path={`/api/contacts/${encodeURIComponent(contact.id)}/history`} fields={t.fields} actions={t.actions} created="created" language={language} t={t} />}
    </article>
  );
}
