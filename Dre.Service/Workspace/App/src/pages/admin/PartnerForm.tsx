import { Button, Field, Input, MessageBar, MessageBarBody, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { ApiFailure } from "../../../../../../Dre.OutlookAddin/TaskPane/src/api";
import { api, type PartnerCard } from "../../client";
import type { Language, Texts } from "../../locales";
import { ArchivePartner } from "./ArchivePartner";
import { changedFrom, emptyValues, fieldMessages, inputOf, valuesOf, type DirectoryPartner, type FieldName, type PartnerValues } from "./partnerValues";

const useStyles = makeStyles({
  form: {
    display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", alignItems: "start", gap: tokens.spacingVerticalM,
    "@media (max-width: 520px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  wide: { gridColumn: "1 / -1" },
  actions: { gridColumn: "1 / -1", display: "flex", gap: tokens.spacingHorizontalM, alignItems: "start", flexWrap: "wrap" },
});

type Outcome = "created" | "saved" | "conflict" | "invalid" | "forbidden" | "failed" | "archived";

interface Props {
  /** null: a new partner. */
  partner: DirectoryPartner | null;
  version: string | null;
  partners: PartnerCard[];
  language: Language;
  t: Texts;
  /** After a create, an edit or an archive: the partner as stored. */
  onSaved: (partner: DirectoryPartner) => void;
}

/**
 * One partner's directory facts. An edit is sent with the version it was read at: when someone else changed the
 * partner meanwhile (412), what the person typed stays in the fields and the current values are shown next to them.
 */
export function PartnerForm({ partner, version: readVersion, partners, language, t, onSaved }: Props) {
  const [values, setValues] = useState<PartnerValues>(partner ? valuesOf(partner) : emptyValues);
  // The values as last read: after a conflict, what the other person changed is what differs from them.
  const [base, setBase] = useState<PartnerValues>(values);
  const [current, setCurrent] = useState(partner);
  const [version, setVersion] = useState(readVersion ?? "");
  const [theirs, setTheirs] = useState<Partial<PartnerValues> | null>(null);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const styles = useStyles();
  const x = t.admin;
  const editing = partner !== null;

  const save = async () => {
    setBusy(true);
    setErrors({});
    try {
      const body = inputOf(values, current);
      const saved = editing
        ? await api.patch<DirectoryPartner>(`/api/partners/${encodeURIComponent(partner.id)}`, body, version)
        : await api.post<DirectoryPartner>("/api/partners", body);
      setVersion(saved.etag ?? version);
      setTheirs(null);
      setBase(values);
      setOutcome(editing ? "saved" : "created");
      if (saved.body) {
        setCurrent(saved.body);
        onSaved(saved.body);
      }
    } catch (e) {
      const failure = e instanceof ApiFailure ? e : new ApiFailure("server");
      if (failure.kind === "conflict") {
        // The next save applies the typed values to the version that won; the current one stays in view until then.
        setVersion(failure.currentVersion);
        const now = failure.current as DirectoryPartner | undefined;
        if (now) {
          const nowValues = valuesOf(now);
          setCurrent(now);
          setTheirs(changedFrom(base, nowValues));
          setBase(nowValues);
        }
      }
      if (failure.kind === "validation") setErrors(fieldMessages(failure.fieldErrors, x));
      setOutcome(failure.kind === "conflict" || failure.kind === "forbidden" ? failure.kind : failure.kind === "validation" ? "invalid" : "failed");
    } finally {
      setBusy(false);
    }
  };

  const archived = (stored: DirectoryPartner, etag: string | null) => {
    setOutcome("archived");
    setCurrent(stored);
    setVersion(etag ?? version);
    onSaved(stored);
  };

  const change = (field: FieldName) => (_: unknown, d: { value: string }) => setValues((v) => ({ ...v, [field]: d.value }));
  /** The field's error, or after a conflict the current value when it differs from the typed one. */
  const fieldProps = (field: FieldName, hint?: string) => {
    if (errors[field]) return { validationState: "error" as const, validationMessage: errors[field] };
    if (theirs?.[field] !== undefined && theirs[field] !== values[field]) return { validationState: "warning" as const, validationMessage: x.nowValue(shown(field, theirs[field] ?? "")) };
    return hint ? { hint } : {};
  };
  const nameOf = (p: PartnerCard) => (language === "fr" ? p.nameFr : p.nameEn);
  const parents = partners.filter((p) => p.id !== partner?.id && !p.archived).sort((a, b) => nameOf(a).localeCompare(nameOf(b), language));
  const partnerName = (id: string) => {
    const found = partners.find((p) => p.id === id);
    return found ? nameOf(found) : id;
  };
  const shown = (field: FieldName, value: string) =>
    field === "kind" ? t.kind[value] ?? value : field === "portfolio" ? t.portfolio[value] ?? value : field === "parentId" && value ? partnerName(value) : value;

  const text = (field: FieldName, label: string, hint?: string, wide = false) => (
    <Field label={label} className={wide ? styles.wide : undefined} {...fieldProps(field, hint)}>
      <Input value={values[field]} onChange={change(field)} />
    </Field>
  );
  const summary = (field: FieldName, label: string) => (
    <Field label={label} {...fieldProps(field)}>
      <Textarea value={values[field]} onChange={change(field)} resize="vertical" rows={3} />
    </Field>
  );
  const message: Record<Outcome, string> = {
    created: x.created, saved: x.saved, conflict: x.conflict, invalid: x.invalid, forbidden: x.forbidden, failed: t.failed, archived: x.archivedDone,
  };

  return (
    <form className={styles.form} aria-label={editing ? x.editTitle(language === "fr" ? partner.name.fr : partner.name.en) : x.newTitle} onSubmit={(e) => (e.preventDefault(), void save())}>
      {!editing && text("id", x.id, x.idHint, true)}
      {text("nameEn", x.nameEn)}
      {text("nameFr", x.nameFr)}
      <Field label={x.kind} {...fieldProps("kind")}>
        <Select value={values.kind} onChange={change("kind")}>
          {Object.entries(t.kind).map(([k, name]) => <option key={k} value={k}>{name}</option>)}
        </Select>
      </Field>
      <Field label={x.portfolio} {...fieldProps("portfolio")}>
        <Select value={values.portfolio} onChange={change("portfolio")}>
          {Object.entries(t.portfolio).map(([k, name]) => <option key={k} value={k}>{name}</option>)}
        </Select>
      </Field>
      {text("aliases", x.aliases, x.listHint, true)}
      {text("domains", x.domains, x.listHint, true)}
      <Field label={x.parent} className={styles.wide} {...fieldProps("parentId")}>
        <Select value={values.parentId} onChange={change("parentId")}>
          <option value="">{x.noParent}</option>
          {parents.map((p) => <option key={p.id} value={p.id}>{nameOf(p)}</option>)}
        </Select>
      </Field>
      {summary("summaryEn", x.summaryEn)}
      {summary("summaryFr", x.summaryFr)}
      <Field label={x.observerSince} {...fieldProps("observerSince")}>
        <Input type="date" value={values.observerSince} onChange={change("observerSince")} />
      </Field>
      <div />
      {text("memberships", x.memberships, x.listHint)}
      {text("conventions", x.conventions, x.listHint)}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>{editing ? t.save : x.create}</Button>
        {editing && <ArchivePartner id={partner.id} version={version} archived={current?.archived === true} t={t} onArchived={archived} />}
      </div>
      <div className={styles.wide} role="status" aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome === "saved" || outcome === "created" || outcome === "archived" ? "success" : outcome === "conflict" ? "warning" : "error"}>
            <MessageBarBody>{message[outcome]}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}
