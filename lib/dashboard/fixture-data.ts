// A consistent quarter of data around the test catalogue (lib/dashboard/test-fixtures.ts).
import { CITY, coreCatalogue, obs } from "./test-fixtures";
import type { DashObs } from "./observations";

export function coreData() {
  const c = coreCatalogue();
  const o: DashObs[] = [];
  const ytd: [string, string][] = [["2024Q1", "100"], ["2024Q2", "210"], ["2024Q3", "330"], ["2024Q4", "460"], ["2025Q1", "110"], ["2025Q2", "232"], ["2025Q3", "360.5"]];
  for (const [p, v] of ytd) o.push(obs(c.de001, CITY, p, v));
  o.push(obs(c.de004, CITY, "2024Q3", "110"), obs(c.de004, CITY, "2025Q3", "120.5"));
  o.push(obs(c.de006, CITY, "2024Q3", "220"), obs(c.de006, CITY, "2025Q3", "240"));
  o.push(obs(c.de002, CITY, "2024Q3", "7.0"), obs(c.de002, CITY, "2025Q3", "8.6"));
  o.push(obs(c.gdp, CITY, "2024Q3", "5000"), obs(c.gdp, CITY, "2025Q3", "5200"));
  o.push(obs(c.de003, CITY, "2024Q3", "6.6"), obs(c.de003, CITY, "2025Q3", "6.93"));
  for (const [r, ly, now] of [["210102", "90", "100"], ["210103", "70", "60.5"], ["210112", "170", "200"]]) {
    o.push(obs(c.de001, r, "2024Q3", ly), obs(c.de001, r, "2025Q3", now));
  }
  o.push(obs(c.de002, "210112", "2025Q3", "15.2"));
  o.push(obs(c.de024, CITY, "2024M09", "1000"), obs(c.de024, CITY, "2025M08", "1180"), obs(c.de024, CITY, "2025M09", "1200"));
  o.push(obs(c.de032, CITY, "2024Q3", "500"), obs(c.de032, CITY, "2025Q2", "480"), obs(c.de032, CITY, "2025Q3", "470"));
  return { c, o };
}
