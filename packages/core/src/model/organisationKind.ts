import * as t from 'io-ts';
import { oneOf } from './codecFailures';
import type { Labels } from './labels';

/** What an organisation is, in the Party and State hierarchy. */
export const OrganisationKind = oneOf(
  {
    'province-committee': null,
    'district-committee': null,
    'standing-committee': null,
    'steering-committee': null,
    commission: null,
    'grassroots-party-committee': null,
    'party-cell': null,
    'government-office': null,
    'mass-organisation': null,
    other: null,
  },
  'OrganisationKind',
);
/** What an organisation is. */
export type OrganisationKind = t.TypeOf<typeof OrganisationKind>;

/** The report's words for each organisation kind. */
export const organisationKindLabels: Labels<OrganisationKind> = {
  'province-committee': { vi: 'Tỉnh ủy', en: 'provincial Party committee' },
  'district-committee': { vi: 'Huyện ủy', en: 'district Party committee' },
  'standing-committee': { vi: 'Ban Thường vụ', en: 'standing committee' },
  'steering-committee': { vi: 'Ban Chỉ đạo', en: 'steering committee' },
  commission: { vi: 'ban của cấp ủy', en: 'Party commission' },
  'grassroots-party-committee': { vi: 'đảng bộ cơ sở', en: 'grassroots Party committee' },
  'party-cell': { vi: 'chi bộ trực thuộc', en: 'Party cell directly under the district' },
  'government-office': { vi: 'cơ quan nhà nước', en: 'government office' },
  'mass-organisation': { vi: 'đoàn thể', en: 'mass organisation' },
  other: { vi: 'khác', en: 'other' },
};
