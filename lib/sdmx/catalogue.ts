import "server-only";
// The SDMX structures of the current epoch, built once from the open API's catalogue (a
// catalogue edit bumps the epoch, so the codelists follow it).
import { cachedApiCatalogue, type ApiCatalogue } from "@/lib/open-api/catalogue/load-catalogue";
import { publicCached } from "@/lib/public/cache";
import { buildStructures, type SdmxStructures } from "./structure/model";

export async function sdmxCatalogue(): Promise<{ cat: ApiCatalogue; structures: SdmxStructures }> {
  const cat = await cachedApiCatalogue();
  const structures = await publicCached("sdmx:structures", async () => buildStructures(cat.indicators, [...cat.regions.values()]));
  return { cat, structures };
}
