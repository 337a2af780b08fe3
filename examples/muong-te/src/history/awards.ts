import { stated } from './facts';
import { type Command, org, quoted } from './source';

const PROPOSED =
  'Tổng kết 4 năm triển khai Cuộc vận động, các chi, đảng bộ đã bình xét biểu dương, khen thưởng nhiều tập thể, cá nhân tại cơ sở và đề nghị huyện biểu dương, khen thưởng cho 43 tập thể và 172 cá nhân điển hình tiên tiến.';
const DECIDED =
  'Ban Thường vụ Huyện uỷ quyết định khen thưởng 15 tập thể, 59 cá nhân có thành tích xuất sắc và biểu dương 29 tập thể 122 cá nhân điển hình tiên tiến trong 4 năm qua; đề nghị tỉnh khen thưởng 1 tập thể, 1 cá nhân có thành tích xuất sắc trong Cuộc vận động.';

const FOUR_YEARS = { from: 2007, to: 2010 };

type AwardData = Extract<Command, { type: 'GrantAward' }>['data'];

const award = (
  awardId: string,
  stage: AwardData['stage'],
  kind: AwardData['kind'],
  recipientKind: AwardData['recipientKind'],
  count: number,
  quote: string,
  by: Pick<AwardData, 'proposerId' | 'deciderId'>,
): ReadonlyArray<Command> => [
  { type: 'GrantAward', data: { awardId, period: FOUR_YEARS, stage, kind, recipientKind, count, ...by, provenance: quoted(quote) } },
  stated(`figure:${awardId.slice('award:'.length)}`, { measure: 'awards', period: FOUR_YEARS, stage, kind, recipientKind }, { value: count }, quote),
];

/**
 * Awards over the four years, as the report totals them. Units proposed 43 collectives and 172
 * individuals; the standing committee decided more than that (15 + 29 and 59 + 122). The history
 * records both as written; the audit flags the difference.
 */
export const awards: ReadonlyArray<Command> = [
  ...award('award:proposed/collectives', 'proposed-by-unit', 'reward-or-commendation', 'collective', 43, PROPOSED, { deciderId: org.district }),
  ...award('award:proposed/individuals', 'proposed-by-unit', 'reward-or-commendation', 'individual', 172, PROPOSED, { deciderId: org.district }),
  ...award('award:decided/reward/collectives', 'decided-by-district', 'reward', 'collective', 15, DECIDED, { deciderId: org.standing }),
  ...award('award:decided/reward/individuals', 'decided-by-district', 'reward', 'individual', 59, DECIDED, { deciderId: org.standing }),
  ...award('award:decided/commendation/collectives', 'decided-by-district', 'commendation', 'collective', 29, DECIDED, { deciderId: org.standing }),
  ...award('award:decided/commendation/individuals', 'decided-by-district', 'commendation', 'individual', 122, DECIDED, { deciderId: org.standing }),
  ...award('award:to-province/reward/collectives', 'proposed-to-province', 'reward', 'collective', 1, DECIDED, { proposerId: org.standing, deciderId: org.province }),
  ...award('award:to-province/reward/individuals', 'proposed-to-province', 'reward', 'individual', 1, DECIDED, { proposerId: org.standing, deciderId: org.province }),
];
