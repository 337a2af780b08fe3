/** A short transcription with what the Mường Tè excerpt lacks: a term, a fact's list of ids, a mapping (a label) and a value holding a semicolon. */
export const TERMS_REPORT = `transcription: 1
document: { id: terms-excerpt, campaign: terms-excerpt, title: Báo cáo của Huyện ủy (trích), scope: org:district }
launch: { title: Học tập và làm theo tấm gương đạo đức Hồ Chí Minh, launchedOn: 2006-11-26 }
terms:
  - kind: bloc
    termId: agencies-and-enterprises
    label: { vi: khối cơ quan và doanh nghiệp, en: agencies and enterprises }
    narrower: [agencies, enterprises]
    partitions: [[agencies, enterprises]]
    quote: các chi, đảng bộ khối cơ quan và doanh nghiệp
    at: "3.1"
organisations:
  - { id: org:district, name: Huyện ủy, kind: district-committee }
  - { id: org:youth, name: Huyện đoàn, kind: mass-organisation, parent: org:district }
  - { id: org:women, name: Hội Phụ nữ huyện, kind: mass-organisation, parent: org:district }
sentences:
  - at: "5.1"
    quote: Huyện ủy phối hợp với Huyện đoàn, Hội Phụ nữ tổ chức Hội thi kể chuyện tấm gương đạo đức Hồ Chí Minh; các chi, đảng bộ khối Đảng ủy khối tham gia.
    year: "2009"
    facts:
      - LaunchContest: { contestId: contest:2009/ke-chuyen, kind: storytelling, title: "Hội thi kể chuyện; vòng huyện", organiserId: org:district, level: district, coOrganiserIds: [org:youth, org:women] }
      - DefineTerm: { kind: organisation-kind, termId: bloc-committee, label: { vi: Đảng ủy khối, en: bloc Party committee } }
`;
