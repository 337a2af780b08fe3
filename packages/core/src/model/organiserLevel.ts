import * as t from 'io-ts';
import { oneOf } from './codecFailures';
import type { Labels } from './labels';

/** Who ran a class: the district (its steering committee) or a unit (a grassroots organisation). */
export const OrganiserLevel = oneOf({ province: null, district: null, unit: null }, 'OrganiserLevel');
/** Who ran a class. */
export type OrganiserLevel = t.TypeOf<typeof OrganiserLevel>;

/** The report's words for each organiser level. */
export const organiserLevelLabels: Labels<OrganiserLevel> = {
  province: { vi: 'cấp tỉnh', en: 'province' },
  district: { vi: 'cấp huyện', en: 'district' },
  unit: { vi: 'các chi, đảng bộ tự tổ chức', en: 'units' },
};
