-- National baseline pack: the rules of 生活困窮者自立支援制度 that every region starts from.
-- Thresholds live here as named parameters; rule files read them with ctx.param("name").
-- A value written as { ["YYYY-MM-DD"] = v, ... } is effective-dated: the value in force on the
-- evaluation's as_of date is used. Values marked [default] are not fixed by any source; they are
-- practitioner defaults (domain research, marker [P]) that a region is expected to review.
-- Values marked [example] are one municipality's published figures (山武市, W-sammu) standing in
-- for the region's own tables. README.md lists every rule and every [default] / [example] value.
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
  sources = {
    "生活困窮者自立支援法 (第3条, 第9条 支援会議, 第16条 就労訓練事業の認定)",
    "生活困窮者自立支援法施行規則 (第4条 就労準備支援の対象, 第5条 期間, 第12条 住居確保給付金の支給期間, 第16条 再支給の制限, 第21条 就労訓練事業の認定基準)",
    "生活困窮者自立支援法等の一部を改正する法律 (平成30年・令和6年改正; 2025-04-01施行)",
    "障害者総合支援法 (就労選択支援: 2025-10-01施行, A型は2027-04-01から)",
    "000_d600cdafe6126d35.txt",
    "001_a4a1435720a49cf6.txt",
    "002_df3f346bc5c9f7ea.txt",
    "003_dc0ba222058be22b.txt",
    "004_976c0051525aae88.txt",
    "reference/domain.md §1–§2, §6 (W-sammu, W-wam1..4, W-kunren, W-kakei, W-sentaku, W-sapo, W-hw, W-houkatsu, W-jusou, W-ichiji, W-minwage)",
  },

  -- Rungs inside a stage, lowest first; a move is one rung unless a rule allows a skip.
  -- intermediate holds two tracks (003: ユニバーサル就労; W-kunren: 就労訓練 非雇用型 → 雇用型):
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
    -- SU-02 [default]: share of the period's short-term goals achieved at a review (003: 3-month goals).
    goal_attainment_min = 0.8,
    -- SU-02 [default]: a review older than this many days no longer speaks for the current month.
    review_fresh_days = 35,
    -- Ups need this many whole months in the current position first [default].
    min_months_in_position = 1,
    -- SU-02: positions whose yardstick is the 個別支援計画 goals (003: commuters step up on plan goals).
    goal_driven_positions = { "life", "social", "intermediate/commuter_unpaid" },
    -- SU-03 [default]: attendance over the last 30 days (003 Kushiro house rules: always call in).
    attendance_step_min = 0.9,
    -- SU-03 [default]: months a paid commuter works before moving to a minimum-wage contract.
    attendance_step_months = 2,
    -- SU-03: positions whose yardstick is attendance.
    attendance_driven_positions = { "intermediate/commuter_paid" },
    -- SU-04 [default]: weekly hours from which a job counts as full time.
    full_time_hours_per_week = 30,
    -- SU-05: national weighted-average minimum wage, yen/hour, in force from each October (W-minwage;
    -- FY2014 ¥780 so that the value is defined from the law's start in April 2015).
    minimum_wage_yen = {
      ["2014-10-01"] = 780, ["2015-10-01"] = 798, ["2016-10-01"] = 823, ["2017-10-01"] = 848, ["2018-10-01"] = 874,
      ["2019-10-01"] = 901, ["2020-10-01"] = 902, ["2021-10-01"] = 930, ["2022-10-01"] = 961,
      ["2023-10-01"] = 1004, ["2024-10-01"] = 1055, ["2025-10-01"] = 1121,
    },
    -- SU-06 [default]: 人事考課 average (5-point scale, 003) for the move to general wages.
    appraisal_average_min = 4.0,
    -- SU-06 [default]: an appraisal older than this many days is stale.
    appraisal_fresh_days = 100,
    -- SD-01 [default]: attendance over the last 14 days below this proposes a step down.
    attendance_floor = 0.6,
    -- SD-01: the lowest stage a step down on attendance applies to (work with a placement).
    step_down_from_stage = "intermediate",
    -- SD-01 [default]: where a step down goes when the next rung down belongs to the other track.
    step_down_to = { ["intermediate/commuter_unpaid"] = "employment" },
    -- SD-02 (001 Five Different Positions): an axis at or below this level holds progression.
    fdp_hold_level = 2,
    -- EX-01: placement kinds that are general employment (障害者雇用 included).
    general_employment_kinds = { "part_time", "full_time", "regular_staff", "shogai_koyo" },
    -- UW-01 / UW-05: placements on a コミューター確認書 (003), lowest first.
    commuter_kinds = { "commuter_unpaid", "commuter_paid" },
    -- JK-03 / JK-08: certified work-training placements (W-kunren: 非雇用型, 雇用型).
    kunren_kinds = { "kunren_hikoyo", "kunren_koyo" },
    -- SU-01 (003: 1か月ごとの振り返り): days between placement reviews.
    review_interval_days = 30,

    -- ── Process (§1.2, §2.1) ──────────────────────────────────────────────────────────────
    -- JS-06 [default]: days before a plan's end at which the evaluation is flagged.
    plan_end_notice_days = 14,
    -- MON-01 [default]: days without a review before monitoring is overdue (L-main: periodic
    -- monitoring; 003: monthly), a month plus a few days' grace.
    monitoring_interval_days = 35,
    -- JS-05: programmes whose use needs the municipality's support decision (支援決定) after the
    -- 支援調整会議 (W-shunan, W-wam1).
    statutory_programs = { "jyunbi", "kakei", "kunren", "ichiji_seikatsu" },
    -- JS-07 [default]: days without a successful contact before the worker must keep trying
    -- (W-wam1: temporary loss of contact is not 中断).
    contact_lost_days = 30,
    -- JS-07 [default]: days without contact (domain example 90) and failed attempts (N) after which
    -- 中断 may be proposed to the 支援調整会議.
    suspend_after_days = 90,
    suspend_min_attempts = 3,
    -- JS-10 (001: レベル1〜2の軸があれば長期の支援): the level at or below which an axis flags long-term risk.
    long_term_fdp_level = 2,
    -- JS-09 (W-2024law): from 2025-04-01 特定被保護者 may use readiness and budget support jointly.
    hihogosha_joint_use = { ["2015-04-01"] = false, ["2025-04-01"] = true },
    -- FU-01 [default] (§1.2 step 10 [P]): retention visits this many months after a hire …
    retention_visit_months = { 1, 3, 6 },
    -- … each due within this many days of its date [default].
    retention_visit_window_days = 30,
    -- FU-01: closure reasons after which the retention visits go on, as follow-ups (定着支援 after
    -- the case closed on the hire; W-wam1: follow-up after closure is allowed) [default].
    retention_closure_reasons = { "employed" },

    -- ── Household tables (JR-04, HK-02) ───────────────────────────────────────────────────
    -- 基準額 (市町村民税均等割非課税の収入額 ÷ 12), yen/month by household size (index = size;
    -- larger households use the last value). [example] 山武市 (W-sammu); a region sets its own.
    kijungaku_by_size = { 78000, 115000, 140000, 175000, 209000 },
    -- 住宅扶助基準 (rent cap), yen/month by household size. [example] 山武市 (W-sammu):
    -- 1p 37,200; 2p 45,000; 3–5p 48,400; 6p 52,000; 7p+ 58,100.
    jutaku_fujo_by_size = { 37200, 45000, 48400, 48400, 48400, 52000, 58100 },

    -- ── 就労準備支援 (§2.2) ────────────────────────────────────────────────────────────────
    -- JR-01 (L-4): financial assets up to this many times the 基準額.
    jyunbi_asset_multiple = 6,
    -- JR-02 [default]: "at risk of falling into JR-01": income and assets within this share above
    -- the JR-01 lines.
    jyunbi_risk_margin = 0.2,
    -- JR-05 (L-4): the former 65歳未満 cap, removed from 2019-04-01 [?: verify]; false = no cap.
    jyunbi_max_age = { ["2015-04-01"] = 64, ["2019-04-01"] = false },
    -- JR-06 (L-5): months of use, unless the municipality sets a longer period (program_extended).
    jyunbi_period_months = 12,
    -- JR-06 [default]: months before the limit at which the alert starts.
    jyunbi_limit_notice_months = 2,

    -- ── 就労訓練事業 (§2.3) ────────────────────────────────────────────────────────────────
    -- JK-01: intake concerns that mark "immediate general employment is difficult" (W-kunren:
    -- ひきこもり, 心身の課題 …), besides long-term risk, a disability certificate or public assistance.
    kunren_target_concerns = { "hikikomori_futoko", "health_disability" },

    -- ── 家計改善支援 (§2.5) ────────────────────────────────────────────────────────────────
    -- KK-05 [default] (domain [P]): months of arrears, debt (yen) and monthly surplus that trigger it.
    kakei_arrears_months_min = 1,
    kakei_debt_min_yen = 1,
    kakei_surplus_min_yen = 0,

    -- ── 住居確保給付金 (§2.6) ──────────────────────────────────────────────────────────────
    -- HK-01: days since the job loss (2 years) within which the benefit can be applied for.
    hk_job_loss_window_days = 730,
    -- HK-01: the no-fault income-drop route exists from 2020-04-01 (W-sammu; L-main).
    hk_income_drop_route = { ["2015-04-01"] = false, ["2020-04-01"] = true },
    -- HK-03: financial assets up to this many times the 基準額 …
    hk_asset_multiple = 6,
    -- … and never above this cap [default] (domain §8 Q1: "commonly ¥1,000,000", verify per region).
    hk_asset_cap_yen = 1000000,
    -- HK-06 (L-12): the first period, each extension, and the total, in months.
    hk_period_months = 3,
    hk_extension_months = 3,
    hk_max_months = 9,
    -- HK-06 [default]: days before a period's end within which the extension is decided (the
    -- period's last month).
    hk_extension_window_days = 30,
    -- HK-06-NOTICE [default]: days before a period's end from which the worker is reminded to apply
    -- for the extension (the month before its last month).
    hk_period_notice_days = 45,
    -- HK-04 / HK-05 (W-sammu, from 2023-04): interviews with the 相談支援員 per month …
    hk_counselor_interviews_min = 4,
    -- … counted over these contact kinds [default: face-to-face contacts] …
    hk_counselor_contact_kinds = { "interview", "home_visit", "accompany" },
    -- … Hello Work consultations per month (job-loss route) …
    hk_hw_consultations_min = 2,
    -- … and applications or job interviews: 1 a week, read as 4 per 30 days [default].
    hk_applications_min = 4,
    -- HK-05 (W-sammu): from 2023-04 the income-drop route owes only interviews and reports; before
    -- it, the full HK-04 duties are applied to both routes [default].
    hk_income_drop_light_duties = { ["2015-04-01"] = false, ["2023-04-01"] = true },
    -- HK-04 [default]: duties are checked once the benefit has run this many days.
    hk_duties_after_days = 30,
    -- HK-07 (L-12): a benefit interrupted by illness may restart within this many days (2 years).
    hk_illness_restart_days = 730,
    -- HK-08 (L-16): months after the month following the last payment before a new application.
    hk_reapply_wait_months = 12,
    -- HK-10 (W-2024law): moving to cheaper housing (転居費用) from 2025-04-01.
    hk_tenkyo_route = { ["2015-04-01"] = false, ["2025-04-01"] = true },

    -- ── 一時生活支援 / 居住支援 (§2.7) ─────────────────────────────────────────────────────
    -- IS-01 (W-ichiji): months of shelter in principle, and at most.
    ichiji_standard_months = 3,
    ichiji_max_months = 6,
    -- IS-03 (W-2024law): renamed 居住支援事業 from 2025-04-01.
    kyoju_shien_name = { ["2015-04-01"] = false, ["2025-04-01"] = true },

    -- ── Referrals (§2.8) ──────────────────────────────────────────────────────────────────
    -- JS-02 [default]: targets that sit on the 支援会議 (法9条; W-hokota), with whom information
    -- may be shared before the person consents. A region lists its own members.
    shien_kaigi_members = { "houkatsu", "fukushi_jimusho", "shakyo", "outreach" },
    -- RF-HW [default]: positions at which job search through Hello Work is proposed on readiness
    -- (goals met, or a good appraisal): 就労自立, and the employee rungs of intermediate work.
    hw_positions = { "employment", "intermediate/minwage_staff", "intermediate/kunren_koyo" },
    -- RF-SAPO (W-sapo): ages served: 15 to 39 until FY2019, 15 to 49 from FY2020.
    sapo_min_age = 15,
    sapo_max_age = { ["2015-04-01"] = 39, ["2020-04-01"] = 49 },
    -- RF-SAPO [default]: stages at which サポステ is proposed (before intermediate work).
    sapo_stages = { "social", "employment" },
    -- RF-NAKA (W-nakapotsu): certificates that open なかぽつ support.
    nakapotsu_certs = { "shintai", "ryoiku", "seishin" },
    -- RF-KIKAN (004: 基幹型 — 総合調整, 困難事例への対応, 地域における最後の砦): the role is in force
    -- from the 2021-06 検討会 report [default date].
    nakapotsu_kikan = { ["2015-04-01"] = false, ["2021-06-01"] = true },
    -- RF-SENTAKU (W-sentaku): 就労選択支援 before new B型 use from 2025-10-01, A型 from 2027-04-01 …
    shuro_sentaku_b = { ["2015-04-01"] = false, ["2025-10-01"] = true },
    shuro_sentaku_a = { ["2015-04-01"] = false, ["2027-04-01"] = true },
    -- … except (B型) from this age.
    shuro_sentaku_exempt_age = 50,
    -- RF-HOUKATSU (W-houkatsu): the age that makes a household member 地域包括's …
    houkatsu_age = 65,
    -- … and the concerns (care, abuse) or household kind (8050) that make a referral.
    houkatsu_concerns = { "care", "dv_abuse" },
    houkatsu_household_kinds = { "8050" },
    -- RF-FUKUSHI [default]: assets below this many months of the minimum-living line
    -- (基準額 + rent up to the 住宅扶助 cap) count as exhausted.
    fukushi_asset_floor_months = 1,
    -- RF-SHAKYO [default]: a monthly deficit with assets below this many months of expenses is a
    -- cash gap for 生活福祉資金.
    shakyo_cash_gap_months = 2,
    -- RF-HOUTERASU [default]: debt (yen) from which settlement through 法テラス is proposed (KK-03).
    debt_unsustainable_yen = 500000,
    -- RF-SANKA [default]: the region runs 重層的支援体制整備事業 (opt-in since 2021-04); without
    -- it, 参加支援 needs go to the 社協's community places.
    jusou = false,
    -- RF-OUTREACH [default]: failed contact attempts after which outreach is proposed.
    outreach_failed_contacts = 2,
    -- RF-MEDICAL: intake concerns that call for a medical consultation when no certificate is held.
    medical_concerns = { "health_disability" },
  },
}
