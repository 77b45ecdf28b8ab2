import type { Contact } from "../model";
import type { OutlookItem } from "../office-item";

/** As long as a contact may last (the service's ContactLimits.LongestContact): past that, nobody is asked whether it was held. */
const longestContactMs = 14 * 86_400_000;

/**
 * What a logged contact offers, as the bot's card does: one still ahead is moved or cancelled, one whose time has come
 * (within a contact's longest length) is marked held; held and cancelled ones offer nothing more.
 */
export type PlanPhase = "planned" | "due" | "held" | "cancelled" | "none";

export function phaseOf(contact: Contact, now: Date): PlanPhase {
  if (contact.status === "held" || contact.status === "cancelled") return contact.status;
  const start = new Date(contact.start).getTime();
  if (start > now.getTime()) return "planned";
  return now.getTime() - start <= longestContactMs ? "due" : "none";
}

/** The meeting's start in Outlook when it is no longer the contact's: the meeting was moved in the calendar. */
export function movedStart(item: OutlookItem, contact: Contact): Date | undefined {
  if (item.type !== "appointment" || !item.start) return undefined;
  return item.start.getTime() === new Date(contact.start).getTime() ? undefined : item.start;
}
