// The port of the SMTP server e2e specs start (lib/test/mailbox.ts); the web server is told it
// through SMTP_URL (playwright.config.ts).
import { startMailbox as start } from "../../lib/test/mailbox";

export const smtpPort = Number(process.env.E2E_PORT ?? 3100) + 25;

export const startMailbox = () => start(smtpPort);
