import { Field, Link, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ContactListItem } from "../../client";
import type { Language, Texts } from "../../locales";
import { hrefOf } from "../../route";
import { dateText, maeLabel, useListStyles } from "./common";
import { applyFilter, maesOf, type TimelineFilter } from "./filters";

const useStyles = makeStyles({
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
});

const all = "all";

/** The partner's contacts newest first, narrowed by period, MAE and kind (the MAEs and kinds offered are those listed). */
export function Timeline({ contacts, today, language, t }: { contacts: ContactListItem[]; today: Date; language: Language; t: Texts }) {
  const [filter, setFilter] = useState<TimelineFilter>({ months: 12, mae: null, kind: null });
  const styles = useStyles();
  const lists = useListStyles();
  const maes = [...new Set(contacts.flatMap(maesOf))].sort();
  const kinds = [...new Set(contacts.map((c) => c.kind))].sort();
  const shown = applyFilter(contacts, filter, today).sort((a, b) => b.start.localeCompare(a.start));

  return (
    <section aria-labelledby="timeline-title">
      <Subtitle2 as="h3" id="timeline-title">{t.timeline}</Subtitle2>
      <div className={styles.filters}>
        <Field label={t.period}>
          <Select value={filter.months === null ? all : String(filter.months)} onChange={(_, d) => setFilter({ ...filter, months: d.value === all ? null : Number(d.value) })}>
            {["3", "12", all].map((p) => <option key={p} value={p}>{t.periods[p]}</option>)}
          </Select>
        </Field>
        <Field label={t.mae}>
          <Select value={filter.mae ?? all} onChange={(_, d) => setFilter({ ...filter, mae: d.value === all ? null : d.value })}>
            <option value={all}>{t.allMaes}</option>
            {maes.map((m) => <option key={m} value={m}>{maeLabel(m, t)}</option>)}
          </Select>
        </Field>
        <Field label={t.contactKind}>
          <Select value={filter.kind ?? all} onChange={(_, d) => setFilter({ ...filter, kind: d.value === all ? null : d.value })}>
            <option value={all}>{t.allKinds}</option>
            {kinds.map((k) => <option key={k} value={k}>{t.contactKinds[k] ?? k}</option>)}
          </Select>
        </Field>
      </div>
      {shown.length === 0 ? <Text>{t.noContacts}</Text> : (
        <ul className={lists.list} aria-label={t.timeline}>
          {shown.map((c) => (
            <li key={c.contactId}>
              {dateText(c.start, language)} · {t.contactKinds[c.kind] ?? c.kind} · <Link href={hrefOf({ page: "contact", id: c.contactId })}>{c.subject}</Link>
              <Text size={200}> · {maesOf(c).map((m) => maeLabel(m, t)).join(", ")}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
