/**
 * What ACLED and UCDP GED write about a country that Sitrep's party codes do not
 * carry: the numeric ISO 3166-1 code (ACLED's `iso`), ACLED's region and UCDP's
 * region. One row per country of the gazetteer (libs/extraction/src/gazetteer/
 * places.countries.ts); a country outside it exports with these columns empty
 * rather than guessed.
 */
export interface CountryRegions {
  isoNumeric: number;
  acledRegion: AcledRegion;
  gedRegion: GedRegion;
}

export type AcledRegion =
  | 'Caucasus and Central Asia'
  | 'Middle East'
  | 'Europe'
  | 'North America'
  | 'East Asia'
  | 'Northern Africa'
  | 'Eastern Africa'
  | 'Middle Africa';

export type GedRegion = 'Europe' | 'Middle East' | 'Asia' | 'Africa' | 'Americas';

const row = (isoNumeric: number, acledRegion: AcledRegion, gedRegion: GedRegion): CountryRegions => ({
  isoNumeric,
  acledRegion,
  gedRegion,
});

export const COUNTRY_REGIONS: Readonly<Record<string, CountryRegions>> = {
  AM: row(51, 'Caucasus and Central Asia', 'Europe'),
  AZ: row(31, 'Caucasus and Central Asia', 'Europe'),
  GE: row(268, 'Caucasus and Central Asia', 'Europe'),
  KZ: row(398, 'Caucasus and Central Asia', 'Asia'),
  KG: row(417, 'Caucasus and Central Asia', 'Asia'),
  TJ: row(762, 'Caucasus and Central Asia', 'Asia'),
  UZ: row(860, 'Caucasus and Central Asia', 'Asia'),
  TR: row(792, 'Middle East', 'Europe'),
  IR: row(364, 'Middle East', 'Middle East'),
  LB: row(422, 'Middle East', 'Middle East'),
  IL: row(376, 'Middle East', 'Middle East'),
  PS: row(275, 'Middle East', 'Middle East'),
  SY: row(760, 'Middle East', 'Middle East'),
  JO: row(400, 'Middle East', 'Middle East'),
  IQ: row(368, 'Middle East', 'Middle East'),
  YE: row(887, 'Middle East', 'Middle East'),
  SA: row(682, 'Middle East', 'Middle East'),
  AE: row(784, 'Middle East', 'Middle East'),
  QA: row(634, 'Middle East', 'Middle East'),
  OM: row(512, 'Middle East', 'Middle East'),
  KW: row(414, 'Middle East', 'Middle East'),
  EG: row(818, 'Northern Africa', 'Middle East'),
  LY: row(434, 'Northern Africa', 'Africa'),
  SD: row(729, 'Northern Africa', 'Africa'),
  SS: row(728, 'Eastern Africa', 'Africa'),
  ET: row(231, 'Eastern Africa', 'Africa'),
  TD: row(148, 'Middle Africa', 'Africa'),
  RU: row(643, 'Europe', 'Europe'),
  UA: row(804, 'Europe', 'Europe'),
  BY: row(112, 'Europe', 'Europe'),
  FR: row(250, 'Europe', 'Europe'),
  BE: row(56, 'Europe', 'Europe'),
  CH: row(756, 'Europe', 'Europe'),
  AT: row(40, 'Europe', 'Europe'),
  CZ: row(203, 'Europe', 'Europe'),
  DE: row(276, 'Europe', 'Europe'),
  GB: row(826, 'Europe', 'Europe'),
  IT: row(380, 'Europe', 'Europe'),
  US: row(840, 'North America', 'Americas'),
  CN: row(156, 'East Asia', 'Asia'),
};

export const regionsOf = (country: string | null): CountryRegions | null => (country ? (COUNTRY_REGIONS[country] ?? null) : null);
