import file from "./sample-items.json";

export interface SamplePerson {
  name: string;
  email: string;
}

export interface SampleItem {
  key: string;
  label: string;
  itemId: string;
  itemType: "appointment" | "message";
  iCalUid?: string;
  internetMessageId?: string;
  subject: string;
  dayOffset: number;
  startUtc: string;
  minutes: number;
  organizer?: SamplePerson;
  from?: SamplePerson;
  required?: SamplePerson[];
  optional?: SamplePerson[];
  to?: SamplePerson[];
  cc?: SamplePerson[];
}

export const samples = file.items as SampleItem[];
export const sampleUsers = file.users;

/** The same instant the service's DevelopmentOutlookItemSource computes: today (UTC) plus dayOffset, at startUtc. */
export function sampleStart(item: SampleItem): Date {
  const [hours, minutes] = item.startUtc.split(":").map(Number);
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + item.dayOffset, hours, minutes));
}
