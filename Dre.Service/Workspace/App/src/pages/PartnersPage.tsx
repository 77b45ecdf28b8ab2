import { Badge, Link, SearchBox, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PartnerCard } from "../client";
import type { Language, Texts } from "../locales";
import { hrefOf } from "../route";
import { usePartnerSearch } from "../usePartnerSearch";
import { Status } from "./Status";

const useStyles = makeStyles({
  groups: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(260px, 1fr))", gap: tokens.spacingHorizontalXL },
  list: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/**
 * The directory by portfolio, or the resolver's answer (aliases, acronyms, typos) to what the person typed; a channel
 * tab pinned to a portfolio shows that portfolio's partners only.
 */
export function PartnersPage({ portfolio, language, t }: { portfolio?: string; language: Language; t: Texts }) {
  const [typed, setTyped] = useState("");
  const styles = useStyles();
  const load = usePartnerSearch(typed);

  const nameOf = (p: PartnerCard) => (language === "fr" ? p.nameFr : p.nameEn);
  const partners = (load.state === "ready" ? load.value : [])
    .filter((p) => portfolio === undefined || p.portfolio === portfolio);
  const groups = [...new Set(partners.map((p) => p.portfolio))].map((portfolio) => ({
    portfolio,
    partners: partners.filter((p) => p.portfolio === portfolio),
  }));

  return (
    <section aria-labelledby="partners-title">
      <h2 id="partners-title">{portfolio === undefined ? t.partners : `${t.partners} · ${t.portfolio[portfolio] ?? portfolio}`}</h2>
      <SearchBox aria-label={t.search} placeholder={t.search} value={typed} onChange={(_, d) => setTyped(d.value)} style={{ width: "100%", maxWidth: "480px" }} />
      {load.state !== "ready" ? (
        <Status load={load} t={t} />
      ) : partners.length === 0 ? (
        <p>{t.noMatch}</p>
      ) : (
        <div className={styles.groups}>
          {groups.map((g) => (
            <section key={g.portfolio} aria-label={t.portfolio[g.portfolio] ?? g.portfolio}>
              <Subtitle2 as="h3">{t.portfolio[g.portfolio] ?? g.portfolio}</Subtitle2>
              <ul className={styles.list}>
                {g.partners.map((p) => (
                  <li key={p.id} className={styles.item}>
                    <Link href={hrefOf({ page: "partner", id: p.id })}>{nameOf(p)}</Link>
                    <Badge appearance="outline" size="small">{t.kind[p.kind] ?? p.kind}</Badge>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
