import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Text } from "@fluentui/react-components";
import { useState } from "react";
import { ApiFailure } from "../../../../../../Dre.OutlookAddin/TaskPane/src/api";
import { api } from "../../client";
import type { Texts } from "../../locales";
import type { DirectoryPartner } from "./partnerValues";

/**
 * Archive, after a confirmation; sent with the version read, so that a partner changed meanwhile is not archived unseen.
 * Once archived the button is disabled, not the dialog unmounted: unmounting it while it closes would leave the page hidden from screen readers.
 */
export function ArchivePartner({ id, version, archived, t, onArchived }: { id: string; version: string; archived: boolean; t: Texts; onArchived: (p: DirectoryPartner, etag: string | null) => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const x = t.admin;
  const archive = async () => {
    setFailure(null);
    try {
      const stored = await api.post<DirectoryPartner>(`/api/partners/${encodeURIComponent(id)}/archive`, undefined, version);
      if (stored.body) onArchived(stored.body, stored.etag);
    } catch (e) {
      const kind = e instanceof ApiFailure ? e.kind : "server";
      setFailure(kind === "conflict" ? x.conflict : kind === "forbidden" ? x.forbidden : t.failed);
    }
  };

  return (
    <>
      <Dialog modalType="alert">
        <DialogTrigger disableButtonEnhancement>
          <Button disabled={archived}>{x.archive}</Button>
        </DialogTrigger>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{x.archiveTitle}</DialogTitle>
            <DialogContent>{x.archiveText}</DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">{x.cancel}</Button>
              </DialogTrigger>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="primary" onClick={() => void archive()}>{x.archive}</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {failure && <Text role="alert">{failure}</Text>}
    </>
  );
}
