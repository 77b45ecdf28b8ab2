import { Badge, Field, Link, SearchBox, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PartnerCard } from "../../client";
import type { Language, Texts } from "../../locales";
import { hrefOf } from "../../route";

const useStyles = makeStyles({
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, maxHeight: "70vh", overflowY: "auto" },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

const folded = (s: string) => s.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();

/** The whole directory, archived partners included, filtered on the page: names, aliases and ids, and a portfolio. */
export function PartnerList({ partners, selected, language, t }: { partners: PartnerCard[]; selected?: string; language: Language; t: Texts }) {
  const [text, setText] = useState("");
  const [portfolio, setPortfolio] = useState("");
  const styles = useStyles();
  const x = t.admin;
  const nameOf = (p: PartnerCard) => (language === "fr" ? p.nameFr : p.nameEn);
  const wanted = folded(text.trim());
  const shown = partners
    .filter((p) => !portfolio || p.portfolio === portfolio)
    .filter((p) => !wanted || [p.id, p.nameEn, p.nameFr, ...p.aliases].some((s) => folded(s).includes(wanted)))
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b), language));

  return (
    <div className={styles.filters}>
      <SearchBox aria-label={x.filter} placeholder={x.filter} value={text} onChange={(_, d) => setText(d.value)} />
      <Field label={x.portfolio}>
        <Select value={portfolio} onChange={(_, d) => setPortfolio(d.value)}>
          <option value="">{x.allPortfolios}</option>
          {Object.entries(t.portfolio).map(([k, name]) => <option key={k} value={k}>{name}</option>)}
        </Select>
      </Field>
      {shown.length === 0 ? (
        <p>{x.none}</p>
      ) : (
        <ul className={styles.list} aria-label={x.list}>
          {shown.map((p) => (
            <li key={p.id} className={styles.item}>
              <Link href={hrefOf({ page: "admin", id: p.id })} aria-current={p.id === selected ? "page" : undefined}>{nameOf(p)}</Link>
              {p.archived && <Badge appearance="outline" size="small" color="subtle">{x.archived}</Badge>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
