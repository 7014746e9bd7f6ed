// The licence of the released data, stated in the OpenAPI document, near the downloads of
// every public data page and in every download (body metadata where the format has room, and
// a Link rel="license" header on every data answer). Configurable for the deployment:
// DATA_LICENSE_NAME / DATA_LICENSE_URL; the default is an open-data licence that allows reuse,
// commercial or not, with attribution (CC BY 4.0).
export type DataLicense = { name: string; url: string; attribution: { zh: string; en: string } };

export const DEFAULT_LICENSE = { name: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" };

export function dataLicense(env: Record<string, string | undefined> = process.env): DataLicense {
  const name = env.DATA_LICENSE_NAME?.trim() || DEFAULT_LICENSE.name;
  // a licence of the deployment's own needs its own address; the default's is known
  const url = env.DATA_LICENSE_URL?.trim() || (name === DEFAULT_LICENSE.name ? DEFAULT_LICENSE.url : "");
  return {
    name,
    url,
    attribution: {
      zh: `数据可自由复制、使用和再发布（含商业用途），须注明来源：沈阳市统计局。许可：${name}`,
      en: `The data may be copied, used and redistributed, commercially or not, with attribution: "Source: Shenyang Municipal Bureau of Statistics". Licence: ${name}`,
    },
  };
}

/** The header that names the licence of a data answer (RFC 8288). */
export function licenseLinkHeader(l: DataLicense = dataLicense()): Record<string, string> {
  return l.url ? { Link: `<${l.url}>; rel="license"` } : {};
}
