import { Button, Card, Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { api, type PartnerStatus } from "../client";
import type { Language, Texts } from "../locales";
import { hrefOf } from "../route";
import { useLoad } from "../useLoad";
import { Status } from "./Status";

const useStyles = makeStyles({
  // Two columns on a laptop-wide tab, one on a phone.
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 320px), 1fr))", gap: tokens.spacingHorizontalL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** A partner at a glance: relation facts, state of play, latest contacts and open follow-ups (completed here). */
export function PartnerPage({ id, language, t }: { id: string; language: Language; t: Texts }) {
  const [load, reload] = useLoad(() => api.get<PartnerStatus>(`/api/partners/${encodeURIComponent(id)}/status`), [id]);
  const [busy, setBusy] = useState<string | null>(null);
  const styles = useStyles();
  if (load.state !== "ready") return <Status load={load} t={t} />;

  const { partner, parent, latestContacts, openFollowUps } = load.value;
  const local = (text: { en: string; fr: string } | null | undefined) => (text ? text[language] : undefined);
  const date = (iso: string) => new Date(iso).toLocaleDateString(language === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium" });
  const complete = async (contactId: string, followUpId: string) => {
    setBusy(followUpId);
    try {
      await api.post(`/api/contacts/${encodeURIComponent(contactId)}/follow-ups/${encodeURIComponent(followUpId)}/complete`, {});
      reload();
    } finally {
      setBusy(null);
    }
  };

  return (
    <article aria-labelledby="partner-title">
      <Link href={hrefOf({ page: "partners" })}>{t.back}</Link>
      <h2 id="partner-title">{local(partner.name)}</h2>
      <Text>
        {t.kind[partner.kind] ?? partner.kind} · {t.portfolio[partner.portfolio] ?? partner.portfolio}
        {parent && (
          <>
            {" · "}
            {t.parent} <Link href={hrefOf({ page: "partner", id: parent.id })}>{local(parent.name)}</Link>
          </>
        )}
      </Text>
      {partner.relation.summary && <p>{local(partner.relation.summary)}</p>}
      <div className={styles.grid}>
        <Card>
          <Subtitle2 as="h3">{t.stateOfPlay}</Subtitle2>
          {partner.stateOfPlay ? (
            <>
              <Text>{partner.stateOfPlay.text}</Text>
              <Text size={200}>{partner.stateOfPlay.author} · {date(partner.stateOfPlay.updatedAt)}</Text>
            </>
          ) : (
            <Text>{t.none}</Text>
          )}
        </Card>
        <Card>
          <Subtitle2 as="h3">{t.latestContacts}</Subtitle2>
          {latestContacts.length === 0 ? <Text>{t.none}</Text> : (
            <ul className={styles.list}>
              {latestContacts.map((c) => (
                <li key={c.contactId}>{date(c.start)} · <Link href={hrefOf({ page: "contact", id: c.contactId })}>{c.subject}</Link></li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <Subtitle2 as="h3">{t.openFollowUps}</Subtitle2>
          {openFollowUps.length === 0 ? <Text>{t.none}</Text> : (
            <ul className={styles.list}>
              {openFollowUps.map((f) => (
                <li key={f.followUpId}>
                  <Text>{f.text}</Text>
                  {f.due && <Text size={200}> · {date(f.due)}</Text>}{" "}
                  <Button size="small" disabled={busy === f.followUpId} onClick={() => void complete(f.contactId, f.followUpId)} aria-label={`${t.complete}: ${f.text}`}>
                    {t.complete}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </article>
  );
}
