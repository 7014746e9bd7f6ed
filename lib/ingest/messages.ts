// Renders a stable code + parameters into the user's language.
import { EN } from "./messages-en";
import { ZH, type MsgParams } from "./messages-zh";
import type { Locale } from "./types";

export type MessageCode = keyof typeof ZH;
export type { MsgParams };

export function message(locale: Locale, code: MessageCode, params: MsgParams = {}): string {
  return (locale === "en" ? EN : ZH)[code](params);
}
