/** What the pane needs from the Outlook item, read through Office.js (or the development stand-in). */
export interface OutlookPerson {
  name: string;
  email: string;
}

export interface OutlookItem {
  itemId: string;
  type: "appointment" | "message";
  subject: string;
  start?: Date;
  end?: Date;
  internetMessageId?: string;
  people: OutlookPerson[];
}

type Recipient = { displayName?: string; emailAddress?: string } | undefined;

// In read mode these are plain values; compose mode (not used by this pane) would give async getters instead.
interface ReadItem {
  itemType: string;
  itemId?: string;
  subject?: string;
  start?: Date | string;
  end?: Date | string;
  dateTimeCreated?: Date | string;
  internetMessageId?: string;
  organizer?: Recipient;
  from?: Recipient;
  requiredAttendees?: Recipient[];
  optionalAttendees?: Recipient[];
  to?: Recipient[];
  cc?: Recipient[];
}

export function readOutlookItem(office: typeof Office): OutlookItem | undefined {
  const item = office.context.mailbox?.item as unknown as ReadItem | undefined;
  if (!item || !item.itemId) return undefined;
  const type = item.itemType === "appointment" ? "appointment" : "message";
  const people =
    type === "appointment"
      ? [item.organizer, ...(item.requiredAttendees ?? []), ...(item.optionalAttendees ?? [])]
      : [item.from, ...(item.to ?? []), ...(item.cc ?? [])];
  return {
    itemId: item.itemId,
    type,
    subject: item.subject ?? "",
    start: toDate(type === "appointment" ? item.start : item.dateTimeCreated),
    end: type === "appointment" ? toDate(item.end) : undefined,
    internetMessageId: type === "message" ? item.internetMessageId || undefined : undefined,
    people: distinct(people),
  };
}

function toDate(value: Date | string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function distinct(people: Recipient[]): OutlookPerson[] {
  const seen = new Set<string>();
  const result: OutlookPerson[] = [];
  for (const person of people) {
    const email = person?.emailAddress?.trim();
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    result.push({ name: person?.displayName?.trim() || email, email });
  }
  return result;
}
