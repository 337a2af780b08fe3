import type { FigureKey } from '../model/figureKey';

/**
 * The figure a count is a fraction of, where a report writes one ("117/160 bản", "18/18 đảng
 * bộ", "100% chi bộ đã ..."): residential areas reached of those registered, committees of the
 * organisations of their kind, organisations that did something of the organisations of their
 * kind (all organisations under the scope when the key names no kind). Participation rates carry
 * their own denominator; other counts have none (null).
 */
export const companionDenominatorKey = (key: FigureKey): FigureKey | null => {
  switch (key.measure) {
    case 'areas-reached':
      return { measure: 'areas-registered', period: key.period, ...(key.organisationId === undefined ? {} : { organisationId: key.organisationId }) };
    case 'steering-committees':
      return key.memberKind === undefined
        ? null
        : { measure: 'organisations', kind: key.memberKind, ...(key.organisationId === undefined ? {} : { organisationId: key.organisationId }) };
    case 'acting-organisations':
      return {
        measure: 'organisations',
        period: key.period,
        ...(key.kind === undefined ? {} : { kind: key.kind }),
        ...(key.organisationId === undefined ? {} : { organisationId: key.organisationId }),
      };
    default:
      return null;
  }
};
