import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { api, type PartnerCard } from "../../client";
import { download } from "../../files";
import type { Language, Texts } from "../../locales";
import { useLoad } from "../../useLoad";
import { usePartnerSearch } from "../../usePartnerSearch";
import { dayStart, exportPath, type ExportFormat } from "../export/exportQuery";
import { maeLabel } from "../partner/common";
import { monthsBack } from "../partner/filters";
import { Status } from "../Status";
import { countsPath, type ContactCounts, type Grouping } from "./counts";
import { CountsChart } from "./CountsChart";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "end" },
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const dayOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/**
 * #/reports: the reader's contacts over a period, counted by portfolio, partner or MAE, from what GET /api/contacts
 * lists for them (so never a count of what they may not see); the same selection downloads through the export API.
 */
export function ReportsPage({ language, t }: { language: Language; t: Texts }) {
  const [period, setPeriod] = useState(() => {
    const today = new Date();
    const first = monthsBack(today, 12);
    return { from: dayOf(new Date(first.getUTCFullYear(), first.getUTCMonth(), 1)), to: dayOf(today) };
  });
  const [grouping, setGrouping] = useState<Grouping>("portfolio");
  const [saved, setSaved] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const partners = usePartnerSearch("");
  const valid = !!period.from && !!period.to && period.from <= period.to;
  const [report] = useLoad(
    () => (valid
      ? api.get<ContactCounts>(countsPath(dayStart(period.from), dayStart(period.to, 1), grouping))
      : Promise.resolve({ status: 200, body: { contacts: 0, counts: [] }, etag: null })),
    [period.from, period.to, valid, grouping],
  );
  const styles = useStyles();
  const x = t.reports;
  if (partners.state !== "ready") return <Status load={partners} t={t} />;

  const byId = new Map<string, PartnerCard>(partners.value.map((p) => [p.id, p]));
  const labelOf = (key: string) => {
    if (grouping === "mae") return maeLabel(key, t);
    if (grouping === "portfolio") return t.portfolio[key] ?? x.unknownPartner;
    const p = byId.get(key);
    return p ? (language === "fr" ? p.nameFr : p.nameEn) : x.unknownPartner;
  };
  const save = async (format: ExportFormat) => {
    try {
      const name = await download(exportPath({ portfolio: "", partner: "", from: period.from, to: period.to, format }), language, `contacts.${format}`);
      setSaved({ intent: "success", text: x.downloaded(name) });
    } catch {
      setSaved({ intent: "error", text: t.failed });
    }
  };

  return (
    <section aria-labelledby="reports-title" className={styles.page}>
      <h2 id="reports-title">{x.title}</h2>
      <Text as="p">{x.hint}</Text>
      <div className={styles.form}>
        <Field label={x.from}><Input type="date" value={period.from} onChange={(_, d) => setPeriod((p) => ({ ...p, from: d.value }))} /></Field>
        <Field label={x.to}><Input type="date" value={period.to} onChange={(_, d) => setPeriod((p) => ({ ...p, to: d.value }))} /></Field>
        <Field label={x.grouping}>
          <Select value={grouping} onChange={(_, d) => setGrouping(d.value as Grouping)}>
            {Object.entries(x.groupings).map(([k, name]) => <option key={k} value={k}>{name}</option>)}
          </Select>
        </Field>
        <Button onClick={() => void save("csv")}>{x.csv}</Button>
        <Button onClick={() => void save("xlsx")}>{x.xlsx}</Button>
      </div>
      <div role="status" aria-live="polite">{saved && <MessageBar intent={saved.intent}><MessageBarBody>{saved.text}</MessageBarBody></MessageBar>}</div>
      {report.state !== "ready" ? <Status load={report} t={t} /> : report.value.contacts === 0 ? <Text>{x.none}</Text> : (
        <CountsChart counts={report.value.counts} title={x.chartTitle(x.groupings[grouping])} labelOf={labelOf} t={t} />
      )}
    </section>
  );
}
