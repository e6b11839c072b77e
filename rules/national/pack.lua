-- National baseline pack: the rules of 生活困窮者自立支援制度 that every region starts from.
-- Thresholds live here as named parameters; rule files read them with ctx.param("name").
-- A value written as { ["YYYY-MM-DD"] = v, ... } is effective-dated: the value in force on the
-- evaluation's as_of date is used. Each parameter says its unit and basis: `default` marks a value
-- no source fixes (a practitioners' working value, for a region to review; `hashigo check` lists
-- them), and the income tables are one municipality's published figures (山武市) standing in for
-- the region's own, hence defaults too. References are ids of rules/references.lua.
return {
  name = { ja = "全国基準（生活困窮者自立支援制度）", en = "National baseline (Self-Reliance Support for Needy Persons)" },
  version = "0.2.0",
  -- The first day these rules can decide: 生活困窮者自立支援法 (平成25年法律第105号) came into force on
  -- 2015-04-01 [law], and every parameter of the system starts then. Evaluating an earlier day is
  -- refused with this date instead of failing inside a rule.
  in_force_from = "2015-04-01",
  description = {
    ja = "生活困窮者自立支援制度の全国共通の基準。"
      .. "(1) 梯子：生活自立→社会自立→就労自立→中間的就労→一般就労を、短期目標の達成・出勤率・賃金・人事考課・一般就労への移行で上り下りする。"
      .. "中間的就労には就労訓練事業（非雇用型→雇用型）とユニバーサル就労（無償コミューター→有償コミューター→最賃保障職員）の二つの系列があり、"
      .. "系列の中で一段ずつ上り下りする（系列の入口はUW-01・JK-03、出口は一般就労への移行EX-01）。"
      .. "(2) 手続き：同意と支援会議（JS-02）、他機関つなぎの確認（JS-03）、支援決定（JS-05）、プラン評価（JS-06）、連絡途絶と中断（JS-07）、就職後も家計の目標が残れば継続（JS-08）、生活保護世帯（JS-09）、Five Different Positions による長期化リスク（JS-10）、月次モニタリング、定着支援。"
      .. "(3) 事業：就労準備支援（世帯単位の収入・資産要件、準ずる者、年齢、12か月の期間）、就労訓練（対象者、行政による類型の決定、あっせん、非雇用型→雇用型）、"
      .. "家計改善支援（滞納・債務・赤字）、住居確保給付金（離職2年以内・収入・資産・2023年4月からの求職活動要件・3か月＋3か月＋3か月・病気による中断後の再開・再支給制限・2025年4月からの転居費用）、一時生活支援（居住支援事業）。"
      .. "(4) つなぎ先：ハローワーク、サポステ（年齢上限2020年3月まで39歳・4月から49歳）、なかぽつ（基幹型の総合調整）、就労選択支援（2025年10月から・例外つき）、地域包括、福祉事務所、社協、法テラス、医療、認定就労訓練事業所、参加支援（重層）、アウトリーチ。"
      .. "同意のない間は支援会議のメンバーへの情報共有だけを示し、長期化リスクのある人のつなぎは同行・合同面談（ウォームハンドオフ）を既定とする。"
      .. "基準額・住宅扶助の表は山武市の公表例（[example]）、出典に数値がない閾値は既定値（[default]）：一覧は README.md。",
    en = "The common baseline of the Self-Reliance Support for Needy Persons system. "
      .. "(1) The ladder life → social → employment → intermediate → general, climbed on short-term goals, attendance, pay, "
      .. "appraisal and hire into general work. The intermediate stage has two tracks, certified work training (non-employment → "
      .. "employment type) and the universal-work commuter ladder (unpaid → paid commuter → minimum-wage staff); cases move one rung "
      .. "at a time within a track (tracks are entered by UW-01 and JK-03 and left by EX-01). "
      .. "(2) Process guards: consent and the support meeting (JS-02), following up referrals out (JS-03), the support decision "
      .. "(JS-05), plan evaluation (JS-06), lost contact and suspension (JS-07), staying open after a hire while budget goals remain "
      .. "(JS-08), households on public assistance (JS-09), long-term risk from the Five Different Positions (JS-10), monthly "
      .. "monitoring and retention visits. "
      .. "(3) Programmes: readiness support (household income and asset test, the 'equivalent' route, age, the 12-month period), "
      .. "work training (target group, the type decided by the municipality, placement through the consultation office, "
      .. "non-employment → employment type), household-budget support (arrears, debt, deficit), the housing security benefit "
      .. "(job loss within 2 years, income, assets, the job-search duties of April 2023, 3 + 3 + 3 months, restart after illness, "
      .. "the re-application bar, moving costs from April 2025) and temporary shelter (housing support). "
      .. "(4) Referral targets: Hello Work, Youth Support Stations (upper age 39 until March 2020, 49 from April 2020), "
      .. "Nakapotsu centres (and their core-centre coordinating role), employment-choice support (from October 2025, with its "
      .. "exemptions), community general support centres, welfare offices, councils of social welfare, Houterasu, medical care, "
      .. "certified work-training providers, participation support (multi-layered system) and outreach. Without consent only "
      .. "sharing with support-meeting members is proposed, and referrals of people at long-term risk are warm hand-offs by default. "
      .. "The income tables by household size are Sammu City's published figures ([example]); thresholds the sources leave open "
      .. "are defaults ([default]), all listed in README.md.",
  },
  -- The documents this pack encodes as a whole (ids of rules/references.lua); each rule and
  -- parameter cites its own.
  sources = {
    "jiritsu_ho", "jiritsu_ho_kisoku", "jiritsu_ho_kaisei_2018", "jiritsu_ho_kaisei_2024", "sogo_shien_ho",
    "saitei_chingin_ho", "seikatsu_hogo_ho", "osaka_ladder_2", "diversity_bukai", "shien_center_symposium",
    "uwn_chiba_report", "kushiro_kyogikai", "nakapotsu_kikan", "sammu_jukyo", "wam_qa_shuketsu",
    "wam_qa_shushoku", "wam_qa_setai", "kunren_nintei", "koga_jyunbi_yoko", "kakei_summary", "sentaku_guide",
    "saposute_summary", "mhlw_hellowork_shuro", "houkatsu_summary", "mhlw_jusou", "ichiji_summary",
    "minwage_summary", "chohyo_yoshiki", "hokota_shien_kaigi", "shunan_shakyo", "jiritsu_soudan_shiyo",
    "mhlw_gyosei_review", "nakapotsu_summary",
  },

  -- Rungs inside a stage, lowest first; a move is one rung unless a rule allows a skip.
  -- intermediate holds two tracks (UWN Chiba report: ユニバーサル就労; W-kunren: 就労訓練 非雇用型 → 雇用型):
  -- 就労訓練 first, so entering the stage from 就労自立 lands on 非雇用型 training without a skip
  -- (JK-03); the commuter ladder is entered by UW-01, which may skip to its rung. No national rule
  -- moves a case from one track to the other; a step down from the bottom of the commuter track
  -- goes back to 就労自立 (step_down_to).
  rungs = {
    intermediate = { "kunren_hikoyo", "kunren_koyo", "commuter_unpaid", "commuter_paid", "minwage_staff" },
    general = { "part_time", "full_time" },
  },

  programs = {
    jyunbi = { ja = "就労準備支援事業", en = "Employment-readiness support" },
    kakei = { ja = "家計改善支援事業", en = "Household-budget improvement support" },
    jukyo_kakuho = { ja = "住居確保給付金", en = "Housing security benefit" },
    kunren = { ja = "認定就労訓練事業（中間的就労）", en = "Certified work training (intermediate work)" },
    ichiji_seikatsu = { ja = "一時生活支援事業（2025年4月から居住支援事業）", en = "Temporary shelter (housing support from April 2025)" },
    chiiki_kyoju = { ja = "地域居住支援事業（2025年4月から居住支援事業）", en = "Community housing support (housing support from April 2025)" },
    -- JS-09 [law] 生活保護法 第55条の11 (令和6年改正, 2025-04-01): the welfare office recognises a
    -- recipient as 特定被保護者, who may then use 就労準備支援・家計改善支援・居住支援 too; recorded
    -- as an enrolment from the day of recognition.
    tokutei_hihogosha = {
      ja = "特定被保護者の認定（福祉事務所：就労準備支援・家計改善支援・居住支援の併用）",
      en = "Recognised for joint use (welfare office: readiness, budget and housing support for a recipient)",
    },
  },

  referral_targets = {
    hellowork = { ja = "ハローワーク（生活保護受給者等就労自立促進事業）", en = "Public Employment Security Office (Hello Work)" },
    saposute = { ja = "地域若者サポートステーション", en = "Regional Youth Support Station" },
    nakapotsu = { ja = "障害者就業・生活支援センター（なかぽつ）", en = "Employment and Life Support Centre for Persons with Disabilities (Nakapotsu)" },
    shuro_sentaku = { ja = "就労選択支援", en = "Employment-choice support (disability services)" },
    houkatsu = { ja = "地域包括支援センター", en = "Community General Support Centre" },
    fukushi_jimusho = { ja = "福祉事務所（生活保護）", en = "Welfare office (public assistance)" },
    shakyo = { ja = "社会福祉協議会（生活福祉資金・居場所）", en = "Council of Social Welfare (welfare loans, community places)" },
    houterasu = { ja = "法テラス（日本司法支援センター）", en = "Houterasu (Japan Legal Support Center)" },
    medical = { ja = "医療機関（受診・診断）", en = "Medical care (consultation, diagnosis)" },
    kunren_jigyosho = { ja = "認定就労訓練事業所", en = "Certified work-training provider" },
    sanka_shien = { ja = "参加支援（重層的支援体制整備事業）", en = "Participation support (multi-layered support system)" },
    outreach = { ja = "アウトリーチ支援（訪問支援団体）", en = "Outreach (home-visit support organisation)" },
    keizoku_a = { ja = "就労継続支援A型", en = "Continuous employment support, type A" },
    keizoku_b = { ja = "就労継続支援B型", en = "Continuous employment support, type B" },
  },

  -- Names of the pack's codes for people reading decisions (`eval`, `case show`, `rules show`).
  rung_names = {
    kunren_hikoyo = { ja = "就労訓練（非雇用型）", en = "Work training (non-employment type)" },
    kunren_koyo = { ja = "就労訓練（雇用型）", en = "Work training (employment type)" },
    commuter_unpaid = { ja = "無償コミューター", en = "Unpaid commuter" },
    commuter_paid = { ja = "有償コミューター", en = "Paid commuter" },
    minwage_staff = { ja = "最賃保障職員", en = "Minimum-wage staff" },
    part_time = { ja = "パートタイム", en = "Part time" },
    full_time = { ja = "フルタイム", en = "Full time" },
  },

  alert_names = {
    benefit_period_end = { ja = "住居確保給付金の支給期間の終わり", en = "Housing security benefit period ending" },
    benefit_reapply_bar = { ja = "住居確保給付金の再支給の制限", en = "Housing security benefit re-application bar" },
    consent_missing = { ja = "情報共有への同意がない", en = "No consent to information sharing" },
    contact_lost = { ja = "連絡がつかない", en = "Contact lost" },
    evaluation_due = { ja = "プランの評価の時期", en = "Plan evaluation due" },
    job_search_duties = { ja = "求職活動の要件", en = "Job-search duties" },
    jyunbi_limit = { ja = "就労準備支援の利用期間の上限", en = "Readiness-support period limit" },
    keep_open = { ja = "就職後も支援を続ける", en = "Keep the case open after the hire" },
    long_term_risk = { ja = "支援が長期になるおそれ", en = "Risk of long-term support" },
    kikan_advice = { ja = "基幹型なかぽつへの助言の依頼", en = "Ask the core Nakapotsu centre for advice" },
    lead_agency_missing = { ja = "共同で持つケースの主担当がいない", en = "No lead agency for a jointly held case" },
    joint_agreement_missing = { ja = "共同支援への本人の同意の記録がない", en = "The person's agreement to joint support not recorded" },
    joint_against_wish = { ja = "本人が共同支援に同意していない", en = "The person did not agree to joint support" },
    agency_out_of_area = { ja = "担当地域の外の機関", en = "An agency outside its area" },
    monitoring_due = { ja = "モニタリングの時期", en = "Monitoring due" },
    placement_review_due = { ja = "就労先での振り返りの時期", en = "Placement review due" },
    referral_follow_up = { ja = "つなぎ先への確認", en = "Referral follow-up" },
    retention_visit_due = { ja = "定着支援の訪問の時期", en = "Retention visit due" },
    shuro_sentaku_exempt = { ja = "就労選択支援の例外", en = "Employment-choice support exemption" },
    support_decision_missing = { ja = "支援決定がない", en = "No support decision" },
    suspension_review = { ja = "中断の検討", en = "Suspension to be considered" },
  },

  -- Labels of the checks the national rules compute (the case-view fields are named by the core).
  check_labels = {
    applications_30d = { ja = "過去30日の応募・面接", en = "Applications and interviews, last 30 days" },
    benefit_months_after_extension = { ja = "延長後の支給月数", en = "Benefit months after the extension" },
    benefit_months_granted = { ja = "決定した支給月数", en = "Benefit months granted" },
    counselor_interviews_30d = { ja = "過去30日の相談支援員との面談", en = "Interviews with the counsellor, last 30 days" },
    days_paid = { ja = "支給された日数", en = "Days paid" },
    days_since_interruption = { ja = "中断からの日数", en = "Days since the interruption" },
    days_since_job_loss = { ja = "離職からの日数", en = "Days since the job loss" },
    days_to_benefit_end = { ja = "支給期間の終わりまでの日数", en = "Days to the end of the benefit" },
    hw_consultations_30d = { ja = "過去30日のハローワークでの相談", en = "Hello Work consultations, last 30 days" },
    income_drop_route = { ja = "収入減少による申請", en = "Income-drop route" },
    jyunbi_months_left = { ja = "就労準備支援の残りの月数", en = "Readiness-support months left" },
    jyunbi_months_used = { ja = "就労準備支援を利用した月数", en = "Readiness-support months used" },
    kunren_decided = { ja = "就労訓練の利用の決定", en = "Work training decided" },
    main_earner = { ja = "主たる生計維持者", en = "Main earner" },
    monthly_surplus_yen = { ja = "月の収支（円）", en = "Monthly surplus (yen)" },
    plan_approved = { ja = "支援調整会議での承認", en = "Plan approved" },
    shelter_months = { ja = "一時生活支援の月数", en = "Months of shelter" },
  },

  parameters = {
    -- ── Ladder (§2.9) ─────────────────────────────────────────────────────────────────────
    goal_attainment_min = {
      value = 0.8,
      unit = "ratio", basis = "default",
      note = "SU-02: share of the period's short-term goals achieved at a review (UWN Chiba: 3-month goals). No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "uwn_chiba_report" } },
    },
    review_fresh_days = {
      value = 35,
      unit = "days", basis = "default",
      note = "SU-02: a review older than this many days no longer speaks for the current month. No source gives this value: a practitioners' working value, for each region to review.",
    },
    min_months_in_position = {
      value = 1,
      unit = "months", basis = "default",
      note = "Ups need this many whole months in the current position first. No source gives this value: a practitioners' working value, for each region to review.",
    },
    goal_driven_positions = {
      value = { "life", "social", "intermediate/commuter_unpaid", "intermediate/commuter_paid" },
      unit = "list", basis = "practice document",
      note = "SU-02: positions whose yardstick is the 個別支援計画 goals — both commuter forms (無償・有償); the employees are judged on the 人事考課表 (SU-06).",
      references = { { id = "uwn_chiba_report", section = "ユニバーサル就労の働き方【ステップアップの目安】" } },
    },
    rung_contracts = {
      value = {
        kengaku = "none", taiken = "none", kunren_hikoyo = "none", kunren_koyo = "employment",
        commuter_unpaid = "commuter_confirmation", commuter_paid = "commuter_confirmation",
        minwage_staff = "employment", regular_staff = "employment", part_time = "employment", full_time = "employment",
      },
      unit = "map", basis = "practice document",
      note = "SU-02 / SD-01 / SD-04: the contract each rung is worked on — コミューター確認書 for commuters, 雇用契約書 for 最賃保障職員・一般賃金職員; 就労訓練 非雇用型 without and 雇用型 with an employment contract; general work on an employment contract (EX-01). Stages without rungs: no contract.",
      references = { { id = "uwn_chiba_report", section = "ユニバーサル就労の働き方【契約のかたち】" }, { id = "kunren_nintei" } },
    },
    rung_contracts_added = {
      value = {},
      unit = "map", basis = "practice document",
      note = "SU-02 / SD-01 / SD-04: contracts of a region's own rungs, added to rung_contracts above (a region's entry wins for a rung both list), so that a region adding a rung does not copy the table. None in the national pack.",
    },
    full_time_hours_per_week = {
      value = 30,
      unit = "hours/week", basis = "default",
      note = "SU-04: weekly hours from which a job counts as full time. No source gives this value: a practitioners' working value, for each region to review.",
    },
    minimum_wage_yen = {
      value = {
        ["2014-10-01"] = 780, ["2015-10-01"] = 798, ["2016-10-01"] = 823, ["2017-10-01"] = 848, ["2018-10-01"] = 874,
        ["2019-10-01"] = 901, ["2020-10-01"] = 902, ["2021-10-01"] = 930, ["2022-10-01"] = 961,
        ["2023-10-01"] = 1004, ["2024-10-01"] = 1055, ["2025-10-01"] = 1121,
      },
      unit = "yen/hour", basis = "official guidance",
      note = "SU-05: national weighted-average minimum wage, yen/hour, in force from each October (minimum-wage summaries; FY2014 ¥780 so that the value is defined from the law's start in April 2015).",
      references = { { id = "minwage_summary" }, { id = "saitei_chingin_ho", section = "第4条" } },
    },
    minimum_wage_fallback = {
      value = { ja = "全国加重平均", en = "national weighted average" },
      unit = "text", basis = "law",
      note = "SU-05: how the national average is named when it stands in for a prefecture's minimum wage (the household's prefecture not recorded, or without a table here). Minimum wages are set by prefecture; the weighted average binds no one.",
      references = { { id = "saitei_chingin_ho", section = "第9条（地域別最低賃金）" } },
    },
    home_prefecture = {
      value = {},
      unit = "map", basis = "law",
      note = "SU-05: the prefecture a regional pack serves ({ code = JIS X 0401, ja, en }): its minimum_wage_<code> stands in when the case records no prefecture or one without a table. The national pack serves none, so the weighted average (minimum_wage_yen, named by minimum_wage_fallback) stands in.",
      references = { { id = "saitei_chingin_ho", section = "第9条（地域別最低賃金）" } },
    },
    minimum_wage_prefectures = {
      value = { "01", "12", "14", "27", "41" },
      unit = "list", basis = "law",
      note = "SU-05: prefectures (JIS X 0401 codes) with a 地域別最低賃金 table minimum_wage_<code> in this pack.",
      references = { { id = "saitei_chingin_ho", section = "第9条（地域別最低賃金）" } },
    },
    minimum_wage_01 = {
      value = {
        ["2014-10-08"] = 748, ["2015-10-07"] = 764, ["2016-10-01"] = 786, ["2017-10-01"] = 810, ["2018-10-01"] = 835,
        ["2019-10-03"] = 861, ["2021-10-01"] = 889, ["2022-10-02"] = 920, ["2023-10-01"] = 960,
        ["2024-10-01"] = 1010, ["2025-10-04"] = 1075,
      },
      unit = "yen/hour", basis = "law",
      note = "SU-05: 北海道最低賃金 (01) from each 発効日; not revised in 2020. The effective dates of 2014, 2015, 2019 and 2022 are to be checked against 北海道労働局's notices.",
      references = { { id = "saitei_chingin_ho", section = "第9条" }, { id = "minwage_summary" } },
    },
    minimum_wage_12 = {
      value = {
        ["2014-10-01"] = 798, ["2015-10-01"] = 817, ["2016-10-01"] = 842, ["2017-10-01"] = 868,
        ["2018-10-01"] = 895, ["2019-10-01"] = 923, ["2020-10-01"] = 925, ["2021-10-01"] = 953,
        ["2022-10-01"] = 984, ["2023-10-01"] = 1026, ["2024-10-01"] = 1076, ["2025-10-03"] = 1140,
      },
      unit = "yen/hour", basis = "law",
      note = "SU-05: 千葉県最低賃金 (12) from each 発効日 (千葉労働局). 2015-10-01 817, 2016-10-01 842, 2017-10-01 868, 2019-10-01 923 and 2025-10-03 1140 are confirmed in the labour bureau's and municipalities' notices; the others are each year's 10-01 発効日 (千葉労働局 一覧).",
      references = { { id = "saitei_chingin_ho", section = "第9条" }, { id = "chiba_rodokyoku_minwage" } },
    },
    minimum_wage_14 = {
      value = {
        ["2014-10-01"] = 887, ["2015-10-18"] = 905, ["2016-10-01"] = 930, ["2017-10-01"] = 956,
        ["2018-10-01"] = 983, ["2019-10-01"] = 1011, ["2020-10-01"] = 1012, ["2021-10-01"] = 1040,
        ["2022-10-01"] = 1071, ["2023-10-01"] = 1112, ["2024-10-01"] = 1162, ["2025-10-04"] = 1225,
      },
      unit = "yen/hour", basis = "law",
      note = "SU-05: 神奈川県最低賃金 (14) from each 発効日 (神奈川労働局). 2018-10-01, 2020-10-01, 2023-10-01, 2024-10-01 and 2025-10-04 are confirmed in the labour bureau's notices; the other dates are each year's usual 発効日.",
      references = { { id = "saitei_chingin_ho", section = "第9条" }, { id = "kanagawa_rodokyoku_minwage" } },
    },
    minimum_wage_27 = {
      value = {
        ["2014-10-05"] = 838, ["2015-10-01"] = 858, ["2016-10-01"] = 883, ["2017-09-30"] = 909,
        ["2018-10-01"] = 936, ["2019-10-01"] = 964, ["2021-10-01"] = 992, ["2022-10-01"] = 1023,
        ["2023-10-01"] = 1064, ["2024-10-01"] = 1114, ["2025-10-16"] = 1177,
      },
      unit = "yen/hour", basis = "law",
      note = "SU-05: 大阪府最低賃金 (27) from each 発効日 (大阪労働局); not revised in 2020 (964 kept); 2025 takes effect on 2025-10-16.",
      references = { { id = "saitei_chingin_ho", section = "第9条" }, { id = "osaka_rodokyoku_minwage" } },
    },
    minimum_wage_41 = {
      value = {
        ["2014-10-04"] = 678, ["2015-10-04"] = 694, ["2016-10-06"] = 715, ["2017-10-06"] = 737,
        ["2018-10-04"] = 762, ["2019-10-04"] = 790, ["2020-10-02"] = 792, ["2021-10-06"] = 821,
        ["2022-10-02"] = 853, ["2023-10-14"] = 900, ["2024-10-17"] = 956, ["2025-11-21"] = 1030,
      },
      unit = "yen/hour", basis = "law",
      note = "SU-05: 佐賀県最低賃金 (41) from each 発効日 (佐賀労働局): the annual revisions, dated as announced (2025: 1,030 yen from 2025-11-21).",
      references = { { id = "saitei_chingin_ho", section = "第9条" }, { id = "saga_rodokyoku_minwage" } },
    },
    appraisal_average_min = {
      value = 4.0,
      unit = "points", basis = "default",
      note = "SU-06: 人事考課 average (5-point scale, UWN Chiba) for the move to general wages. No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "uwn_chiba_report" } },
    },
    appraisal_fresh_days = {
      value = 100,
      unit = "days", basis = "default",
      note = "SU-06: an appraisal older than this many days is stale. No source gives this value: a practitioners' working value, for each region to review.",
    },
    attendance_floor = {
      value = 0.6,
      unit = "ratio", basis = "default",
      note = "SD-01: attendance over the last 14 days below this proposes a step down. No source gives this value: a practitioners' working value, for each region to review.",
    },
    step_down_from_stage = {
      value = "intermediate",
      unit = "text", basis = "default",
      note = "SD-01: the lowest stage a step down on attendance applies to (work with a placement). No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    step_down_to = {
      value = { ["intermediate/commuter_unpaid"] = "employment" },
      unit = "map", basis = "default",
      note = "SD-01: where a step down goes when the next rung down belongs to the other track. No source gives this value: a practitioners' working value, for each region to review.",
    },
    fdp_hold_level = {
      value = 2,
      unit = "level", basis = "practice document",
      note = "SD-02 (diversity network committee Five Different Positions): an axis at or below this level holds progression.",
      references = { { id = "diversity_bukai" } },
    },
    general_employment_kinds = {
      value = { "part_time", "full_time", "regular_staff", "shogai_koyo" },
      unit = "list", basis = "default",
      note = "EX-01: placement kinds that are general employment (障害者雇用 included). No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    commuter_kinds = {
      value = { "commuter_unpaid", "commuter_paid" },
      unit = "list", basis = "practice document",
      note = "UW-01 / UW-05: placements on a コミューター確認書 (UWN Chiba), lowest first.",
      references = { { id = "uwn_chiba_report" } },
    },
    kunren_kinds = {
      value = { "kunren_hikoyo", "kunren_koyo" },
      unit = "list", basis = "official guidance",
      note = "JK-03 / JK-08: certified work-training placements (work-training guidance: 非雇用型, 雇用型).",
      references = { { id = "kunren_nintei" } },
    },
    review_interval_days = {
      value = 30,
      unit = "days", basis = "practice document",
      note = "SU-01 (UWN Chiba: 1か月ごとの振り返り): days between placement reviews.",
      references = { { id = "uwn_chiba_report" } },
    },

    -- ── Process (§1.2, §2.1) ──────────────────────────────────────────────────────────────
    plan_end_notice_days = {
      value = 14,
      unit = "days", basis = "default",
      note = "JS-06: days before a plan's end at which the evaluation is flagged. No source gives this value: a practitioners' working value, for each region to review.",
    },
    monitoring_interval_days = {
      value = 35,
      unit = "days", basis = "default",
      note = "MON-01: days without a review before monitoring is overdue (施行規則: periodic monitoring; UWN Chiba: monthly), a month plus a few days' grace. No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "uwn_chiba_report" }, { id = "jiritsu_ho_kisoku" } },
    },
    statutory_programs = {
      value = { "jyunbi", "kakei", "kunren", "ichiji_seikatsu", "chiiki_kyoju" },
      unit = "list", basis = "official guidance",
      note = "JS-05: programmes whose use needs the municipality's support decision (支援決定) after the 支援調整会議 (Shunan council of social welfare, WAM Q&A).",
      references = { { id = "shunan_shakyo" }, { id = "wam_qa_shuketsu" } },
    },
    meeting_required = {
      value = { plan_approval = true, plan_review = true, closure = true, suspension = true, contract_step_down = false },
      unit = "map", basis = "official guidance",
      note = "MT-01…MT-04, SD-04: the acts that need a meeting's decision. A plan is approved and support decided at the 支援調整会議 (Shunan council of social welfare, WAM Q&A); a closure and a suspension are reported to it (WAM Q&A on 終結・中断). A re-plan (plan_review) likewise, unless a region lets the centre approve it alone. No source asks the meeting to confirm a step down that changes the person's contract (contract_step_down): off here, for a region to switch on (Chiba does, with its CHB-03 alert; SD-04 then holds the step until a meeting confirms it).",
      references = { { id = "shunan_shakyo", section = "支援調整会議と支援決定" }, { id = "wam_qa_shuketsu" } },
    },
    meeting_cadence_days = {
      value = 30,
      unit = "days", basis = "default",
      note = "MT-01…MT-04: days between the region's regular 支援調整会議, so the day by which a case waiting for a decision should be taken up. Monthly meetings are common practice; no source fixes the interval, and MHLW gives 1 month to 3 months only as a reference for the 支援会議. A working value, for each region to set.",
      references = { { id = "shunan_shakyo" }, { id = "hokota_shien_kaigi" } },
    },
    contact_lost_days = {
      value = 30,
      unit = "days", basis = "default",
      note = "JS-07: days without a successful contact before the worker must keep trying (WAM Q&A: temporary loss of contact is not 中断). No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "wam_qa_shuketsu" } },
    },
    suspend_after_days = {
      value = 90,
      unit = "days", basis = "default",
      note = "JS-07: days without contact and failed attempts (N) after which 中断 may be proposed to the 支援調整会議. No source gives this value: a practitioners' working value, for each region to review.",
    },
    suspend_min_attempts = {
      value = 3,
      unit = "count", basis = "default",
      note = "JS-07: days without contact and failed attempts (N) after which 中断 may be proposed to the 支援調整会議. No source gives this value: a practitioners' working value, for each region to review.",
    },
    long_term_fdp_level = {
      value = 2,
      unit = "level", basis = "practice document",
      note = "JS-10 (diversity network committee: レベル1〜2の軸があれば長期の支援): the level at or below which an axis flags long-term risk.",
      references = { { id = "diversity_bukai" } },
    },
    hihogosha_joint_use = {
      value = { ["2015-04-01"] = false, ["2025-04-01"] = true },
      unit = "flag", basis = "law",
      note = "JS-09 (2024 amendment): from 2025-04-01 特定被保護者 may use readiness and budget support jointly.",
      references = { { id = "jiritsu_ho_kaisei_2024" } },
    },
    retention_visit_months = {
      value = { 1, 3, 6 },
      unit = "months", basis = "default",
      note = "FU-01 (§1.2 step 10): retention visits this many months after a hire … No source gives this value: a practitioners' working value, for each region to review.",
    },
    retention_visit_window_days = {
      value = 30,
      unit = "days", basis = "default",
      note = "FU-01 (§1.2 step 10): retention visits this many months after a hire … each due within this many days of its date. No source gives this value: a practitioners' working value, for each region to review.",
    },
    household_change_reasons = {
      value = { "deceased", "moved_out", "moved_to_public_assistance" },
      unit = "list", basis = "default",
      note = "HH-01: closure reasons of a linked household member's case that change the household this case is tested on (a death, someone moving out, the household passing to public assistance). Income and asset tests are per household (WAM Q&A); which closures change it is our reading.",
      references = { { id = "wam_qa_setai" } },
    },
    household_change_review_days = {
      value = 30,
      unit = "days", basis = "default",
      note = "HH-01: days after a member's closure during which the household review is asked (and by when). No source gives this value: a working value, for each region to review.",
    },
    learning_support_ages = {
      value = { min = 6, max = 18 },
      unit = "map", basis = "default",
      note = "HH-02: ages of a household's child for whom the children's learning and living support (子どもの学習・生活支援事業) is worth asking about: primary school to the end of high school, as most municipalities run it. The Act leaves the ages to the municipality.",
      references = { { id = "jiritsu_ho" } },
    },
    household_joint_review_days = {
      value = 90,
      unit = "days", basis = "default",
      note = "HH-03: how often several open cases of one household should meet at a joint case conference (合同ケース会議). No source fixes the interval: a working value, for each region to set.",
      references = { { id = "hokota_shien_kaigi" } },
    },
    -- Matching (matching.lua): which wage forms are a fitting next placement from each position,
    -- and the weights of the criteria. No source gives numbers; the order follows the symposium
    -- materials' steps (体験 → 短時間アルバイト → 柔軟にアレンジした雇用) and the UWN Chiba ladder.
    matching_next_forms = {
      value = {
        life = { "kengaku", "taiken", "commuter_unpaid" },
        social = { "kengaku", "taiken", "commuter_unpaid" },
        employment = { "taiken", "kunren_hikoyo", "commuter_unpaid", "commuter_paid" },
        intermediate = { "kunren_hikoyo", "kunren_koyo", "commuter_unpaid", "commuter_paid", "minwage_staff" },
        ["intermediate/kunren_hikoyo"] = { "kunren_hikoyo", "kunren_koyo" },
        ["intermediate/kunren_koyo"] = { "kunren_koyo", "part_time" },
        ["intermediate/commuter_unpaid"] = { "commuter_unpaid", "commuter_paid" },
        ["intermediate/commuter_paid"] = { "commuter_paid", "minwage_staff" },
        ["intermediate/minwage_staff"] = { "minwage_staff", "regular_staff", "part_time" },
        general = { "part_time", "full_time", "regular_staff" },
      },
      unit = "map", basis = "default",
      note = "MA-01: the wage forms of a carved task that make a fitting next placement, by stage or stage/rung (the rung's entry wins): the present form or the one above it, so that a person climbs one step at a time; from the life and social stages an unpaid commuter place is a first step too (ユニバーサル就労 takes anyone who wants to work, UW-01). Our reading of the symposium materials' steps and the UWN Chiba ladder, for each region to review.",
      references = { { id = "shien_center_symposium", section = "スライド6" }, { id = "uwn_chiba_report", section = "ユニバーサル就労の働き方" } },
    },
    matching_points_next_step = {
      value = 2, unit = "points", basis = "default",
      note = "MA-01: points for a task whose wage form is a next step. A working weight.",
    },
    matching_points_hours_fit = {
      value = 1, unit = "points", basis = "default",
      note = "MA-02: points for a task within the hours the person can work. A working weight.",
    },
    matching_points_per_interest = {
      value = 3, unit = "points", basis = "default",
      note = "MA-03: points per field of the task the person is drawn to; interest weighs most, as the symposium materials put it first (興味・関心・ストレングス). A working weight.",
      references = { { id = "shien_center_symposium", section = "スライド6" } },
    },
    matching_points_per_strength = {
      value = 2, unit = "points", basis = "default",
      note = "MA-04: points per skill of the task among the person's strengths. A working weight.",
    },
    matching_points_per_condition_met = {
      value = 1, unit = "points", basis = "default",
      note = "MA-05: points per condition the person needs that the task offers. A working weight.",
    },
    matching_penalty_per_condition_unmet = {
      value = 3, unit = "points", basis = "default",
      note = "MA-05: points taken per condition the person needs that the sheet does not offer. A working weight.",
    },
    matching_points_per_support = {
      value = 1, unit = "points", basis = "default",
      note = "MA-07: points per support the person needs that the workplace gives. A working weight.",
    },
    matching_penalty_per_support_missing = {
      value = 2, unit = "points", basis = "default",
      note = "MA-07: points taken per support the person needs that the workplace does not give. A working weight.",
    },
    closure_agreement_exempt_reasons = {
      value = { "contact_lost", "deceased", "moved_out", "info_only" },
      unit = "list", basis = "default",
      note = "CL-01: closure reasons where the person's agreement cannot be asked (lost contact, death, moving away, an information-only contact), so none is expected. WAM Q&A asks a closure to be decided after confirming the person's wishes; which reasons cannot carry it is our reading, for each region to review.",
      references = { { id = "wam_qa_shuketsu" } },
    },
    retention_closure_reasons = {
      value = { "employed" },
      unit = "list", basis = "default",
      note = "FU-01: closure reasons after which the retention visits go on, as follow-ups (定着支援 after the case closed on the hire; WAM Q&A: follow-up after closure is allowed). No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "wam_qa_shuketsu" } },
    },

    -- ── Household tables (JR-04, HK-02) ───────────────────────────────────────────────────
    kijungaku_by_size = {
      value = { 78000, 115000, 140000, 175000, 209000 },
      unit = "yen/month", basis = "default",
      note = "Sammu City's published figures stand in for the region's own table (a default for this pack). 基準額 (市町村民税均等割非課税の収入額 ÷ 12), yen/month by household size (index = size; larger households use the last value). 山武市 (Sammu City); a region sets its own.",
      references = { { id = "sammu_jukyo" } },
    },
    jutaku_fujo_by_size = {
      value = { 37200, 45000, 48400, 48400, 48400, 52000, 58100 },
      unit = "yen/month", basis = "default",
      note = "Sammu City's published figures stand in for the region's own table (a default for this pack). 住宅扶助基準 (rent cap), yen/month by household size. 山武市 (Sammu City): 1p 37,200; 2p 45,000; 3–5p 48,400; 6p 52,000; 7p+ 58,100.",
      references = { { id = "sammu_jukyo" } },
    },

    -- ── 就労準備支援 (§2.2) ────────────────────────────────────────────────────────────────
    jyunbi_asset_multiple = {
      value = 6,
      unit = "times", basis = "law",
      note = "JR-01 (施行規則第4条): financial assets up to this many times the 基準額.",
      references = { { id = "jiritsu_ho_kisoku", section = "第4条" } },
    },
    jyunbi_risk_margin = {
      value = 0.2,
      unit = "ratio", basis = "default",
      note = "JR-02: \"at risk of falling into JR-01\": income and assets within this share above the JR-01 lines. No source gives this value: a practitioners' working value, for each region to review.",
    },
    jyunbi_max_age = {
      value = { ["2015-04-01"] = 64, ["2019-04-01"] = false },
      unit = "age", basis = "law",
      note = "JR-05 (施行規則第4条): the former 65歳未満 cap, removed from 2019-04-01 (to verify); false = no cap.",
      references = { { id = "jiritsu_ho_kisoku", section = "第4条" } },
    },
    jyunbi_period_months = {
      value = 12,
      unit = "months", basis = "law",
      note = "JR-06 (施行規則第5条): months of use, unless the municipality sets a longer period (program_extended).",
      references = { { id = "jiritsu_ho_kisoku", section = "第5条" } },
    },
    jyunbi_limit_notice_months = {
      value = 2,
      unit = "months", basis = "default",
      note = "JR-06: months before the limit at which the alert starts. No source gives this value: a practitioners' working value, for each region to review.",
    },

    -- ── 就労訓練事業 (§2.3) ────────────────────────────────────────────────────────────────
    kunren_target_concerns = {
      value = { "hikikomori_futoko", "health_disability" },
      unit = "list", basis = "official guidance",
      note = "JK-01: intake concerns that mark \"immediate general employment is difficult\" (work-training guidance: ひきこもり, 心身の課題 …), besides long-term risk, a disability certificate or public assistance.",
      references = { { id = "kunren_nintei" } },
    },

    -- ── 家計改善支援 (§2.5) ────────────────────────────────────────────────────────────────
    kakei_arrears_months_min = {
      value = 1,
      unit = "months", basis = "default",
      note = "KK-05: months of arrears, debt (yen) and monthly surplus that trigger it. No source gives this value: a practitioners' working value, for each region to review.",
    },
    kakei_debt_min_yen = {
      value = 1,
      unit = "yen", basis = "default",
      note = "KK-05: months of arrears, debt (yen) and monthly surplus that trigger it. No source gives this value: a practitioners' working value, for each region to review.",
    },
    kakei_surplus_min_yen = {
      value = 0,
      unit = "yen", basis = "default",
      note = "KK-05: months of arrears, debt (yen) and monthly surplus that trigger it. No source gives this value: a practitioners' working value, for each region to review.",
    },

    -- ── 住居確保給付金 (§2.6) ──────────────────────────────────────────────────────────────
    hk_job_loss_window_days = {
      value = 730,
      unit = "days", basis = "law",
      note = "HK-01: days since the job loss (2 years) within which the benefit can be applied for.",
      references = { { id = "jiritsu_ho_kisoku", section = "離職・廃業後2年以内" } },
    },
    hk_income_drop_route = {
      value = { ["2015-04-01"] = false, ["2020-04-20"] = true },
      unit = "flag", basis = "law",
      note = "HK-01: the no-fault income-drop route (休業等による収入減少) exists from 2020-04-20, when the amended 施行規則 came into force.",
      references = { { id = "jiritsu_ho_kisoku", section = "2020年4月20日施行の改正" }, { id = "sammu_jukyo" } },
    },
    hk_max_age = {
      value = { ["2015-04-01"] = 64, ["2020-04-01"] = false },
      unit = "age", basis = "law",
      note = "HK-01: applicants had to be under 65 until 2020-03-31; false = no age limit from 2020-04-01.",
      references = { { id = "jiritsu_ho_kisoku", section = "2020年4月1日施行の改正" } },
    },
    hk_asset_multiple = {
      value = 6,
      unit = "times", basis = "official guidance",
      note = "HK-03: financial assets up to this many times the 基準額 …",
      references = { { id = "sammu_jukyo", section = "資産要件" } },
    },
    hk_asset_cap_yen = {
      value = 1000000,
      unit = "yen", basis = "default",
      note = "HK-03: financial assets up to hk_asset_multiple times the 基準額, and never above this cap. The cap is commonly ¥1,000,000 in municipal guidance; verify it per region. No source gives this value: a practitioners' working value, for each region to review.",
    },
    hk_period_months = {
      value = 3,
      unit = "months", basis = "law",
      note = "HK-06 (施行規則第12条): the first period, each extension, and the total, in months.",
      references = { { id = "jiritsu_ho_kisoku", section = "第12条" } },
    },
    hk_extension_months = {
      value = 3,
      unit = "months", basis = "law",
      note = "HK-06 (施行規則第12条): the first period, each extension, and the total, in months.",
      references = { { id = "jiritsu_ho_kisoku", section = "第12条" } },
    },
    hk_max_months = {
      value = 9,
      unit = "months", basis = "law",
      note = "HK-06 (施行規則第12条): the first period, each extension, and the total, in months.",
      references = { { id = "jiritsu_ho_kisoku", section = "第12条" } },
    },
    hk_extension_window_days = {
      value = 30,
      unit = "days", basis = "default",
      note = "HK-06: days before a period's end within which the extension is decided (the period's last month). No source gives this value: a practitioners' working value, for each region to review.",
    },
    hk_period_notice_days = {
      value = 45,
      unit = "days", basis = "default",
      note = "HK-06-NOTICE: days before a period's end from which the worker is reminded to apply for the extension (the month before its last month). No source gives this value: a practitioners' working value, for each region to review.",
    },
    hk_counselor_interviews_min = {
      value = { ["2015-04-01"] = 4, ["2020-04-30"] = 1, ["2023-04-01"] = 4 },
      unit = "count", basis = "official guidance",
      note = "HK-04 / HK-05 (Sammu City, from 2023-04): interviews with the 相談支援員 per month; 1 a month under the COVID-19 temporary measure (2020-04-30 to 2023-03-31, its end as read here).",
      references = { { id = "sammu_jukyo" }, { id = "mhlw_jukyo_covid" } },
    },
    hk_counselor_contact_kinds = {
      value = { "interview", "home_visit", "accompany" },
      unit = "list", basis = "default",
      note = "HK-04 / HK-05 (Sammu City, from 2023-04): interviews with the 相談支援員 per month … counted over these contact kinds (face-to-face contacts) … No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "sammu_jukyo" } },
    },
    hk_hw_consultations_min = {
      value = { ["2015-04-01"] = 2, ["2020-04-30"] = 0, ["2023-04-01"] = 2 },
      unit = "count", basis = "official guidance",
      note = "HK-04: Hello Work consultations per month (job-loss route); none under the COVID-19 temporary measure (2020-04-30 to 2023-03-31).",
      references = { { id = "sammu_jukyo", section = "求職活動要件（2023年4月から）: 月2回以上の職業相談" }, { id = "mhlw_jukyo_covid" } },
    },
    hk_applications_min = {
      value = { ["2015-04-01"] = 4, ["2020-04-30"] = 0, ["2023-04-01"] = 4 },
      unit = "count", basis = "default",
      note = "HK-04: applications or job interviews, 1 a week, read as 4 per 30 days (our reading); none under the COVID-19 temporary measure (2020-04-30 to 2023-03-31).",
      references = { { id = "sammu_jukyo" }, { id = "mhlw_jukyo_covid" } },
    },
    hk_income_drop_light_duties = {
      value = { ["2015-04-01"] = false, ["2023-04-01"] = true },
      unit = "flag", basis = "default",
      note = "HK-05 (Sammu City): from 2023-04 the income-drop route owes only interviews and reports; before it, the full HK-04 duties are applied to both routes. No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "sammu_jukyo" } },
    },
    hk_duties_after_days = {
      value = 30,
      unit = "days", basis = "default",
      note = "HK-04: duties are checked once the benefit has run this many days. No source gives this value: a practitioners' working value, for each region to review.",
    },
    hk_illness_restart_days = {
      value = 730,
      unit = "days", basis = "law",
      note = "HK-07 (施行規則第12条): a benefit interrupted by illness may restart within this many days (2 years).",
      references = { { id = "jiritsu_ho_kisoku", section = "第12条" } },
    },
    hk_reapply_wait_months = {
      value = 12,
      unit = "months", basis = "law",
      note = "HK-08 (施行規則第16条): months after the month following the last payment before a new application.",
      references = { { id = "jiritsu_ho_kisoku", section = "第16条" } },
    },
    hk_tenkyo_route = {
      value = { ["2015-04-01"] = false, ["2025-04-01"] = true },
      unit = "flag", basis = "law",
      note = "HK-10 (2024 amendment): moving to cheaper housing (転居費用) from 2025-04-01.",
      references = { { id = "jiritsu_ho_kaisei_2024" } },
    },

    -- ── 一時生活支援 / 居住支援 (§2.7) ─────────────────────────────────────────────────────
    ichiji_standard_months = {
      value = 3,
      unit = "months", basis = "official guidance",
      note = "IS-01 (temporary shelter summary): months of shelter in principle, and at most.",
      references = { { id = "ichiji_summary" } },
    },
    ichiji_max_months = {
      value = 6,
      unit = "months", basis = "official guidance",
      note = "IS-01 (temporary shelter summary): months of shelter in principle, and at most.",
      references = { { id = "ichiji_summary" } },
    },
    chiiki_kyoju = {
      value = { ["2015-04-01"] = false, ["2019-04-01"] = true },
      unit = "flag", basis = "law",
      note = "IS-02 (2018 amendment): 地域居住支援事業 — move-in support and visits after the shelter — from 2019-04-01.",
      references = { { id = "jiritsu_ho_kaisei_2018" } },
    },
    kyoju_shien_name = {
      value = { ["2015-04-01"] = false, ["2025-04-01"] = true },
      unit = "flag", basis = "law",
      note = "IS-03 (2024 amendment): renamed 居住支援事業 from 2025-04-01.",
      references = { { id = "jiritsu_ho_kaisei_2024" } },
    },

    -- ── Referrals (§2.8) ──────────────────────────────────────────────────────────────────
    shien_kaigi_members = {
      value = { "houkatsu", "fukushi_jimusho", "shakyo", "outreach" },
      unit = "list", basis = "default",
      note = "JS-02: targets that sit on the 支援会議 (法9条; Hokota City rules), with whom information may be shared before the person consents. A region lists its own members. No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "hokota_shien_kaigi" }, { id = "jiritsu_ho", section = "第9条" } },
    },
    hw_positions = {
      value = { "employment", "intermediate/minwage_staff", "intermediate/kunren_koyo" },
      unit = "list", basis = "default",
      note = "RF-HW: positions at which job search through Hello Work is proposed on readiness (goals met, or a good appraisal): 就労自立, and the employee rungs of intermediate work. No source gives this value: a practitioners' working value, for each region to review.",
    },
    sapo_min_age = {
      value = 15,
      unit = "age", basis = "official guidance",
      note = "RF-SAPO (Youth Support Station ages): ages served: 15 to 39 until FY2019, 15 to 49 from FY2020.",
      references = { { id = "saposute_summary" } },
    },
    sapo_max_age = {
      value = { ["2015-04-01"] = 39, ["2020-04-01"] = 49 },
      unit = "age", basis = "official guidance",
      note = "RF-SAPO (Youth Support Station ages): ages served: 15 to 39 until FY2019, 15 to 49 from FY2020.",
      references = { { id = "saposute_summary" } },
    },
    sapo_stages = {
      value = { "social", "employment" },
      unit = "list", basis = "default",
      note = "RF-SAPO: stages at which サポステ is proposed (before intermediate work). No source gives this value: a practitioners' working value, for each region to review.",
    },
    nakapotsu_certs = {
      value = { "shintai", "ryoiku", "seishin" },
      unit = "list", basis = "official guidance",
      note = "RF-NAKA (Nakapotsu summary): certificates that open なかぽつ support.",
      references = { { id = "nakapotsu_summary" } },
    },
    nakapotsu_suspect_concerns = {
      value = { "health_disability" },
      unit = "list", basis = "default",
      note = "RF-NAKA: intake concerns that, with long-term risk (long_term_fdp_level), make a disability strongly suspected without a certificate. なかぽつ practice handles borderline cases jointly; which concerns count is our reading.",
      references = { { id = "nakapotsu_kikan" }, { id = "osaka_ladder_2", section = "注1" } },
    },
    nakapotsu_kikan = {
      value = { ["2015-04-01"] = false, ["2021-06-01"] = true },
      unit = "flag", basis = "default",
      note = "RF-KIKAN (Nakapotsu core-role paper: 基幹型 — 総合調整, 困難事例への対応, 地域における最後の砦): the role is in force from the 2021-06 検討会 report. No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "nakapotsu_kikan" } },
    },
    network_action_days = {
      value = 14,
      unit = "days", basis = "default",
      note = "NK-01, NK-02: days after an agency joins a case within which a partner centre asks the core centre for advice, and a jointly held case names its lead. No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "nakapotsu_kikan" } },
    },
    shuro_sentaku_b = {
      value = { ["2015-04-01"] = false, ["2025-10-01"] = true },
      unit = "flag", basis = "law",
      note = "RF-SENTAKU (employment-choice guidance): 就労選択支援 before new B型 use from 2025-10-01, A型 from 2027-04-01 …",
      references = { { id = "sogo_shien_ho", section = "就労選択支援" }, { id = "sentaku_guide" } },
    },
    shuro_sentaku_a = {
      value = { ["2015-04-01"] = false, ["2027-04-01"] = true },
      unit = "flag", basis = "law",
      note = "RF-SENTAKU (employment-choice guidance): 就労選択支援 before new B型 use from 2025-10-01, A型 from 2027-04-01 …",
      references = { { id = "sogo_shien_ho", section = "就労選択支援" }, { id = "sentaku_guide" } },
    },
    shuro_sentaku_exempt_age = {
      value = 50,
      unit = "age", basis = "official guidance",
      note = "RF-SENTAKU (employment-choice guidance): 就労選択支援 before new B型 use from 2025-10-01, A型 from 2027-04-01 … except (B型) from this age.",
      references = { { id = "sentaku_guide", section = "50歳以上は除く" } },
    },
    shuro_sentaku_unable_concerns = {
      value = { "health_disability" },
      unit = "list", basis = "default",
      note = "RF-SENTAKU-EXEMPT: a person who has worked but whom age or strength now keeps from a job is exempt (B型); read as a job loss or ended employment contract on record with one of these intake concerns — our reading; the municipality confirms.",
      references = { { id = "sentaku_guide" } },
    },
    shuro_sentaku_nearby = {
      value = true,
      unit = "flag", basis = "default",
      note = "RF-SENTAKU-EXEMPT: whether a 就労選択支援 provider can be used nearby; a region without one sets false (no provider nearby exempts). true is our default; a turned-down referral counts too.",
      references = { { id = "sentaku_guide", section = "近隣に事業所がない場合" } },
    },
    houkatsu_age = {
      value = 65,
      unit = "age", basis = "official guidance",
      note = "RF-HOUKATSU (community support centre summary): the age that makes a household member 地域包括's …",
      references = { { id = "houkatsu_summary" } },
    },
    houkatsu_concerns = {
      value = { "care", "dv_abuse" },
      unit = "list", basis = "official guidance",
      note = "RF-HOUKATSU (community support centre summary): the age that makes a household member 地域包括's … and the concerns (care, abuse) or household kind (8050) that make a referral.",
      references = { { id = "houkatsu_summary" } },
    },
    houkatsu_household_kinds = {
      value = { "8050" },
      unit = "list", basis = "official guidance",
      note = "RF-HOUKATSU (community support centre summary): the age that makes a household member 地域包括's … and the concerns (care, abuse) or household kind (8050) that make a referral.",
      references = { { id = "houkatsu_summary" } },
    },
    fukushi_asset_floor_months = {
      value = 1,
      unit = "months", basis = "default",
      note = "RF-FUKUSHI: assets below this many months of the minimum-living line (基準額 + rent up to the 住宅扶助 cap) count as exhausted. No source gives this value: a practitioners' working value, for each region to review.",
    },
    shakyo_cash_gap_months = {
      value = 2,
      unit = "months", basis = "default",
      note = "RF-SHAKYO: a monthly deficit with assets below this many months of expenses is a cash gap for 生活福祉資金. No source gives this value: a practitioners' working value, for each region to review.",
    },
    debt_unsustainable_yen = {
      value = 500000,
      unit = "yen", basis = "default",
      note = "RF-HOUTERASU: debt (yen) from which settlement through 法テラス is proposed (KK-03). No source gives this value: a practitioners' working value, for each region to review.",
    },
    jusou = {
      value = false,
      unit = "flag", basis = "default",
      note = "RF-SANKA: the region runs 重層的支援体制整備事業 (opt-in since 2021-04); without it, 参加支援 needs go to the 社協's community places. No source gives this value: a practitioners' working value, for each region to review.",
    },
    outreach_failed_contacts = {
      value = 2,
      unit = "count", basis = "default",
      note = "RF-OUTREACH: failed contact attempts after which outreach is proposed. No source gives this value: a practitioners' working value, for each region to review.",
    },
    medical_concerns = {
      value = { "health_disability" },
      unit = "list", basis = "default",
      note = "RF-MEDICAL: intake concerns that call for a medical consultation when no certificate is held. No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
  },
}
