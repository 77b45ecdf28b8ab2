import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { ApiFailure } from "../../../../../../Dre.OutlookAddin/TaskPane/src/api";
import { api, type PartnerSearchResult } from "../../client";
import { download as downloadFile } from "../../files";
import type { Language, Texts } from "../../locales";
import { useLoad } from "../../useLoad";
import { Status } from "../Status";
import { exportPath, type ExportChoice, type ExportFormat } from "./exportQuery";

const useStyles = makeStyles({
  // Two columns of equal width whatever the partners' names (minmax(0, …)), one on a phone.
  form: {
    display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", alignItems: "start", gap: tokens.spacingVerticalM, maxWidth: "720px",
    "@media (max-width: 520px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  wide: { gridColumn: "1 / -1" },
});

type Outcome = { state: "busy" } | { state: "done"; name: string } | { state: "failed"; text: string; fields: Record<string, string> };

/**
 * The contacts a person may see, as a file: by partner or portfolio and period, CSV or Excel. The service decides
 * what is in it (visibility, the reader's language); the page only asks and saves what came back.
 */
export function ExportPage({ language, t }: { language: Language; t: Texts }) {
  const [choice, setChoice] = useState<ExportChoice>({ portfolio: "", partner: "", from: "", to: "", format: "csv" });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [partners] = useLoad(() => api.get<PartnerSearchResult>("/api/partners"), []);
  const styles = useStyles();
  const x = t.exporting;
  if (partners.state !== "ready") return <Status load={partners} t={t} />;

  const nameOf = (p: { nameEn: string; nameFr: string }) => (language === "fr" ? p.nameFr : p.nameEn);
  const choosable = [...(partners.value.match ? [partners.value.match] : []), ...partners.value.candidates]
    .filter((p) => !choice.portfolio || p.portfolio === choice.portfolio)
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b), language));
  const change = (next: Partial<ExportChoice>) => setChoice((c) => ({ ...c, ...next }));
  const fields = outcome?.state === "failed" ? outcome.fields : {};
  const fieldProps = (name: string) => (fields[name] ? { validationState: "error" as const, validationMessage: fields[name] } : {});

  const download = async () => {
    setOutcome({ state: "busy" });
    try {
      const name = await downloadFile(exportPath(choice), language, `contacts.${choice.format}`);
      setOutcome({ state: "done", name });
    } catch (e) {
      const failure = e instanceof ApiFailure ? e : new ApiFailure("server");
      // A refused field is explained in the page's language next to it; the service's own words are the fallback.
      const named = Object.fromEntries(Object.entries(failure.fieldErrors).map(([k, v]) => [k, x.fieldErrors[k] ?? v.join(" ")]));
      const text = failure.kind === "signedOut" ? t.signedOut : failure.kind === "validation" && Object.keys(named).length ? "" : t.failed;
      setOutcome({ state: "failed", text, fields: named });
    }
  };

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{x.title}</h2>
      <Text as="p">{x.hint}</Text>
      <form className={styles.form} onSubmit={(e) => (e.preventDefault(), void download())}>
        <Field label={x.portfolio} {...fieldProps("portfolio")}>
          <Select value={choice.portfolio} onChange={(_, d) => change({ portfolio: d.value, partner: "" })}>
            <option value="">{t.allPortfolios}</option>
            {Object.entries(t.portfolio).map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </Select>
        </Field>
        <Field label={x.partner} {...fieldProps("partner")}>
          <Select value={choice.partner} onChange={(_, d) => change({ partner: d.value })}>
            <option value="">{x.anyPartner}</option>
            {choosable.map((p) => <option key={p.id} value={p.id}>{nameOf(p)}</option>)}
          </Select>
        </Field>
        <Field label={x.from} {...fieldProps("from")}>
          <Input type="date" value={choice.from} onChange={(_, d) => change({ from: d.value })} />
        </Field>
        <Field label={x.to} {...fieldProps("to")}>
          <Input type="date" value={choice.to} onChange={(_, d) => change({ to: d.value })} />
        </Field>
        <Text size={200} className={styles.wide}>{x.periodHint}</Text>
        <Field label={x.format} className={styles.wide} {...fieldProps("format")}>
          <RadioGroup layout="horizontal" value={choice.format} onChange={(_, d) => change({ format: d.value as ExportFormat })}>
            <Radio value="csv" label={x.csv} />
            <Radio value="xlsx" label={x.xlsx} />
          </RadioGroup>
        </Field>
        <div className={styles.wide}>
          <Button appearance="primary" type="submit" disabled={outcome?.state === "busy"}>{x.download}</Button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {outcome?.state === "busy" && <Spinner size="small" label={x.downloading} />}
        {outcome?.state === "done" && (
          <MessageBar intent="success"><MessageBarBody>{x.downloaded(outcome.name)}</MessageBarBody></MessageBar>
        )}
        {outcome?.state === "failed" && outcome.text && (
          <MessageBar intent="error"><MessageBarBody>{outcome.text}</MessageBarBody></MessageBar>
        )}
      </div>
    </section>
  );
}
