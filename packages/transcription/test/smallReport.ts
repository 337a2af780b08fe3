/** A short transcription of two sentences of the Mường Tè report, for the package's tests. */
export const SMALL_REPORT = `transcription: 1
document:
  id: muong-te-2009-excerpt
  campaign: muong-te-excerpt
  title: Đảng bộ Mường Tè học và làm theo Bác (trích)
  publisher: Tạp chí Tuyên giáo
  scope: org:muong-te
launch:
  title: Học tập và làm theo tấm gương đạo đức Hồ Chí Minh
  launchedOn: 2006-11-26
organisations:
  - id: org:lai-chau
    name: Tỉnh uỷ Lai Châu
    kind: province-committee
  - id: org:muong-te
    name: Huyện uỷ Mường Tè
    kind: district-committee
    parent: org:lai-chau
sentences:
  - at: 9.2
    quote: Các chi, đảng bộ trực thuộc đã tổ chức được 28 lớp cho 1.854 cán bộ, đảng viên, công chức, viên chức học tập.
    year: 2009
    facts:
      - ReportClasses: { factId: fact:2009/classes/units, count: "28", organiserLevel: unit }
      - ReportParticipation:
          factId: fact:2009/participants/unit-classes
          category: cadres-party-members-civil-servants
          count: "1.854"
          unit: người
          organiserLevel: unit
          classesFactId: fact:2009/classes/units
    states:
      - { figure: classes, id: figure:2009/classes/units, number: "28", organiserLevel: unit }
      - { figure: participants, id: figure:2009/unit-classes, number: "1.854", unit: người, category: cadres-party-members-civil-servants, organiserLevel: unit }
  - at: 9.3
    quote: Tổ chức học tập, tuyên truyền tại 117/160 bản, khu phố với trên 12.360 lượt người tham gia.
    year: 2009
    facts:
      - DeclareResidentialAreas: { factId: fact:2009/residential-areas, count: "160" }
      - ReportOutreach: { factId: fact:2009/outreach, areasReached: "117", attendances: trên 12.360, audience: public }
    states:
      - { figure: areas-reached, id: figure:2009/areas-reached, number: 117/160 }
      - { figure: outreach-attendances, id: figure:2009/outreach-attendances, number: trên 12.360, unit: lượt }
`;
