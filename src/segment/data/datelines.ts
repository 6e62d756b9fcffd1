/**
 * Words for reading datelines ("SEOUL, Oct. 31 (Yonhap) --", "BEIJING —", "NEW DELHI:"), upper case.
 * The shapes themselves are in `../dateline.ts`.
 */
import { WORLD } from '../../actors/data/world.js';

/**
 * Upper-case words that open a first body line before a dash without being a place: "UPDATE — ...",
 * "EXCLUSIVE — ...". A dash with neither date nor agency makes a dateline of any other upper-case word.
 */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  'ALERT',
  'ANALYSIS',
  'BREAKING',
  'BREAKING NEWS',
  'BULLETIN',
  'CLARIFICATION',
  'COMMENTARY',
  'CORRECTION',
  'EDITORIAL',
  'EXCLUSIVE',
  'EXPLAINER',
  'FACT CHECK',
  'FEATURE',
  'FLASH',
  'INTERVIEW',
  'LIVE',
  'NEWS',
  'NOTE',
  'OPINION',
  'PHOTO',
  'PHOTOS',
  'REVIEW',
  'SPONSORED',
  'UPDATE',
  'UPDATED',
  'URGENT',
  'VIDEO',
  'WATCH',
]);

/**
 * Places that the colon form ("NEW DELHI: ...", "ISLAMABAD: ...", the style of the South Asian press) may
 * name: with no date or agency, only a known place tells a dateline from a lead-in in capitals
 * ("REBALANCING TRADE WITH CHINA: ..."). Every capital of the world gazetteer, and the cities the press
 * datelines most that are not capitals.
 */
const CITIES = [
  'AHMEDABAD',
  'BENGALURU',
  'BANGALORE',
  'BUSAN',
  'CHANDIGARH',
  'CHENNAI',
  'CHICAGO',
  'DUBAI',
  'GENEVA',
  'GUANGZHOU',
  'HONG KONG',
  'HYDERABAD',
  'ISTANBUL',
  'JAIPUR',
  'JAMMU',
  'KARACHI',
  'KOLKATA',
  'LAHORE',
  'LOS ANGELES',
  'LUCKNOW',
  'MELBOURNE',
  'MUMBAI',
  'NEW YORK',
  'OSAKA',
  'PESHAWAR',
  'PUNE',
  'QUETTA',
  'RAWALPINDI',
  'SAN FRANCISCO',
  'SHANGHAI',
  'SHENZHEN',
  'SRINAGAR',
  'ST. PETERSBURG',
  'SYDNEY',
  'UNITED NATIONS',
  'WASHINGTON',
];

let known: ReadonlySet<string> | undefined;

/** Is `city` (upper case, as written) a place the colon form may name? */
export function isKnownPlace(city: string): boolean {
  if (known === undefined) {
    const all = new Set(CITIES);
    for (const line of WORLD) {
      for (const capital of (line.split('|')[5] ?? '').split(';')) if (capital) all.add(capital.toUpperCase());
    }
    known = all;
  }
  return known.has(city);
}
