// Response schema of /api/v1/releases: the calendar, never the values.
import { z } from "zod";
import { apiComponent } from "./common";

export const ZReleaseStatus = z
  .enum(["released", "scheduled", "cancelled"])
  .meta({ description: "released: its time has passed; scheduled: upcoming; cancelled: withdrawn from the calendar." });

export const ZRelease = apiComponent(
  "Release",
  z.object({
    id: z.number().int(),
    titleZh: z.string(),
    titleEn: z.string().nullable(),
    period: z.string().nullable().meta({ description: "The period the release reports, e.g. 2025Q3." }),
    releaseAt: z.iso.datetime(),
    status: ZReleaseStatus,
    indicators: z.array(z.string()).meta({ description: "Codes of the indicators the release covers." }),
    moves: z.array(z.object({ fromAt: z.iso.datetime(), toAt: z.iso.datetime(), reason: z.string() })).meta({ description: "Announced changes of the release time." }),
    isDemo: z.boolean(),
  }),
);
export type TRelease = z.infer<typeof ZRelease>;

export const ZReleaseList = apiComponent("ReleaseList", z.object({ data: z.array(ZRelease) }));
export type TReleaseList = z.infer<typeof ZReleaseList>;
