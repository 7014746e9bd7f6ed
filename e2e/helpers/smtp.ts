// A real SMTP server (smtp-server) that e2e specs start to receive the app's e-mail; the web
// server is told its port through SMTP_URL (playwright.config.ts). Messages are decoded by
// mailparser, as a mail client would.
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export const smtpPort = Number(process.env.E2E_PORT ?? 3100) + 25;

export type ReceivedMail = { to: string[]; subject: string; text: string };

export async function startMailbox(): Promise<{ inbox: ReceivedMail[]; close: () => Promise<void> }> {
  const inbox: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, done) {
      simpleParser(stream)
        .then((m) => inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: m.subject ?? "", text: m.text ?? "" }))
        .then(() => done(), done);
    },
  });
  await new Promise<void>((r) => server.listen(smtpPort, "127.0.0.1", r));
  return { inbox, close: () => new Promise<void>((r) => server.close(() => r())) };
}
