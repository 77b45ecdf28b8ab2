import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { ApiFailure } from "../../../../../../Dre.OutlookAddin/TaskPane/src/api";
import { api, type Contact } from "../../client";
import type { Texts } from "../../locales";

/** Delete, after a confirmation; sent with the version read, so that a contact changed meanwhile is not deleted unseen. */
export function DeleteContact({ contact, version, deleted, onDeleted, t }: { contact: Contact; version: string; deleted: boolean; onDeleted: () => void; t: Texts }) {
  const [failure, setFailure] = useState<string | null>(null);
  const remove = async () => {
    try {
      await api.delete(`/api/contacts/${encodeURIComponent(contact.id)}`, version);
      onDeleted();
    } catch (e) {
      setFailure(e instanceof ApiFailure && e.kind === "conflict" ? t.conflict : e instanceof ApiFailure && e.kind === "forbidden" ? t.forbidden : t.failed);
    }
  };

  const surface = (
    <DialogSurface key="surface">
      <DialogBody>
        <DialogTitle>{t.deleteTitle}</DialogTitle>
        <DialogContent>{t.deleteText}</DialogContent>
        <DialogActions>
          <DialogTrigger disableButtonEnhancement>
            <Button appearance="secondary">{t.cancel}</Button>
          </DialogTrigger>
          <DialogTrigger disableButtonEnhancement>
            <Button appearance="primary" onClick={() => void remove()}>{t.delete}</Button>
          </DialogTrigger>
        </DialogActions>
      </DialogBody>
    </DialogSurface>
  );
  // Once deleted, the button is not rendered rather than `hidden`: Fluent's button style sets its display, which the
  // attribute loses to. The dialog itself stays, so that it closes as it would.
  const trigger = (
    <DialogTrigger key="trigger" disableButtonEnhancement>
      <Button>{t.delete}</Button>
    </DialogTrigger>
  );

  return (
    <div>
      <Dialog modalType="alert">{deleted ? surface : [trigger, surface]}</Dialog>
      {failure && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
