import "server-only";
// The SDMX structures, built once from the open API's catalogue and kept as long as it is (a
// catalogue edit bumps the public version, so the codelists follow it).
import { cachedApiCatalogue, type ApiCatalogue } from "@/lib/open-api/catalogue/load-catalogue";
import { catalogueCached } from "@/lib/public/cache";
import { buildStructures, type SdmxStructures } from "./structure/model";

export async function sdmxCatalogue(): Promise<{ cat: ApiCatalogue; structures: SdmxStructures }> {
  const cat = await cachedApiCatalogue();
  const structures = await catalogueCached("sdmx:structures", async () => buildStructures(cat.indicators, [...cat.regions.values()]));
  return { cat, structures };
}
