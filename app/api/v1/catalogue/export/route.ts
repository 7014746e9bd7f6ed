import { requireApi } from "@/lib/auth/api-auth";
import { catalogueCsv, catalogueXlsx } from "@/lib/catalogue/export-catalogue";
import { csvResponse } from "@/lib/export/csv";
import { apiError } from "@/lib/http/api-response";
import { beijingDate } from "@/lib/schedule/clock";

/** GET ?format=csv|xlsx: the whole catalogue in the import's columns, for admins. */
export async function GET(req: Request) {
  const auth = await requireApi(req, "catalogue:manage");
  if (auth instanceof Response) return auth;
  const format = new URL(req.url).searchParams.get("format") ?? "csv";
  const name = `indicators-${beijingDate(new Date())}`;
  if (format === "csv") return csvResponse(await catalogueCsv(), `${name}.csv`, { "Cache-Control": "no-store" });
  if (format === "xlsx") {
    return new Response(new Uint8Array(await catalogueXlsx()), {
      headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": `attachment; filename="${name}.xlsx"`, "Cache-Control": "no-store" },
    });
  }
  return apiError(400, "invalid_format", "format 须为 csv 或 xlsx / format must be csv or xlsx");
}
