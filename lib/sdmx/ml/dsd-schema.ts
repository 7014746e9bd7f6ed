// The XML Schema specific to our data structure and an observation dimension, derived by
// restriction from the SDMX-ML 2.1 structure-specific base types (what an SDMX registry's
// schema query answers). Structure-specific data name their data set type in it
// (xsi:type="ns1:DataSetType"), so a validator needs it beside SDMXMessage.xsd.
import { SDMX_NS } from "../ids";
import { dsdNamespace, layout } from "./data-xml";

const REQUIRED = new Set(["FREQ", "INDICATOR", "REF_AREA", "MEASURE", "TIME_PERIOD"]);

function attributeDecls(ids: string[]): string {
  return ids
    .map((id) => {
      if (id === "TIME_PERIOD") return `<xs:attribute name="TIME_PERIOD" type="common:ObservationalTimePeriodType" use="required"/>`;
      // the decimal lexical space as a pattern: computed growth rates carry up to 40 digits,
      // beyond what libxml2's xs:decimal holds (about 24)
      if (id === "OBS_VALUE") return `<xs:attribute name="OBS_VALUE" use="optional"><xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="-?[0-9]+(\\.[0-9]+)?"/></xs:restriction></xs:simpleType></xs:attribute>`;
      if (id === "COMPUTED") return `<xs:attribute name="COMPUTED" type="xs:boolean" use="optional"/>`;
      if (id === "OBS_COMMENT") return `<xs:attribute name="OBS_COMMENT" type="xs:string" use="optional"/>`;
      return `<xs:attribute name="${id}" type="common:IDType" use="${REQUIRED.has(id) ? "required" : "optional"}"/>`;
    })
    .join("");
}

/** `messageXsd`: where SDMXMessage.xsd is, to import the base types from. */
export function dsdSchema(dimensionAtObservation: string, xsdDir: string): string {
  const { series, obs } = layout(dimensionAtObservation);
  const flat = !series.length;
  const loc = (f: string) => `${xsdDir.replace(/\/$/, "")}/${f}`;
  const prohibitedInObs = flat ? "" : `<xs:attribute name="TIME_PERIOD" type="common:ObservationalTimePeriodType" use="prohibited"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="${dsdNamespace(dimensionAtObservation)}" xmlns="${dsdNamespace(dimensionAtObservation)}" xmlns:ss="${SDMX_NS.ss}" xmlns:common="${SDMX_NS.common}" elementFormDefault="unqualified" attributeFormDefault="unqualified">
<xs:import namespace="${SDMX_NS.message}" schemaLocation="${loc("SDMXMessage.xsd")}"/>
<xs:import namespace="${SDMX_NS.ss}" schemaLocation="${loc("SDMXDataStructureSpecific.xsd")}"/>
<xs:import namespace="${SDMX_NS.common}" schemaLocation="${loc("SDMXCommon.xsd")}"/>
<xs:complexType name="DataSetType"><xs:complexContent><xs:restriction base="ss:DataSetType"><xs:sequence>
<xs:element ref="common:Annotations" minOccurs="0"/>
<xs:element name="DataProvider" type="common:DataProviderReferenceType" form="unqualified" minOccurs="0"/>
${flat ? `<xs:element name="Obs" type="ObsType" form="unqualified" minOccurs="0" maxOccurs="unbounded"/>` : `<xs:element name="Series" type="SeriesType" form="unqualified" minOccurs="0" maxOccurs="unbounded"/>`}
</xs:sequence><xs:attribute name="REPORTING_YEAR_START_DAY" type="xs:gMonthDay" use="prohibited"/></xs:restriction></xs:complexContent></xs:complexType>
${flat ? "" : `<xs:complexType name="SeriesType"><xs:complexContent><xs:restriction base="ss:SeriesType"><xs:sequence>
<xs:element ref="common:Annotations" minOccurs="0"/>
<xs:element name="Obs" type="ObsType" form="unqualified" maxOccurs="unbounded"/>
</xs:sequence><xs:attribute name="REPORTING_YEAR_START_DAY" type="xs:gMonthDay" use="prohibited"/>${attributeDecls(series.filter((s) => s !== "TIME_PERIOD"))}${series.includes("TIME_PERIOD") ? `<xs:attribute name="TIME_PERIOD" type="common:ObservationalTimePeriodType" use="required"/>` : `<xs:attribute name="TIME_PERIOD" type="common:ObservationalTimePeriodType" use="prohibited"/>`}</xs:restriction></xs:complexContent></xs:complexType>`}
<xs:complexType name="ObsType"><xs:complexContent><xs:restriction base="ss:ObsType"><xs:sequence><xs:element ref="common:Annotations" minOccurs="0"/></xs:sequence>
<xs:attribute name="type" type="common:IDType" use="prohibited"/><xs:attribute name="REPORTING_YEAR_START_DAY" type="xs:gMonthDay" use="prohibited"/>${obs.includes("TIME_PERIOD") ? "" : prohibitedInObs}${attributeDecls(obs)}</xs:restriction></xs:complexContent></xs:complexType>
</xs:schema>
`;
}
