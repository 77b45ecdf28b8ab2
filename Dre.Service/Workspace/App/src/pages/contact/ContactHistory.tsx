import { Subtitle2, Text } from "@fluentui/react-components";
import { api, type AuditEntry } from "../../client";
import type { Language, Texts } from "../../locales";
import { useLoad } from "../../useLoad";
import { Status } from "../Status";

const shown = (value: unknown) => (value === null || value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value));

/**
 * Who changed what and when, as the service renders it for this reader (a restricted change names its fields only);
 * the creation shows no values, which the page shows already.
 */
export function ContactHistory({ id, language, t }: { id: string; language: Language; t: Texts }) {
  const [load] = useLoad(() => api.get<AuditEntry[]>(`/api/contacts/${encodeURIComponent(id)}/history`), [id]);
  const field = (name: string) => t.fields[name] ?? name;
  const when = (iso: string) => new Date(iso).toLocaleString(language === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="history-title">
      <Subtitle2 as="h3" id="history-title">{t.history}</Subtitle2>
      {load.state !== "ready" ? <Status load={load} t={t} /> : load.value.length === 0 ? <Text>{t.noHistory}</Text> : (
        <ol aria-label={t.history}>
          {load.value.map((e, i) => (
            <li key={i}>
              <Text weight="semibold">{when(e.at)} · {e.actor.name} · {t.actions[e.action] ?? e.action}</Text>
              {e.purged ? <Text> · {t.purgedChange}</Text> : e.hidden ? <Text> · {t.hiddenChange}: {e.changes.map((c) => field(c.field)).join(", ")}</Text> : e.action !== "created" && (
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
