import { Card, Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { api, type ContactListItem, type PartnerSearchResult, type PartnerStatus } from "../../client";
import type { Language, Texts } from "../../locales";
import { hrefOf } from "../../route";
import { useLoad } from "../../useLoad";
import { Status } from "../Status";
import { ContactsChart } from "./ContactsChart";
import { dateText } from "./common";
import { Family } from "./Family";
import { FollowUps } from "./FollowUps";
import { Timeline } from "./Timeline";
import { WhoMetCard } from "./WhoMetCard";

const useStyles = makeStyles({
  // Two columns on a laptop-wide tab, one on a phone.
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 320px), 1fr))", gap: tokens.spacingHorizontalL },
  wide: { gridColumn: "1 / -1" },
});

/**
 * A partner at a glance: relation facts, state of play, its timeline, open follow-ups (completed here), who met it and
 * when, and its place in the directory. Everything counted comes from the contacts the service lets the reader see.
 */
export function PartnerPage({ id, language, t }: { id: string; language: Language; t: Texts }) {
  const path = encodeURIComponent(id);
  const [status, reload] = useLoad(() => api.get<PartnerStatus>(`/api/partners/${path}/status`), [id]);
  const [contacts] = useLoad(() => api.get<ContactListItem[]>(`/api/contacts?partner=${path}&limit=500`), [id]);
  const [directory] = useLoad(() => api.get<PartnerSearchResult>("/api/partners"), []);
  const styles = useStyles();
  if (status.state !== "ready") return <Status load={status} t={t} />;

  const today = new Date();
  const { partner, parent, openFollowUps } = status.value;
  const listed = contacts.state === "ready" ? contacts.value : [];
  const children = directory.state === "ready" ? directory.value.candidates.filter((p) => p.parentId === partner.id && !p.archived) : [];

  return (
    <article aria-labelledby="partner-title">
      <Link href={hrefOf({ page: "partners" })}>{t.back}</Link>
      <h2 id="partner-title">{partner.name[language]}</h2>
      <Text>
        {t.kind[partner.kind] ?? partner.kind} · {t.portfolio[partner.portfolio] ?? partner.portfolio}
        {parent && (
          <>
            {" · "}
            {t.parent} <Link href={hrefOf({ page: "partner", id: parent.id })}>{parent.name[language]}</Link>
          </>
        )}
      </Text>
      {partner.relation.summary && <p>{partner.relation.summary[language]}</p>}
      <div className={styles.grid}>
        <Card>
          <Subtitle2 as="h3">{t.stateOfPlay}</Subtitle2>
          {partner.stateOfPlay ? (
            <>
              <Text>{partner.stateOfPlay.text}</Text>
              <Text size={200}>{partner.stateOfPlay.author} · {dateText(partner.stateOfPlay.updatedAt, language)}</Text>
            </>
          ) : (
            <Text>{t.noStateOfPlay}</Text>
          )}
        </Card>
        <Card>
          <FollowUps followUps={openFollowUps} today={today} onCompleted={reload} language={language} t={t} />
        </Card>
        <Card className={styles.wide}>
          {contacts.state === "ready" ? <Timeline contacts={listed} today={today} language={language} t={t} /> : <Status load={contacts} t={t} />}
        </Card>
        <Card>
          <WhoMetCard contacts={listed} today={today} t={t} />
        </Card>
        <Card>
          <ContactsChart contacts={listed} today={today} language={language} t={t} />
        </Card>
        <Card>
          <Family parent={parent} children={children} language={language} t={t} />
        </Card>
      </div>
    </article>
  );
}
