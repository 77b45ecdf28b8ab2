import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Texts } from "../../locales";
import { useReader } from "../../reader";

/**
 * An administration page: its title, then its content for DRE officers; staff who land on it are told who does this
 * (the service refuses them anyway).
 */
export function OfficersOnly({ id, title, refusal, t, children }: { id: string; title: string; refusal: string; t: Texts; children: ReactNode }) {
  const reader = useReader();
  if (!reader) return <Spinner label={t.loading} />;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {reader.officer ? children : <MessageBar intent="warning"><MessageBarBody>{refusal}</MessageBarBody></MessageBar>}
    </section>
  );
}
