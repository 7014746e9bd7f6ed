import "server-only";
// The outgoing mail server, configured by the operator: SMTP_URL (smtp://user:pass@host:587,
// or smtps:// for implicit TLS) and SMTP_FROM (the sender, e.g. 沈阳市统计局 <tjj@example.gov.cn>).
// Short timeouts: a reminder is sent while a person waits for the page.
import nodemailer from "nodemailer";
import { AppError } from "@/lib/errors";

export type MailerConfig = { url: string; from: string };

export function mailerConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MailerConfig | null {
  const url = env.SMTP_URL?.trim();
  const from = env.SMTP_FROM?.trim();
  return url && from ? { url, from } : null;
}

export function requireMailer(env: NodeJS.ProcessEnv = process.env): MailerConfig {
  const c = mailerConfigFromEnv(env);
  if (!c) {
    throw new AppError(
      "UNAVAILABLE",
      "未配置邮件服务器：请系统管理员设置 SMTP_URL 和 SMTP_FROM 后再催报。",
      "No mail server is configured: the administrator sets SMTP_URL and SMTP_FROM.",
    );
  }
  return c;
}

export type OutgoingMail = { to: string; subject: string; text: string };

/** Sends one message; resolves with the server's message id, rejects with its error. */
export async function sendMail(config: MailerConfig, mail: OutgoingMail): Promise<string> {
  const transport = nodemailer.createTransport(config.url, {
    from: config.from,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as object);
  try {
    const info = await transport.sendMail({ from: config.from, ...mail });
    return String(info.messageId ?? "");
  } finally {
    transport.close();
  }
}
