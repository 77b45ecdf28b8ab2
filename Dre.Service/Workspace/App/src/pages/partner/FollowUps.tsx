import { Badge, Button, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import { api, type OpenFollowUp } from "../../client";
import type { Language, Texts } from "../../locales";
import { dateText, useListStyles } from "./common";

/** Due before today (the reader's calendar day). */
export const isOverdue = (f: OpenFollowUp, today: Date): boolean => !!f.due && f.due.slice(0, 10) < today.toISOString().slice(0, 10);

/** Open follow-ups, the overdue ones first and marked, each completed from here. */
export function FollowUps({ followUps, today, onCompleted, language, t }: { followUps: OpenFollowUp[]; today: Date; onCompleted: () => void; language: Language; t: Texts }) {
  const [busy, setBusy] = useState<string | null>(null);
  const lists = useListStyles();
  const ordered = [...followUps].sort((a, b) => Number(isOverdue(b, today)) - Number(isOverdue(a, today)) || (a.due ?? "9").localeCompare(b.due ?? "9"));
  const complete = async (contactId: string, followUpId: string) => {
    setBusy(followUpId);
    try {
      await api.post(`/api/contacts/${encodeURIComponent(contactId)}/follow-ups/${encodeURIComponent(followUpId)}/complete`, {});
      onCompleted();
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Subtitle2 as="h3">{t.openFollowUps}</Subtitle2>
      {ordered.length === 0 ? <Text>{t.noFollowUps}</Text> : (
        <ul className={lists.list} aria-label={t.openFollowUps}>
          {ordered.map((f) => (
            <li key={f.followUpId}>
              {isOverdue(f, today) && <><Badge color="danger">{t.overdue}</Badge>{" "}</>}
              <Text>{f.text}</Text>
              {f.ownerName && <Text size={200}> · {f.ownerName}</Text>}
              {f.due && <Text size={200}> · {t.due} {dateText(f.due, language)}</Text>}{" "}
              <Button size="small" disabled={busy === f.followUpId} onClick={() => void complete(f.contactId, f.followUpId)} aria-label={`${t.complete}: ${f.text}`}>
                {t.complete}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
