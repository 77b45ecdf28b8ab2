import { Badge, Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { api, type ContactListItem, type PartnerSearchResult } from "../../client";
import type { Language, Texts } from "../../locales";
import { hrefOf } from "../../route";
import { useLoad } from "../../useLoad";
import { dateText, useListStyles } from "../partner/common";
import { maesOf } from "../partner/filters";
import { PortfolioField } from "../PortfolioField";
import { Status } from "../Status";
import { familiesOf, overlapsOf } from "./overlaps";

const useStyles = makeStyles({
  week: { marginTop: tokens.spacingVerticalM },
  overlap: { display: "block", color: tokens.colorPaletteDarkOrangeForeground2 },
});

const horizonDays = 90;
const all = "all";

/** The Monday (in the reader's calendar) of the week a contact falls in: the calendar's headings. */
const mondayOf = (iso: string) => {
  const day = new Date(iso);
  day.setHours(0, 0, 0, 0);
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day.toISOString();
};

/**
 * The outlook ahead: the contacts planned for the next 90 days, by week, for every portfolio or one (a channel tab
 * pinned to a portfolio opens on it), each overlap with another MAE flagged where it can still be coordinated.
 */
export function AheadPage({ portfolio, language, t }: { portfolio?: string; language: Language; t: Texts }) {
  const [shownPortfolio, setPortfolio] = useState(portfolio ?? all);
  const styles = useStyles();
  const lists = useListStyles();
  const [from] = useState(() => new Date());
  const to = new Date(from.getTime() + horizonDays * 24 * 3600 * 1000);
  const [partners] = useLoad(() => api.get<PartnerSearchResult>("/api/partners"), []);
  const [contacts] = useLoad(
    () => api.get<ContactListItem[]>(`/api/contacts?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}&limit=500`),
    [from],
  );
  if (partners.state !== "ready") return <Status load={partners} t={t} />;
  if (contacts.state !== "ready") return <Status load={contacts} t={t} />;

  const cards = [...(partners.value.match ? [partners.value.match] : []), ...partners.value.candidates];
  const byId = new Map(cards.map((p) => [p.id, p]));
  const nameOf = (id: string) => (byId.get(id) ? (language === "fr" ? byId.get(id)!.nameFr : byId.get(id)!.nameEn) : id);
  const overlaps = overlapsOf(contacts.value, familiesOf(cards));
  const shown = contacts.value
    .filter((c) => shownPortfolio === all || c.partnerIds.some((p) => byId.get(p)?.portfolio === shownPortfolio))
    .sort((a, b) => a.start.localeCompare(b.start));
  const weeks = [...new Set(shown.map((c) => mondayOf(c.start)))];

  return (
    <section aria-labelledby="ahead-title">
      <h2 id="ahead-title">{t.aheadTitle}</h2>
      <PortfolioField value={shownPortfolio} all={all} onChange={setPortfolio} t={t} />
      {shown.length === 0 ? <Text>{t.nothingAhead}</Text> : weeks.map((week) => (
        <section key={week} className={styles.week} aria-label={t.weekOf(dateText(week, language))}>
          <Subtitle2 as="h3">{t.weekOf(dateText(week, language))}</Subtitle2>
          <ul className={lists.list}>
            {shown.filter((c) => mondayOf(c.start) === week).map((c) => (
              <li key={c.contactId}>
                {dateText(c.start, language)} · {t.contactKinds[c.kind] ?? c.kind} · <Link href={hrefOf({ page: "contact", id: c.contactId })}>{c.subject}</Link>
                <Text size={200}> · {c.partnerIds.map(nameOf).join(", ")} · {maesOf(c).filter((m) => m).join(", ")}</Text>
                {overlaps.get(c.contactId)?.map((o) => (
                  <Text key={o.contactId} size={200} className={styles.overlap}>
                    <Badge appearance="tint" color="warning" size="small">{t.coordinate}</Badge>{" "}
                    {t.overlapWith(maesOf(o).filter((m) => m).join(", "), dateText(o.start, language))} <Link href={hrefOf({ page: "contact", id: o.contactId })}>{o.subject}</Link>
                  </Text>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
