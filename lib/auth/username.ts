// One spelling per account name. A name typed with a Chinese input method in full-width mode
// (ａｄｍｉｎ), with the ideographic space around it, in capitals or with an invisible
// zero-width character is the same account: sign-in looks it up, and the sign-in throttle
// counts its failures, under this one form — so no variant opens a fresh throttle bucket.

/** NFKC (full-width → ASCII), no format characters (zero-width space, joiners), trimmed, lower case. */
export function canonicalUsername(typed: string): string {
  return typed.normalize("NFKC").replace(/\p{Cf}/gu, "").trim().toLowerCase();
}
