-- 座間市（チーム座間）: 「断らない相談支援」, はたらっく・ざま (就労準備支援), and the joint work
-- of 生活困窮者自立支援 and 生活保護 in one section (生活援護課), over the national baseline.
-- Seed: 001_a4a1435720a49cf6.txt (第1回部会 林委員説明「生活困窮者自立支援制度と生活保護制度の
-- 連携について（「断らない相談支援」がつくる連携・協働）」; 第3回部会 資料③ 座間市構想案).
-- Values marked [default] are not fixed by any source; a region is expected to review them.
return {
  name = {
    ja = "座間市（チーム座間：断らない相談支援）",
    en = "Zama City (Team Zama: consultation that turns no one away)",
  },
  version = "0.1.0",
  extends = "national",
  description = {
    ja = "神奈川県座間市の「チーム座間」モデル。地域と庁内が連携し、多様な就労支援の入口と段階的支援をめざす（001）。"
      .. "(1) 断らない相談支援：スクリーニングで他機関へのつなぎ（refer_out）や情報提供のみ（info_only）となっても黙って終わらせず、"
      .. "つなぎ先への同行つなぎの提案と、期限つきのフォローアップ確認を出す。"
      .. "(2) はたらっく・ざま（就労準備支援事業）、ユニバーサル就労支援、アウトリーチ支援、居場所づくりの各事業を入口として連携させる："
      .. "就労準備を終えて職場がまだない人はユニバーサル就労へ、孤立・ひきこもりの人は座間市の居場所へ。"
      .. "就労準備支援の「準ずる者」（施行規則4条2号）には、世帯の収入・資産が基準を超えても本人の就労までの道のりが長い人（ひきこもり・長期化リスク）を座間市が必要と認める者として含める。"
      .. "(3) 生活保護と生活困窮者自立支援の連携：生活保護世帯は生活援護課のケースワーカーと自立相談支援が一つのチームで支援する（共同ルーティング）。"
      .. "2025年3月までは被保護者は被保護者就労準備支援事業（はたらっく・ざまの場）を使い、2025年4月からは改正法により特定被保護者として就労準備支援・家計改善支援を併用できる（国の基準パックの hihogosha_joint_use）。"
      .. "最低賃金は神奈川県最低賃金。"
      .. "[default] の値：フォローアップの期限14日・確認期間90日、つなぎ先の相談内容別の対応表と既定のつなぎ先（庁内連携）、"
      .. "座間市が必要と認める事情（ひきこもりの相談、FDPレベル2以下）、居場所につなぐ相談内容（ひきこもり・孤立）とすでに居場所につながっているとみなすつなぎ先。",
    en = "Zama City's (Kanagawa) 'Team Zama' model: the community and the city hall work as one team to offer many entrances "
      .. "to employment support and support in steps (001). "
      .. "(1) Consultation that turns no one away: a screening that refers the person elsewhere (refer_out) or only gives "
      .. "information (info_only) does not end in silence; it yields a warm referral proposal and a follow-up check with a due date. "
      .. "(2) Hatarakku Zama (employment-readiness support), universal work, outreach and places to belong (居場所) are linked "
      .. "entrances: after readiness support, people with no workplace go on to universal work; isolated or withdrawn people are "
      .. "offered Zama's place to belong. Readiness support's 'persons equivalent' (rule 4(2)) include people Zama recognises: the "
      .. "household's income or assets are above the lines, but the person's way to work will be long (withdrawn, long-term risk). "
      .. "(3) Public assistance and needy-person support work together: households on public assistance are supported by the "
      .. "welfare caseworker and the independence consultation as one team (joint routing). Until March 2025 recipients use the "
      .. "recipients' readiness programme (held at Hatarakku Zama); from April 2025 the amended law lets them use readiness and "
      .. "household-budget support as 特定被保護者 (the national hihogosha_joint_use). The minimum wage is Kanagawa's. "
      .. "[default] values: follow-up due in 14 days and watched for 90 days, the concern-to-agency table and the default target "
      .. "(another city-hall section), the needs Zama recognises (a withdrawal concern, an FDP axis at level 2 or below), the "
      .. "concerns that route to a place to belong (withdrawal, isolation) and the targets that already count as one.",
  },
  sources = {
    "001_a4a1435720a49cf6.txt (林委員: 生活困窮者自立支援制度と生活保護制度の連携 ―「断らない相談支援」がつくる連携・協働; チーム座間; はたらっく・ざま・ユニバーサル就労支援・アウトリーチ・居場所づくり; 第3回部会 座間市構想案)",
    "生活困窮者自立支援法 (令和6年改正・2025-04-01施行: 特定被保護者の就労準備支援・家計改善支援の利用)",
    "生活保護法 第55条の7 (被保護者就労支援事業) / 被保護者就労準備支援事業 (予算事業)",
    "生活困窮者自立支援法施行規則 第4条 (就労準備支援の対象: 市町村が認める者)",
    "神奈川労働局 神奈川県最低賃金 (地域別最低賃金の改正・発効日)",
    "reference/domain.md §2.1 JS-03, JS-04, JS-09; §2.8; §7 (Zama)",
  },

  parameters = {
    -- JS-03 (Zama) [default]: days after a screening closure (refer_out / info_only) by which the
    -- worker confirms the hand-over reached, or calls the person back (断らない: no silent closure).
    screening_followup_days = 14,
    -- JS-03 (Zama) / ZM-01 [default]: how long after the screening the follow-up stays on the worklist.
    screening_followup_window_days = 90,
    -- ZM-01 [default]: where a refer_out screening is handed on, by the concern recorded at intake
    -- (first match in this order). Codes are intake concerns (申込票A) and referral targets.
    refer_out_targets = {
      { concern = "care", target = "houkatsu" },
      { concern = "health_disability", target = "nakapotsu" },
      { concern = "debt", target = "houterasu" },
      { concern = "dv_abuse", target = "josei_soudan" },
      { concern = "childcare", target = "kosodate_soudan" },
      { concern = "no_food", target = "shakyo" },
    },
    -- ZM-01 [default]: target when no concern matches: another section of the city hall (庁内連携).
    refer_out_default_target = "chonai_renkei",

    -- ZM-11 / ZM-06 / JR-02: positions served by はたらっく・ざま (生活・社会・就労自立).
    readiness_positions = { "life", "social", "employment" },
    -- JR-02 (Zama) [default]: 施行規則4条2号「市町村が必要と認める者」— Zama recognises the need of a
    -- person whose way to work will be long whatever the household's money: withdrawn (these
    -- concerns) or at long-term risk (an FDP axis at long_term_fdp_level or below).
    recognise_need_concerns = { "hikikomori_futoko" },

    -- RF-SANKA (Zama) [default]: concerns that route to a place to belong (居場所づくり) besides an
    -- FDP axis at long_term_fdp_level or below.
    ibasho_concerns = { "hikikomori_futoko", "community" },
    -- RF-SANKA (Zama): a referral to any of these already connects the person to a place to
    -- belong (Zama's own, participation support, the 社協's salons).
    ibasho_targets = { "zama_ibasho", "sanka_shien", "shakyo" },
    -- ZM-07: positions routed to ユニバーサル就労支援 once readiness support has ended.
    universal_positions = { "employment", "intermediate" },
    -- ZM-07: programmes that carry the person meanwhile (no universal-work referral), and the
    -- readiness programmes whose end opens the universal-work entrance.
    carrying_programs = { "jyunbi", "hogo_jyunbi", "universal_work", "kunren" },
    readiness_programs = { "jyunbi", "hogo_jyunbi" },

    -- SU-05: 神奈川県最低賃金 (yen/hour) from each 発効日 (神奈川労働局). Replaces the national
    -- weighted average. 2018-10-01, 2020-10-01, 2023-10-01, 2024-10-01 and 2025-10-04 are the
    -- labour bureau's notices; the other dates are each year's usual 発効日.
    minimum_wage_yen = {
      ["2014-10-01"] = 887, ["2015-10-18"] = 905, ["2016-10-01"] = 930, ["2017-10-01"] = 956,
      ["2018-10-01"] = 983, ["2019-10-01"] = 1011, ["2020-10-01"] = 1012, ["2021-10-01"] = 1040,
      ["2022-10-01"] = 1071, ["2023-10-01"] = 1112, ["2024-10-01"] = 1162, ["2025-10-04"] = 1225,
    },
  },

  programs = {
    jyunbi = {
      ja = "就労準備支援事業「はたらっく・ざま」",
      en = "Employment-readiness support 'Hatarakku Zama'",
    },
    hogo_jyunbi = {
      ja = "被保護者就労準備支援事業（はたらっく・ざまで実施）",
      en = "Readiness support for public-assistance recipients (held at Hatarakku Zama)",
    },
    universal_work = { ja = "ユニバーサル就労支援（座間市）", en = "Universal work support (Zama)" },
    ibasho = { ja = "居場所づくり（座間市）", en = "Places to belong (Zama)" },
  },

  referral_targets = {
    fukushi_jimusho = {
      ja = "座間市生活援護課（生活保護のケースワーカー）",
      en = "Zama Livelihood Support Section (public-assistance caseworker)",
    },
    outreach = { ja = "アウトリーチ支援（チーム座間の訪問）", en = "Outreach (Team Zama home visits)" },
    chonai_renkei = { ja = "庁内の担当課（庁内連携）", en = "Another section of the city hall" },
    zama_ibasho = { ja = "居場所づくり事業（座間市）", en = "Place-to-belong programme (Zama)" },
    zama_universal = { ja = "ユニバーサル就労支援（座間市）", en = "Universal work support (Zama)" },
    josei_soudan = { ja = "女性相談・DV相談窓口", en = "Women's / DV consultation" },
    kosodate_soudan = { ja = "子育て支援の窓口", en = "Child-rearing support desk" },
  },

  alert_names = {
    program_route_check = { ja = "事業の利用経路の確認", en = "Programme route check" },
  },

  check_labels = {
    days_since_screening = { ja = "スクリーニングからの日数", en = "Days since the screening" },
    hihogosha_joint_use = { ja = "被保護者の併用", en = "Joint use by public-assistance recipients" },
  },
}
