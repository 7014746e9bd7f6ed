import "server-only";
import { getLocale } from "next-intl/server";

// A field the page itself fills in (a hidden id, an operation) that arrives wrong was changed
// on the way: the form answers which field, in the user's language, and changes nothing.
export async function badFieldState(name: string): Promise<{ ok: false; message: string }> {
  const en = (await getLocale()) === "en";
  return { ok: false, message: en ? `The form field "${name}" is invalid; reload the page and try again.` : `表单字段“${name}”无效，请刷新页面后重试。` };
}
