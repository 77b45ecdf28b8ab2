import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { Texts } from "../locales";
import type { Load } from "../useLoad";

/** What a page shows while its read is not ready: a spinner, not found, or why it failed. */
export function Status({ load, t }: { load: Load<unknown>; t: Texts }) {
  if (load.state === "loading") return <Spinner label={t.loading} />;
  const text = load.state === "missing" ? t.notFound : load.state === "failed" && load.failure.kind === "signedOut" ? t.signedOut : t.failed;
  return (
    <MessageBar intent={load.state === "missing" ? "warning" : "error"}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
