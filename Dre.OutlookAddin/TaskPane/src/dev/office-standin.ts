import { type SampleItem, type SamplePerson, samples, sampleStart } from "./samples";

/*
 * A small stand-in for Office.js on the development page and in the browser tests: it simulates one Outlook item in
 * read mode, with just the members the task pane uses. The page's address chooses the item (?item=meeting|email),
 * a fresh copy of it (&copy=…, a new meeting or message that nobody logged yet), the display language (&lang=fr-FR)
 * the signed-in user (&user=, read by the pane's development sign-in) and a meeting moved in the calendar since it was
 * logged (&moved=minutes, later or earlier with a minus).
 */
const params = new URLSearchParams(location.search);
const sample: SampleItem = samples.find((s) => s.key === params.get("item")) ?? samples[0];
const copy = params.get("copy");

const recipient = (p: SamplePerson) => ({ displayName: p.name, emailAddress: p.email, recipientType: p.email.endsWith("@coe.int") ? "user" : "externalUser" });
const start = new Date(sampleStart(sample).getTime() + Number(params.get("moved") ?? 0) * 60_000);
const itemId = copy ? `${sample.itemId}~${copy}` : sample.itemId;
const item =
  sample.itemType === "appointment"
    ? {
        itemType: "appointment",
        itemId,
        subject: sample.subject,
        start,
        end: new Date(start.getTime() + sample.minutes * 60_000),
        organizer: sample.organizer && recipient(sample.organizer),
        requiredAttendees: (sample.required ?? []).map(recipient),
        optionalAttendees: (sample.optional ?? []).map(recipient),
        dateTimeCreated: new Date(start.getTime() - 7 * 86_400_000),
      }
    : {
        itemType: "message",
        itemId,
        subject: sample.subject,
        dateTimeCreated: start,
        from: sample.from && recipient(sample.from),
        to: (sample.to ?? []).map(recipient),
        cc: (sample.cc ?? []).map(recipient),
        internetMessageId: copy ? sample.internetMessageId?.replace("@", `-${copy}@`) : sample.internetMessageId,
      };

const ready = { host: "Outlook", platform: "OfficeOnline" };
const standIn = {
  onReady: (callback?: (info: typeof ready) => void) => {
    callback?.(ready);
    return Promise.resolve(ready);
  },
  context: {
    displayLanguage: params.get("lang") ?? "en-GB",
    // The pane signs in with the development issuer here, so nested app authentication is never asked for.
    requirements: { isSetSupported: () => false },
    mailbox: { item },
  },
};

(window as unknown as { Office: unknown }).Office = standIn;
