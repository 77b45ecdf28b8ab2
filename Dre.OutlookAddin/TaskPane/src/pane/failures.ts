import type { ApiFailure } from "../api";
import { slotOf } from "../form/fields";
import type { Translate } from "../i18n";

export interface BannerAction {
  label: string;
  run: () => void;
}

/** What a failed call means for the person, and what they can do about it. */
export function explain(t: Translate, failure: ApiFailure, retry: () => void, signInAgain: () => void): { text: string; action?: BannerAction } {
  switch (failure.kind) {
    case "offline":
      return { text: t("errorOffline"), action: { label: t("retry"), run: retry } };
    case "network":
      return { text: t("errorNetwork"), action: { label: t("retry"), run: retry } };
    case "signedOut":
      return { text: t("errorSignedOut"), action: { label: t("signIn"), run: signInAgain } };
    case "forbidden":
      return { text: t("errorForbidden") };
    case "tooLarge":
      return { text: t("errorTooLarge") };
    case "validation": {
      const unplaced = Object.entries(failure.fieldErrors)
        .filter(([field]) => !slotOf(field))
        .flatMap(([, messages]) => messages);
      return { text: [t("fieldsInvalid"), ...unplaced].join(" ") };
    }
    default:
      return { text: t("errorServer", { status: failure.status }), action: { label: t("retry"), run: retry } };
  }
}
