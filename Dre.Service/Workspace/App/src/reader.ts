import { useEffect, useState } from "react";
import { rolesOf } from "../../../../Dre.OutlookAddin/TaskPane/src/auth";
import { api, type Contact } from "./client";

/** Who reads the tab, from their token: only to hide what they may not do; the service checks every call again. */
export interface Reader {
  userId: string;
  email: string;
  officer: boolean;
  /** False when no token could be had: the shell then says sign-in failed. */
  signedIn: boolean;
}

const officerRoles = ["Dre.Officer", "Dre.Admin"];

export function readerOf(token: string): Reader {
  try {
    const claims = JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/"))) as { oid?: string; sub?: string; preferred_username?: string };
    return { userId: claims.oid ?? claims.sub ?? "", email: claims.preferred_username ?? "", officer: rolesOf(token).some((r) => officerRoles.includes(r)), signedIn: true };
  } catch {
    return { userId: "", email: "", officer: false, signedIn: true };
  }
}

export function useReader(): Reader | null {
  const [reader, setReader] = useState<Reader | null>(null);
  useEffect(() => {
    api.token().then((t) => setReader(readerOf(t)), () => setReader({ userId: "", email: "", officer: false, signedIn: false }));
  }, []);
  return reader;
}

const same = (a: string | null | undefined, b: string) => !!a && a.toLowerCase() === b.toLowerCase();

/** The service's rules (ContactService, ContactDeletions): officers and loggers delete; attendees may also edit. */
export const mayDelete = (reader: Reader, contact: Contact): boolean => reader.officer || contact.loggers.some((l) => same(l.userId, reader.userId));

export const mayEdit = (reader: Reader, contact: Contact): boolean =>
  mayDelete(reader, contact) || contact.coeParticipants.some((p) => same(p.email, reader.email));
