import type { CampaignCommandInput } from '@campaign-ledger/core';

/** The report every fact of this history is read from. */
export const REPORT =
  'Tạp chí Tuyên giáo: "Đảng bộ Mường Tè học và làm theo Bác", báo cáo kết quả 4 năm (2007–2010) của Đảng bộ huyện Mường Tè, tỉnh Lai Châu';

/** Who recorded this history. */
export const RECORDER = 'campaign-ledger/examples/muong-te';

/** The stream of Mường Tè's campaign ledger. */
export const CAMPAIGN_ID = 'muong-te';

/** The provenance of a fact read from the report: the quoted sentence, as written. */
export const quoted = (quote: string) => ({ recordedBy: RECORDER, source: { document: REPORT, quote } });

/** The provenance of a fact known from the directive itself rather than from the report. */
export const fromDocument = (document: string) => ({ recordedBy: RECORDER, source: { document } });

/** A command as plain data; each is decoded by the library before it is decided. */
export type Command = CampaignCommandInput;

/** The organisation ids this history uses, in one place so a typo is a compile error. */
export const org = {
  politburo: 'org:bo-chinh-tri',
  province: 'org:lai-chau',
  provinceSteering: 'org:lai-chau/ban-chi-dao',
  provincePropaganda: 'org:lai-chau/ban-tuyen-giao',
  provinceYouth: 'org:lai-chau/tinh-doan',
  district: 'org:muong-te',
  standing: 'org:muong-te/ban-thuong-vu',
  steering: 'org:muong-te/ban-chi-dao',
  propaganda: 'org:muong-te/ban-tuyen-giao',
  communeMuongTe: 'org:muong-te/xa-muong-te',
  township: 'org:muong-te/thi-tran',
  police: 'org:muong-te/cong-an',
  military: 'org:muong-te/quan-su',
  committeeOffice: 'org:muong-te/van-phong-huyen-uy',
  councilOffice: 'org:muong-te/van-phong-hdnd-ubnd',
  treasury: 'org:muong-te/kho-bac',
  organisationInspection: 'org:muong-te/to-chuc-kiem-tra',
  propagandaMobilisation: 'org:muong-te/tuyen-giao-dan-van',
  agriculture: 'org:muong-te/nong-nghiep',
  health: 'org:muong-te/y-te',
  education: 'org:muong-te/phong-giao-duc',
  youthUnion: 'org:muong-te/huyen-doan',
  labour: 'org:muong-te/lien-doan-lao-dong',
  culture: 'org:muong-te/phong-van-hoa-thong-tin',
  radio: 'org:muong-te/dai-truyen-thanh-truyen-hinh',
} as const;

/** The document ids this history uses. */
export const doc = {
  circular07: 'doc:07-tt-hu',
  guidance16: 'doc:16-hd-bcd',
  plan01: 'doc:01-kh-btg',
} as const;

/** The contest ids this history uses. */
export const contest = {
  reportersDistrict2007: 'contest:2007/bao-cao-vien-ke-chuyen',
  reportersProvince2007: 'contest:2007/ke-chuyen-cap-tinh',
  education2008: 'contest:2008/nganh-giao-duc-ke-chuyen',
  youth2008: 'contest:2008/chung-em-ke-chuyen-bac-ho',
  youthProvince2008: 'contest:2008/hanh-trinh-theo-chan-bac',
  province2008: 'contest:2008/ke-chuyen-cap-tinh',
  writing: 'contest:2009-2010/thi-viet-dien-hinh',
} as const;
