import { Subtitle2, Text } from "@fluentui/react-components";
import { api, type AuditEntry } from "../client";
import type { Language, Texts } from "../locales";
import { useLoad } from "../useLoad";
import { Status } from "./Status";

const isText = (value: unknown): value is string => typeof value === "string";

// Lists of texts (aliases, domains, topics) read as lists; a name in both languages as both.
const shown = (value: unknown): string => {
  if (value === null || value === undefined) return "—";
  if (isText(value)) return value;
  if (Array.isArray(value) && value.every(isText)) return value.join(", ");
  if (typeof value === "object" && isText((value as { en?: unknown }).en) && isText((value as { fr?: unknown }).fr)) {
    const { en, fr } = value as { en: string; fr: string };
    return `${en} / ${fr}`;
  }
  return JSON.stringify(value);
};

/**
 * Who changed what and when, field by field, as the service renders it for this reader (a restricted change names its
 * fields only): a contact's or a partner's. The creation shows no values, which the page shows already.
 */
export function History({ path, fields, actions, created, language, t }: {
  path: string; fields: Record<string, string>; actions: Record<string, string>; created: string; language: Language; t: Texts;
}) {
  const [load] = useLoad(() => api.get<AuditEntry[]>(path), [path]);
  const field = (name: string) => fields[name] ?? name;
  const when = (iso: string) => new Date(iso).toLocaleString(language === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="history-title">
      <Subtitle2 as="h3" id="history-title">{t.history}</Subtitle2>
      {load.state !== "ready" ? <Status load={load} t={t} /> : load.value.length === 0 ? <Text>{t.noHistory}</Text> : (
        <ol aria-label={t.history}>
          {load.value.map((e, i) => (
            <li key={i}>
              <Text weight="semibold">{when(e.at)} · {e.actor.name} · {actions[e.action] ?? e.action}</Text>
              {e.purged ? <Text> · {t.purgedChange}</Text> : e.hidden ? <Text> · {t.hiddenChange}: {e.changes.map((c) => field(c.field)).join(", ")}</Text> : e.action !== created && (
                <ul>
                  {e.changes.map((c) => <li key={c.field}>{field(c.field)}: {shown(c.before)} → {shown(c.after)}</li>)}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
