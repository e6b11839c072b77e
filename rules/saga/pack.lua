-- 佐賀（NPO法人スチューデント・サポート・フェイス）: outreach (訪問支援) driven by the Five
-- Different Positions assessment, long-term-risk handling, and multi-agency case conferences,
-- over the national baseline.
-- Seed: ダイバーシティ就労支援機構「ダイバーシティ就労支援ネットワーク構築検討部会 議事概要」 (第1回部会 谷口委員説明 資料⑤「アウトリーチ(訪問支援)と重層的な
-- 支援ネットワークを活用した多面的アプローチ」).
-- Parameters with basis = "default" are not fixed by any source; a region is expected to review them.
return {
  name = {
    ja = "佐賀（スチューデント・サポート・フェイス：アウトリーチと多機関連携）",
    en = "Saga (Student Support Face: outreach and multi-agency work)",
  },
  version = "0.1.0",
  extends = "national",
  description = {
    ja = "NPO法人スチューデント・サポート・フェイス（SSF、佐賀）の多面的アプローチ（ダイバーシティ就労支援機構 部会議事概要）。"
      .. "(1) Five Different Positions（対人関係・メンタル・ストレス・思考・環境の5側面×5段階）をネットワーク共通のアセスメントとし、"
      .. "窓口に来られない人（連絡がつかない、ひきこもり、本人以外からの相談）や、対人関係・環境の側面が低い人には窓口で待たずアウトリーチ（訪問支援）を行う。"
      .. "(2) Level 1〜2 が1項目でもあれば長期化の可能性が高い：長期化リスクとして、プラン期間を長めにとり、つなぎは必ず同行（ウォーム・ハンドオフ）で行う。"
      .. "(3) 単一機関の縦割りでは複合的な問題を解決できないため、関係機関を巻き込んだ合同ケース会議で問題を見える化し協働で解決する：会議の時期を知らせる。"
      .. "(4) 子ども・若者総合相談センター、ひきこもり地域支援センター、190を超える職親（受け入れ事業所）のネットワークへつなぐ。"
      .. "最低賃金は佐賀県最低賃金。"
      .. "[default] の値：アウトリーチに切り替える不通回数1回・連絡なし30日、訪問の間隔14日、長期化リスクのプラン期間180日以上、"
      .. "合同ケース会議の事前通知14日、中断（suspended）を検討するまでの不通期間180日、子ども・若者総合相談センターの年齢上限39歳、職親につなぐ段階。",
    en = "The multi-sided approach of the NPO Student Support Face (SSF, Saga) (diversity network committee minutes). "
      .. "(1) Five Different Positions (interpersonal, mental, stress, thinking, environment; 5 levels each) is the network's shared "
      .. "assessment. People who cannot come to the window (unreachable, withdrawn, brought by someone else) and people low on the "
      .. "interpersonal or environment axes get outreach (home visits) instead of waiting at the window. "
      .. "(2) One axis at level 1–2 means support is likely to be long: as a long-term risk, the plan period is longer and every "
      .. "hand-over is a warm one (accompanied). "
      .. "(3) One agency alone cannot solve compound problems, so joint case conferences with the agencies involved make the problems "
      .. "visible and solve them together: the pack says when one is due. "
      .. "(4) Referrals go to the children and youth consultation centre, the hikikomori regional support centre and the network of "
      .. "more than 190 host employers (職親). The minimum wage is Saga Prefecture's. "
      .. "[default] values: 1 failed contact or 30 days without contact before outreach, home visits every 14 days, plan period of at "
      .. "least 180 days for long-term risk, case-conference notice 14 days, 180 days without contact before suspension is considered, "
      .. "youth centre up to age 39, the positions routed to host employers.",
  },
  -- The documents this pack encodes as a whole (ids of rules/references.lua); each rule and
  -- parameter cites its own.
  sources = {
    "diversity_bukai", "jiritsu_ho", "kodomo_wakamono_ho", "saga_rodokyoku_minwage",
  },

  parameters = {
    outreach_fdp_level = {
      value = 2,
      unit = "level", basis = "practice document",
      note = "RF-OUTREACH (Saga) (diversity network committee Five Different Positions): an axis at or below this level on the axes below means meeting people at a window is itself the hurdle → outreach.",
      references = { { id = "diversity_bukai" } },
    },
    outreach_fdp_axes = {
      value = { "interpersonal", "environment" },
      unit = "list", basis = "default",
      note = "RF-OUTREACH (Saga): the axes that speak for \"cannot come to the window\" (対人関係, 環境). No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    outreach_failed_contacts = {
      value = 1,
      unit = "count", basis = "default",
      note = "RF-OUTREACH (Saga): failed contact attempts in a row after which the team goes to the person (national default 2: SSF goes after the first). No source gives this value: a practitioners' working value, for each region to review.",
    },
    outreach_no_contact_days = {
      value = 30,
      unit = "days", basis = "default",
      note = "RF-OUTREACH (Saga): days without a successful contact, a review or attendance after which the team goes to the person. No source gives this value: a practitioners' working value, for each region to review.",
    },
    outreach_concerns = {
      value = { "hikikomori_futoko" },
      unit = "list", basis = "default",
      note = "RF-OUTREACH (Saga): concerns meaning the person is unlikely to come to a window (ひきこもり・不登校). No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    outreach_visit_interval_days = {
      value = 14,
      unit = "days", basis = "default",
      note = "SG-02: days between home visits while outreach is under way. No source gives this value: a practitioners' working value, for each region to review.",
    },
    suspend_after_days = {
      value = 180,
      unit = "days", basis = "default",
      note = "JS-07: SSF keeps visiting; suspension is only considered after this many days without contact (national default 90). No source gives this value: a practitioners' working value, for each region to review.",
    },

    long_term_plan_min_days = {
      value = 180,
      unit = "days", basis = "default",
      note = "SG-11: the shortest plan period (days) for a long-term-risk case. No source gives this value: a practitioners' working value, for each region to review.",
    },
    case_conference_notice_days = {
      value = 14,
      unit = "days", basis = "default",
      note = "JS-10 (Saga): days before a plan ends at which the joint case conference is called. No source gives this value: a practitioners' working value, for each region to review.",
    },

    youth_centre_age_max = {
      value = 39,
      unit = "age", basis = "law",
      note = "SG-04: 子ども・若者総合相談センター (子ども・若者育成支援推進法: おおむね39歳まで), for withdrawn young people not yet at the サポステ stages; ひきこもり地域支援センター beyond the サポステ ages.",
      references = { { id = "kodomo_wakamono_ho" } },
    },
    shokuoya_positions = {
      value = { "social", "employment" },
      unit = "list", basis = "default",
      note = "SG-05: positions at which the host-employer network (職親) is the next step. No source gives this value: a practitioners' working value, for each region to review.",
    },

    home_prefecture = {
      value = { code = "41", ja = "佐賀県", en = "Saga" },
      unit = "map", basis = "law",
      note = "SU-05: the prefecture this pack serves (JIS X 0401 code): its 地域別最低賃金, national's minimum_wage_41, stands in when the case records no prefecture (or one without a table), and the pack's own minimum-wage rules compare with it.",
      references = { { id = "saitei_chingin_ho", section = "第9条（地域別最低賃金）" }, { id = "saga_rodokyoku_minwage" } },
    },
  },

  programs = {
    outreach = { ja = "アウトリーチ（訪問支援）", en = "Outreach (home visits)" },
  },

  referral_targets = {
    outreach = {
      ja = "スチューデント・サポート・フェイス アウトリーチ（訪問支援）",
      en = "Student Support Face outreach (home visits)",
    },
    saga_youth_centre = {
      ja = "佐賀県子ども・若者総合相談センター（SSF）",
      en = "Saga children and youth consultation centre (SSF)",
    },
    saga_hikikomori_centre = {
      ja = "佐賀県ひきこもり地域支援センター（SSF）",
      en = "Saga hikikomori regional support centre (SSF)",
    },
    shokuoya = {
      ja = "職親（SSFの受け入れ事業所ネットワーク）",
      en = "Host employers (SSF's 職親 network)",
    },
  },

  alert_names = {
    case_conference_due = { ja = "ケース会議の時期", en = "Case conference due" },
    extend_plan_period = { ja = "プラン期間の延長", en = "Extend the plan period" },
    joint_conference_due = { ja = "関係機関の合同ケース会議の時期", en = "Joint case conference of the agencies due" },
    outreach_visit_due = { ja = "アウトリーチの訪問の時期", en = "Outreach visit due" },
    warm_handoff_needed = { ja = "同行によるつなぎが必要", en = "Warm hand-off needed" },
  },

  check_labels = {
    fdp_interpersonal = { ja = "FDP 対人関係", en = "FDP interpersonal" },
    fdp_mental = { ja = "FDP 精神面", en = "FDP mental" },
    fdp_stress = { ja = "FDP ストレス耐性", en = "FDP stress" },
    fdp_thinking = { ja = "FDP 思考", en = "FDP thinking" },
    fdp_environment = { ja = "FDP 環境", en = "FDP environment" },
    plan_days = { ja = "プランの日数", en = "Days of the plan" },
  },
}
