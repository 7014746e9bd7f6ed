import { answerIndicator } from "@/lib/open-api/indicators/answer-indicators";
import { publicOptions, servePublicGet } from "@/lib/open-api/public-get";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ code: string }> };

/** GET: one indicator with its metadata, methodology notes, latest period and next release. */
export async function GET(req: Request, { params }: Params) {
  const { code } = await params;
  return servePublicGet(req, (ctx) => answerIndicator(ctx, code));
}

export const OPTIONS = publicOptions;
