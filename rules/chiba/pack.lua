-- 千葉市（応援ネットワークちば企業体／ユニバーサル就労ネットワークちば）: the rules of Chiba City's
-- self-reliance support as UWNちば practises it (seed UWNちば「本人の状態像に応じた支援のあり方」, FY2015), over the
-- national baseline.
--
-- The model (UWN Chiba report):
--   * 共同企業体による就労支援体制プロセスフロー: ①インテーク → 面談・アセスメント・プランニング →
--     通所型支援プログラム【生活・社会自立】 → マッチング・職場や体験場所の見学 → 体験・就業の開始
--     (1か月ごとの振返り) → 就職活動へ（履歴書の添削・面接練習・キャリア相談）または そのまま就業へ.
--     就労体験【生活・社会・就労自立】は6ヶ月以内; 就労準備支援事業は6ヶ月以内もしくは1年以内.
--   * ユニバーサル就労 (UW): 無償コミューター → 有償コミューター → 最賃保障職員 → 一般賃金職員, in
--     both directions (本人の状況に応じて、最賃保障職員から有償コミューターへ移るなど). All four
--     forms are supported work (面談や振返りなどの支援あり) at the same host; the move to 一般就労
--     comes "支援が必要なくなった時点で". So this pack puts 一般賃金職員 (regular_staff) on the
--     intermediate stage, as the fourth rung, and leaves 一般就労 (general) for the end of support —
--     where the seed's own diagram puts it. (The national pack counts regular_staff as general work.)
--   * Yardsticks: 個別支援計画の目標 (3か月の短期目標) for both commuter forms, 人事考課表 (5段階:
--     職場の決まりごと・責任感・向上心・報告連絡相談 + 個別目標) for the two employee forms.
--
-- Parameters with basis = "default" are not fixed by any source; a region is expected to review them.
return {
  name = {
    ja = "千葉市（応援ネットワークちば／ユニバーサル就労ネットワークちば）",
    en = "Chiba City (Oen Network Chiba / Universal Work Network Chiba)",
  },
  version = "0.1.0",
  extends = "national",
  description = {
    ja = "千葉市（人口97万人、2015年度）の生活困窮者自立支援。自立相談は2センター（中央区：千葉市社協、稲毛区：応援ネットワークちば）、"
      .. "就労準備支援・農業等就労・社会体験支援・家計相談支援は市内全域を応援ネットワークちば企業体（労協船橋事業団・UWNちば・VAIC-CCI・生活クラブ生協千葉）が担う。"
      .. "支援の流れは インテーク→アセスメント・プランニング→通所型支援プログラム（生活・社会自立）→マッチング・見学→体験・就業の開始（1か月ごとの振返り）→就職活動 または そのまま就業。"
      .. "就労体験は6か月以内、就労準備支援は6か月（必要なら1年）以内。"
      .. "ユニバーサル就労の梯子は 無償コミューター→有償コミューター→最賃保障職員→一般賃金職員 の4段で、上にも下にも動ける。"
      .. "4段はいずれも支援つきの働き方なので、一般賃金職員も中間的就労の段に置き、「支援が必要なくなった時点で」一般就労へ移る（全国基準は一般賃金職員を一般就労に数える）。"
      .. "コミューター（無償・有償）は個別支援計画の3か月の短期目標で、職員（最賃保障・一般賃金）は人事考課表（5段階）でステップアップを判断する。"
      .. "最低賃金は千葉県最低賃金。"
      .. "ハローワークでの求職は体験の段階（就労自立）で提案し、ユニバーサル就労の段では同じ事業所での就業をめざす。"
      .. "[default] の値：体験4か月で次のステップの準備、6か月の就労準備期間の見直し予告30日、最初の人事考課は雇用から3か月・以後12か月ごと、"
      .. "一般就労への移行に必要な目標達成100%、中核地域生活支援センターとのチーム支援を提案するFDPレベル2以下、家計相談をすすめる段（有償になる段）。",
    en = "Self-reliance support in Chiba City (pop. 970k, FY2015). Two consultation centres (Chuo ward: the city's social welfare "
      .. "council; Inage ward: Oen Network Chiba); readiness support, farm and social work experience, and household-budget "
      .. "consultation city-wide by the Oen Network Chiba consortium (Rokyo Funabashi, UWN Chiba, VAIC-CCI, Seikatsu Club Chiba). "
      .. "The flow is intake → assessment and planning → day programme (daily-life and social independence) → matching and "
      .. "workplace visit → start of experience or work (reviewed monthly) → job search, or staying on at the workplace. "
      .. "Work experience lasts at most 6 months; readiness support 6 months (1 year when needed). "
      .. "The universal-work ladder has four rungs, unpaid commuter → paid commuter → minimum-wage staff → regular-wage staff, "
      .. "and people move both ways. All four are supported work, so regular-wage staff is kept on the intermediate stage as "
      .. "its fourth rung and a case moves on to general work 'once support is no longer needed' (the national pack counts "
      .. "regular-wage staff as general work). Commuters (unpaid, paid) step up on the 3-month goals of their individual "
      .. "support plan, staff (minimum-wage, regular-wage) on the 5-point appraisal. The minimum wage is Chiba Prefecture's. "
      .. "Job search through Hello Work is proposed at the experience stage (employment); on the universal-work ladder the "
      .. "job comes at the same host. "
      .. "[default] values: the next step prepared 4 months into an experience, 30 days' notice before a 6-month readiness "
      .. "period ends, the first appraisal 3 months into a contract and then every 12 months, 100% of goals achieved for the "
      .. "move to general work, FDP level 2 or below for proposing team support with a regional life-support centre, and "
      .. "the paid rungs at which budget consultation is proposed.",
  },
  -- The documents this pack encodes as a whole (ids of rules/references.lua); each rule and
  -- parameter cites its own.
  sources = {
    "uwn_chiba_report", "jiritsu_ho_kisoku", "diversity_bukai", "chiba_rodokyoku_minwage",
  },

  -- Rungs of the intermediate stage, lowest first: the national 就労訓練 track (非雇用型 →
  -- 雇用型; the UWN Chiba report's flow has 就労訓練事業 雇用型・非雇用型 too), then the universal-work ladder of
  -- The UWN Chiba report's ladder with its fourth rung: 一般賃金職員 is still supported work, so it tops the intermediate
  -- stage, and general work follows when support ends (UW-07).
  rungs = {
    intermediate = { "kunren_hikoyo", "kunren_koyo", "commuter_unpaid", "commuter_paid", "minwage_staff", "regular_staff" },
  },

  parameters = {
    home_prefecture = {
      value = { code = "12", ja = "千葉県", en = "Chiba" },
      unit = "map", basis = "law",
      note = "SU-05: the prefecture this pack serves (JIS X 0401 code): its 地域別最低賃金, national's minimum_wage_12, stands in when the case records no prefecture (or one without a table), and the pack's own minimum-wage rules compare with it.",
      references = { { id = "saitei_chingin_ho", section = "第9条（地域別最低賃金）" }, { id = "chiba_rodokyoku_minwage" } },
    },

    general_employment_kinds = {
      value = { "part_time", "full_time", "shogai_koyo" },
      unit = "list", basis = "practice document",
      note = "EX-01: in Chiba 一般賃金職員 is UW work with support, not general employment (UWN Chiba: 支援が 必要なくなった時点で一般就労へと移行), so regular_staff is left out of the national list.",
      references = { { id = "uwn_chiba_report" } },
    },

    hw_positions = {
      value = { "employment", "intermediate/kunren_koyo" },
      unit = "list", basis = "default",
      note = "RF-HW: positions at which job search through Hello Work is proposed on readiness. In Chiba the 就職活動へ branch follows 就労体験 (employment stage); on the universal-work ladder the job comes at the host itself (就労準備支援と就労訓練と一般就労を同一事業所で継続的に支援; 最賃保障職員 → 一般賃金職員 → 一般就労), so Hello Work is not proposed to minimum-wage staff. Employment-type work training keeps it, as nationally. No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },

    kijungaku_by_size = {
      value = { 84000, 130000, 172000, false },
      unit = "yen/month", basis = "official guidance",
      note = "JR-01 / JR-02 / HK-01 / RF-FUKUSHI: 千葉市's own 基準額 for 1–3 persons (千葉市 住居確保給付金の案内, 2021–2026 editions: 収入基準額 単身125,000円・2人179,000円・3人225,000円 = 基準額 + 支給上限). The page gives no row for 4 or more persons, so those sizes are false (no line: the rules say so instead of guessing). The FY2015 figures were not found; these apply to every year until they are.",
      references = { { id = "chiba_city_jukyo" } },
    },
    jutaku_fujo_by_size = {
      value = { 41000, 49000, 53000, 53000, 53000, false },
      unit = "yen/month", basis = "official guidance",
      note = "千葉市's 支給上限 (住宅扶助基準): 単身41,000円・2人49,000円・3〜5人53,000円; no row for 6 or more persons (false).",
      references = { { id = "chiba_city_jukyo" } },
    },

    taiken_max_months = {
      value = 6,
      unit = "months", basis = "practice document",
      note = "CHB-01: 就労体験は6ヶ月以内 (UWN Chiba: 【生活・社会・就労自立】就労体験（6ヶ月以内）).",
      references = { { id = "uwn_chiba_report" } },
    },
    taiken_notice_months = {
      value = 4,
      unit = "months", basis = "default",
      note = "CHB-01: months into the experience at which the next step is prepared (matching and 見学 for the next place take time). No source gives this value: a practitioners' working value, for each region to review.",
    },
    taiken_kinds = {
      value = { "taiken" },
      unit = "list", basis = "default",
      note = "CHB-01: placement kinds that count as 就労体験. No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },

    jyunbi_review_months = {
      value = 6,
      unit = "months", basis = "practice document",
      note = "CHB-02: 就労準備支援事業（実施期間：6ヶ月以内、もしくは1年以内）(UWN Chiba). A 6-month period is reviewed before it ends and may be extended (program_extended) to 1 year at most (施行規則第5条: 1年を超えない期間). The national JR-06 watches 1-year periods.",
      references = { { id = "uwn_chiba_report", section = "就労準備支援事業（実施期間：6ヶ月以内、もしくは1年以内）" } },
    },
    jyunbi_limit_months = {
      value = 12,
      unit = "months", basis = "law",
      note = "CHB-02: 就労準備支援事業（実施期間：6ヶ月以内、もしくは1年以内）(UWN Chiba). A 6-month period is reviewed before it ends and may be extended (program_extended) to 1 year at most (施行規則第5条: 1年を超えない期間). The national JR-06 watches 1-year periods.",
      references = { { id = "jiritsu_ho_kisoku", section = "第5条" }, { id = "uwn_chiba_report", section = "就労準備支援事業（実施期間：6ヶ月以内、もしくは1年以内）" } },
    },
    jyunbi_notice_days = {
      value = 30,
      unit = "days", basis = "default",
      note = "CHB-02: days of notice before the end of a 6-month period. No source gives this value: a practitioners' working value, for each region to review.",
    },

    uw_excluded_legal_statuses = {
      value = { "suspect", "defendant", "incarcerated", "juvenile_training" },
      unit = "list", basis = "practice document",
      note = "UW-02: legal statuses (case.legal.status) of people in conflict with the law now (触法状態), whom universal work leaves out (UWN Chiba: 触法状態の人を除く). A past offence is no bar (過去に 触法歴のある人も対象): parole, probation, a suspended or served sentence are not listed.",
      references = { { id = "uwn_chiba_report" } },
    },

    uw_rungs = {
      value = { "commuter_unpaid", "commuter_paid", "minwage_staff", "regular_staff" },
      unit = "list", basis = "practice document",
      note = "CHB-03: the rungs of the universal-work ladder (UWN Chiba).",
      references = { { id = "uwn_chiba_report" } },
    },

    meeting_required = {
      value = { plan_approval = true, plan_review = true, closure = true, suspension = true, contract_step_down = true },
      unit = "map", basis = "default",
      note = "CHB-04 and SD-04: as nationally, plus the step down that changes the person's contract (最賃保障職員からコミューターへ, 雇用契約書 → コミューター確認書) waits for the 支援調整会議 to confirm it. UWN Chiba lets the way of working change with the person's state (本人の状況に応じて…働き方を変えることができます) and works in a team with outside agencies; no source says the meeting must confirm the change: this pack's own default, so that losing an employment contract is never decided by the host alone.",
      references = { { id = "uwn_chiba_report", section = "本人の状況に応じて、最賃保障職員から有償コミューターへ移るなど働き方を変えることができます" } },
    },

    uw_short_term_goal_months = {
      value = 3,
      unit = "months", basis = "practice document",
      note = "UW-03: 個別支援計画②の短期目標は3ヶ月後 (UWN Chiba; 期間はその人の状況に合わせて検討する).",
      references = { { id = "uwn_chiba_report" } },
    },
    uw_plan_rungs = {
      value = { "commuter_unpaid", "commuter_paid" },
      unit = "list", basis = "default",
      note = "UW-03: rungs whose yardstick is the 個別支援計画 (commuters). No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },

    uw_appraisal_rungs = {
      value = { "minwage_staff", "regular_staff" },
      unit = "list", basis = "default",
      note = "UW-04: rungs whose yardstick is the 人事考課表 (雇用契約のある方). No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    appraisal_interval_months = {
      value = 12,
      unit = "months", basis = "default",
      note = "UW-04: months between appraisals (UWN Chiba's 人事考課表 looks back on 今年のしごと). No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "uwn_chiba_report" } },
    },
    first_appraisal_months = {
      value = 3,
      unit = "months", basis = "default",
      note = "UW-04: months on an employment contract before the first appraisal (a usual 試用期間). No source gives this value: a practitioners' working value, for each region to review.",
    },

    uw_exit_appraisal_average = {
      value = 4.5,
      unit = "points", basis = "default",
      note = "UW-07: the 人事考課 average (5-point scale) of a regular-wage post that shows support is no longer needed (支援が必要なくなった時点で一般就労へ). UWN Chiba gives the 人事考課表 as the employees' yardstick but no cut-off; 4.5 is ours, above SU-06's move to general wages.",
      references = { { id = "uwn_chiba_report", section = "【ステップアップの目安】人事考課表" } },
    },

    team_support_fdp_level = {
      value = 2,
      unit = "level", basis = "default",
      note = "CHB-03 (diversity network committee Five Different Positions; UWN Chiba 外部支援団体との伴走型チーム支援): an FDP axis at or below this level proposes team support with a 中核地域生活支援センター. No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "diversity_bukai" }, { id = "uwn_chiba_report" } },
    },
    team_support_agencies = {
      value = { "chukaku_center", "nakapotsu", "houkatsu", "fukushi_jimusho", "outreach", "sanka_shien" },
      unit = "list", basis = "default",
      note = "CHB-03: agencies that already support the person's daily life; with one of them on the team no new centre is proposed (UWN Chiba: すでに支援を受けている団体や新たに必要だと思われる 専門機関などと一緒に連携). No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "uwn_chiba_report" } },
    },

    kakei_review_rungs = {
      value = { "kunren_koyo", "commuter_paid", "minwage_staff", "regular_staff" },
      unit = "list", basis = "default",
      note = "KK-04: rungs at which pay starts or changes in kind, where 家計相談 is proposed when the household has money trouble (UWN Chiba: 家計相談支援事業（就労段階に応じて実施）). No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "uwn_chiba_report" } },
    },
  },

  programs = {
    universal_work = { ja = "ユニバーサル就労（UWNちば会員団体）", en = "Universal work (UWN Chiba member organisations)" },
    nogyo_taiken = {
      ja = "農業等就労・社会体験支援事業（千葉市・市内全域）",
      en = "Farm and other work and social experience (Chiba City, city-wide)",
    },
  },

  referral_targets = {
    chukaku_center = {
      ja = "中核地域生活支援センター（千葉県）",
      en = "Regional life-support centre (Chiba Prefecture, 中核地域生活支援センター)",
    },
    kakei = {
      ja = "家計相談支援事業（応援ネットワークちば：VAIC-CCI・生活クラブ生協千葉）",
      en = "Household-budget consultation (Oen Network Chiba: VAIC-CCI, Seikatsu Club Chiba)",
    },
    hellowork = {
      ja = "ハローワーク（同行）と就職活動支援（履歴書の添削・面接練習・キャリア相談）",
      en = "Hello Work (accompanied) and job-search support (CV review, interview practice, career counselling)",
    },
  },

  rung_names = {
    regular_staff = { ja = "一般賃金職員", en = "Regular-wage staff" },
  },

  alert_names = {
    appraisal_due = { ja = "人事考課の時期", en = "Appraisal due" },
    jyunbi_period_over = { ja = "就労準備支援の期間の終わり", en = "Readiness-support period over" },
    jyunbi_review_due = { ja = "就労準備支援の振り返りの時期", en = "Readiness-support review due" },
    taiken_limit = { ja = "体験の期間の上限", en = "Work-experience limit" },
    uw_goal_review_due = { ja = "ユニバーサル就労の目標の振り返りの時期", en = "Universal-work goal review due" },
  },

  check_labels = {
    days_planned_beyond_1_year = { ja = "1年を超える予定の日数", en = "Days planned beyond one year" },
    days_to_jyunbi_review = { ja = "就労準備支援の振り返りまでの日数", en = "Days to the readiness-support review" },
    months_in_taiken = { ja = "体験の月数", en = "Months of work experience" },
    months_since_appraisal = { ja = "人事考課からの月数", en = "Months since the appraisal" },
  },
}
