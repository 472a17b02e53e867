/** The national groupings of ODS files: the seven NHS England regions, and Wales. */

/** Region name by ODS national grouping code, as used since the 2020 regions. */
export const NATIONAL_GROUPINGS: Readonly<Record<string, string>> = {
  Y56: 'London',
  Y58: 'South West',
  Y59: 'South East',
  Y60: 'Midlands',
  Y61: 'East of England',
  Y62: 'North West',
  Y63: 'North East and Yorkshire',
  W00: 'Wales',
};

/** The name of a national grouping, or undefined for a code this table does not know. */
export const nationalGroupingName = (code: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(NATIONAL_GROUPINGS, code) ? NATIONAL_GROUPINGS[code] : undefined;
