import * as t from 'io-ts';
import { oneOf } from './codecFailures';
import type { Labels } from './labels';

/** The bloc (khối) an organisation or a class belongs to. */
export const Bloc = oneOf(
  { agencies: null, rural: null, 'armed-forces': null, enterprises: null },
  'Bloc',
);
/** The bloc an organisation or a class belongs to. */
export type Bloc = t.TypeOf<typeof Bloc>;

/** The report's words for each bloc. */
export const blocLabels: Labels<Bloc> = {
  agencies: { vi: 'khối cơ quan', en: 'agencies' },
  rural: { vi: 'khối nông thôn', en: 'rural (communes)' },
  'armed-forces': { vi: 'khối lực lượng vũ trang', en: 'armed forces' },
  enterprises: { vi: 'khối doanh nghiệp', en: 'enterprises' },
};
