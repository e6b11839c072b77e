-- 座間市（チーム座間）: 「断らない相談支援」, はたらっく・ざま (就労準備支援), and the joint work
-- of 生活困窮者自立支援 and 生活保護 in one section (生活援護課), over the national baseline.
-- Seed: ダイバーシティ就労支援機構「ダイバーシティ就労支援ネットワーク構築検討部会 議事概要」 (第1回部会 林委員説明「生活困窮者自立支援制度と生活保護制度の
-- 連携について（「断らない相談支援」がつくる連携・協働）」; 第3回部会 資料③ 座間市構想案).
-- Parameters with basis = "default" are not fixed by any source; a region is expected to review them.
return {
  name = {
    ja = "座間市（チーム座間：断らない相談支援）",
    en = "Zama City (Team Zama: consultation that turns no one away)",
  },
  version = "0.1.0",
  extends = "national",
  description = {
    ja = "神奈川県座間市の「チーム座間」モデル。地域と庁内が連携し、多様な就労支援の入口と段階的支援をめざす（ダイバーシティ就労支援機構 部会議事概要）。"
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
      .. "to employment support and support in steps (diversity network committee minutes). "
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
  -- The documents this pack encodes as a whole (ids of rules/references.lua); each rule and
  -- parameter cites its own.
  sources = {
    "diversity_bukai", "jiritsu_ho_kaisei_2024", "seikatsu_hogo_ho", "jiritsu_ho_kisoku",
    "kanagawa_rodokyoku_minwage",
  },

  parameters = {
    screening_followup_days = {
      value = 14,
      unit = "days", basis = "default",
      note = "JS-03 (Zama): days after a screening closure (refer_out / info_only) by which the worker confirms the hand-over reached, or calls the person back (断らない: no silent closure). No source gives this value: a practitioners' working value, for each region to review.",
    },
    screening_followup_window_days = {
      value = 90,
      unit = "days", basis = "default",
      note = "JS-03 (Zama) / ZM-01: how long after the screening the follow-up stays on the worklist. No source gives this value: a practitioners' working value, for each region to review.",
    },
    refer_out_targets = {
      value = {
        { concern = "care", target = "houkatsu" },
        { concern = "health_disability", target = "nakapotsu" },
        { concern = "debt", target = "houterasu" },
        { concern = "dv_abuse", target = "josei_soudan" },
        { concern = "childcare", target = "kosodate_soudan" },
        { concern = "no_food", target = "shakyo" },
      },
      unit = "list", basis = "default",
      note = "ZM-01: where a refer_out screening is handed on, by the concern recorded at intake (first match in this order). Codes are intake concerns (申込票A) and referral targets. No source gives this value: a practitioners' working value, for each region to review.",
    },
    refer_out_default_target = {
      value = "chonai_renkei",
      unit = "text", basis = "default",
      note = "ZM-01: target when no concern matches: another section of the city hall (庁内連携). No source gives this value: a practitioners' working value, for each region to review.",
    },

    readiness_positions = {
      value = { "life", "social", "employment" },
      unit = "list", basis = "default",
      note = "ZM-11 / ZM-06 / JR-02: positions served by はたらっく・ざま (生活・社会・就労自立). No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    recognise_need_concerns = {
      value = { "hikikomori_futoko" },
      unit = "list", basis = "default",
      note = "JR-02 (Zama): 施行規則4条2号「市町村が必要と認める者」— Zama recognises the need of a person whose way to work will be long whatever the household's money: withdrawn (these concerns) or at long-term risk (an FDP axis at long_term_fdp_level or below). No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "jiritsu_ho_kisoku", section = "第4条第2号" } },
    },

    ibasho_concerns = {
      value = { "hikikomori_futoko", "community" },
      unit = "list", basis = "default",
      note = "RF-SANKA (Zama): concerns that route to a place to belong (居場所づくり) besides an FDP axis at long_term_fdp_level or below. No source gives this value: a practitioners' working value, for each region to review.",
    },
    ibasho_targets = {
      value = { "zama_ibasho", "sanka_shien", "shakyo" },
      unit = "list", basis = "default",
      note = "RF-SANKA (Zama): a referral to any of these already connects the person to a place to belong (Zama's own, participation support, the 社協's salons). No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    universal_positions = {
      value = { "employment", "intermediate" },
      unit = "list", basis = "default",
      note = "ZM-07: positions routed to ユニバーサル就労支援 once readiness support has ended. No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    carrying_programs = {
      value = { "jyunbi", "hogo_jyunbi", "universal_work", "kunren" },
      unit = "list", basis = "default",
      note = "ZM-07: programmes that carry the person meanwhile (no universal-work referral), and the readiness programmes whose end opens the universal-work entrance. No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    readiness_programs = {
      value = { "jyunbi", "hogo_jyunbi" },
      unit = "list", basis = "default",
      note = "ZM-07: programmes that carry the person meanwhile (no universal-work referral), and the readiness programmes whose end opens the universal-work entrance. No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },

    home_prefecture = {
      value = { code = "14", ja = "神奈川県", en = "Kanagawa" },
      unit = "map", basis = "law",
      note = "SU-05: the prefecture this pack serves (JIS X 0401 code): its 地域別最低賃金, national's minimum_wage_14, stands in when the case records no prefecture (or one without a table), and the pack's own minimum-wage rules compare with it.",
      references = { { id = "saitei_chingin_ho", section = "第9条（地域別最低賃金）" }, { id = "kanagawa_rodokyoku_minwage" } },
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
