import { statusPage } from "./status-page";

// The text fields of a form posted to a page (a Server Action, with or without JavaScript) may
// not carry NUL or other control characters: nobody types them, PostgreSQL refuses NUL in text
// (which made every action that stores a field fail with an unhandled error), and the others
// hide in the pages and exports that show the text. Checked here, once, for every form post to
// a page (proxy.ts), not in each action. Tab, line feed and carriage return are text.
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL = CONTROL_CHARACTER;

/** The name of the first text field (or field name) with a control character, or null. */
export async function controlCharacterField(req: Request): Promise<string | null> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) return null;
  let form: FormData;
  try {
    form = await req.clone().formData();
  } catch {
    return null; // not readable as a form: Next answers it as it would
  }
  for (const [name, value] of form) if (CONTROL.test(name) || (typeof value === "string" && CONTROL.test(value))) return name;
  return null;
}

const escape = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, "?").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).slice(0, 100);

export function controlCharacterPage(pathname: string, field: string): Response {
  const name = escape(field);
  return statusPage({
    status: 400,
    pathname,
    text: {
      zh: { title: "表单内容无效", body: `字段“${name}”含有控制字符（如 NUL），无法保存。请删去后重新提交。` },
      en: { title: "Invalid form content", body: `The field "${name}" contains a control character (such as NUL) and cannot be saved. Remove it and submit again.` },
    },
    testId: "form-control-chars",
    next: "reload",
  });
}
