// A real SMTP server (smtp-server) on a loopback port that tests start to receive the app's
// e-mail; messages are decoded by mailparser, as a mail client would. Port 0 picks a free one.
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; subject: string; text: string };

export async function startMailbox(port = 0): Promise<{ inbox: ReceivedMail[]; port: number; close: () => Promise<void> }> {
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
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  const bound = (server.server.address() as { port: number }).port;
  return { inbox, port: bound, close: () => new Promise<void>((r) => server.close(() => r())) };
}
