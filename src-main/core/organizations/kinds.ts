/** Kinds of organisation (organizations.kind CHECK of migration 1). */
export const ORGANIZATION_KINDS = [
  'party',
  'central',
  'ministry',
  'city',
  'city_agency',
  'so',
  'department',
  'commune',
  'school',
  'university',
  'centre',
  'enterprise',
  'collective',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
