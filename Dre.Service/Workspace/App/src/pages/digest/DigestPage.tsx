import { Field, Input, Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { api } from "../../client";
import type { Language, Texts } from "../../locales";
import { hrefOf } from "../../route";
import { useLoad } from "../../useLoad";
import { usePartnerSearch } from "../../usePartnerSearch";
import { dateText, useListStyles } from "../partner/common";
import { CountsChart } from "../reports/CountsChart";
import { PortfolioField } from "../PortfolioField";
import { Status } from "../Status";
import { allPortfolios, digestPath, filterDigest, headline, mondayOfWeek, namesOf, parisDay, weekCounts, type WeeklyDigest } from "./digest";
import { ContactLine, DigestList, FollowUpLine, OverlapAhead, OverlapLine, partnerName } from "./DigestLists";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  form: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "end" },
  // As many figures a row as fit, one a row on a phone.
  figures: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(160px, 1fr))", gap: tokens.spacingHorizontalM, margin: 0 },
  figure: { margin: 0, "& dd": { margin: 0, fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold } },
});

/**
 * #/digest: the week's digest in full, where the Teams card's "Open the full digest" leads: every section, filtered
 * by portfolio or partner, from GET /api/digest/preview (built for the reader, so nothing they may not see is there).
 */
export function DigestPage({ language, t }: { language: Language; t: Texts }) {
  const [digest] = useLoad(() => api.get<WeeklyDigest>(digestPath), []);
  const directory = usePartnerSearch("");
  const [portfolio, setPortfolio] = useState(allPortfolios);
  const [partner, setPartner] = useState("");
  const styles = useStyles();
  const lists = useListStyles();
  const x = t.digest;
  if (digest.state !== "ready") return <Status load={digest} t={t} />;
  if (directory.state !== "ready") return <Status load={directory} t={t} />;

  const value = digest.value;
  const names = namesOf(value, directory.value);
  const shown = filterDigest(value, { portfolio, partner }, names);
  const figures = headline(shown);
  const partnerNames = (ids: string[]) => ids.map((id) => names.get(id)?.[language] ?? id).join(", ");
  const props = { language, t, partnerNames };
  const all = <T,>(of: (p: (typeof shown)[number]) => T[]) => shown.flatMap(of);
  const ahead = new Map(all((p) => p.plannedOverlaps).map((o) => [o.contactId, o] as const));
  const last = new Date(new Date(value.to).getTime() - 1).toISOString();

  return (
    <section aria-labelledby="digest-title" className={styles.page}>
      <h2 id="digest-title">{x.title}</h2>
      <Text as="p">{x.period(parisDay(value.from, language), parisDay(last, language))}. {x.hint}</Text>
      <div className={styles.form} role="search">
        <PortfolioField value={portfolio} all={allPortfolios} onChange={setPortfolio} t={t} />
        <Field label={x.partnerFilter} hint={x.partnerFilterHint}>
          <Input type="search" value={partner} onChange={(_, d) => setPartner(d.value)} />
        </Field>
      </div>
      <section aria-labelledby="digest-headline">
        <Subtitle2 as="h3" id="digest-headline">{x.headline}</Subtitle2>
        <dl className={styles.figures} data-testid="digest-figures">
          {([[x.contacts, figures.contacts], [x.partnersMet, figures.partners], [x.overlaps, figures.overlaps], [x.overdue, figures.overdue],
            [x.newFollowUps, figures.newFollowUps], [x.planned, figures.planned], [x.quiet(value.quietAfterWeeks), figures.quiet]] as const).map(([name, n]) => (
            <div key={name} className={styles.figure}><dt>{name}</dt><dd>{n}</dd></div>
          ))}
        </dl>
      </section>
      <CountsChart
        counts={weekCounts(value, portfolio)}
        title={x.chartTitle}
        labelOf={(week) => dateText(mondayOfWeek(week), language)}
        t={t}
        groups={{ heading: x.week, summary: x.chartSummary, id: "digest-chart" }}
      />
      <DigestList id="digest-overlaps" title={x.overlaps} items={all((p) => p.overlaps)} line={(o) => <OverlapLine overlap={o} language={language} t={t} />} t={t} />
      <DigestList
        id="digest-planned"
        title={x.planned}
        items={all((p) => p.planned)}
        line={(c) => (
          <>
            <ContactLine contact={c} {...props} />
            {ahead.get(c.contactId) && <OverlapAhead overlap={ahead.get(c.contactId)!} language={language} t={t} />}
          </>
        )}
        t={t}
      />
      <DigestList id="digest-overdue" title={x.overdue} items={all((p) => p.overdueFollowUps)} line={(f) => <FollowUpLine followUp={f} {...props} />} t={t} />
      <DigestList id="digest-new" title={x.newFollowUps} items={all((p) => p.newFollowUps)} line={(f) => <FollowUpLine followUp={f} {...props} />} t={t} />
      <DigestList
        id="digest-quiet"
        title={x.quiet(value.quietAfterWeeks)}
        items={all((p) => p.quietPartners)}
        line={(q) => <Link href={hrefOf({ page: "partner", id: q.id })}>{partnerName(q, language)}</Link>}
        t={t}
      />
      <section aria-labelledby="digest-portfolios">
        <Subtitle2 as="h3" id="digest-portfolios">{x.byPortfolio}</Subtitle2>
        {shown.every((p) => p.partners.length === 0) && <Text block>{x.none}</Text>}
        {shown.filter((p) => p.partners.length > 0).map((p) => (
          <section key={p.portfolio} aria-label={t.portfolio[p.portfolio] ?? p.portfolio}>
            <h4>{t.portfolio[p.portfolio] ?? p.portfolio}</h4>
            <ul className={lists.list}>
              {p.partners.map((a) => (
                <li key={a.partner.id}>
                  <Link href={hrefOf({ page: "partner", id: a.partner.id })}>{partnerName(a.partner, language)}</Link>
                  {a.family && <Text size={200}> · {x.inFamily(partnerName(a.family, language))}</Text>} · {t.contactsCount(a.contacts.length)}
                  <ul className={lists.list}>{a.contacts.map((c) => <li key={c.contactId}><ContactLine contact={c} {...props} /></li>)}</ul>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </section>
  );
}
