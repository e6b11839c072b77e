-- 神奈川（藤沢市・鎌倉市）: the rules of インクルージョンネットかながわ's two municipalities
-- (seed インクルージョンネットかながわ「インクルージョンネットかながわの取り組み」, FY2015) over the national baseline.
--
-- Byturn is not a programme of either city: it is a high school's programme (the source's example
-- runs at a high school, with an NPO's follow-up and skill-up training), whose employer-recruiting
-- know-how Inclusion Net Kanagawa's readiness workers meant to learn (開拓ノウハウを就労準備支援
-- 担当者も学んで行く予定). A student of such a school who lives in either city is supported here;
-- the part-time contract under it is a rung of its own (intermediate/byturn), not universal work.
--
-- One pack serves both cities. Which city a case belongs to is read by `municipality_of` (a
-- small helper repeated at the top of each rule file): the household's municipality
-- (case.household.municipality, a 全国地方公共団体コード) when it is one of `municipalities`
-- below (their `code`), otherwise default_municipality ([default]).
-- Parameters with basis = "default" are not fixed by any source; a region is expected to review them.
return {
  name = {
    ja = "神奈川（藤沢市・鎌倉市／インクルージョンネットかながわ）",
    en = "Kanagawa (Fujisawa and Kamakura, Inclusion Net Kanagawa)",
  },
  version = "0.2.0",
  extends = "national",
  description = {
    ja = "インクルージョンネットかながわが関わる2市の生活困窮者自立支援（2015年度）。"
      .. "鎌倉市（人口17万人）は自立相談支援をインクルージョンネットかながわに委託し任意事業はなし：就労準備支援・家計改善支援は「実施していない」と判定し（JR-01・KK-05）、就労準備は同法人の自主事業（民間助成）へつなぐ（JR-09）。"
      .. "藤沢市（人口42万人）は自立相談支援を市が直営し、任意事業として就労準備支援（いきいき福祉会とインクルージョンネットかながわの共同事業体）・家計相談支援・学習支援（GK-01）を実施：全国基準どおりに判定。"
      .. "就労準備支援はオーダーメイド：面談を重ねながら講座・社会参加・就労体験をその都度探す（面談の間隔 OM-01）。"
      .. "バイターンは市の事業ではなく高校の取り組み（出典の例は高校とNPOのフォロー・スキルアップ研修）で、インクルージョンネットかながわはその企業開拓のノウハウを就労準備支援に学ぶ予定だった。"
      .. "2市に住むバイターンの生徒（募集・事前研修→マッチング面談→3日間職場体験→アルバイト契約と学校の介入→卒業時に正規雇用、または非正規を続けNPOのスキルアップ研修で正規雇用へ）を、社会自立→就労自立（BT-02）→中間的就労のバイターンの段（BT-03、ユニバーサル就労の最賃保障職員とは別。支援付きのあいだは BT-08 で保留）→一般就労（EX-01）として扱う。"
      .. "最低賃金は神奈川県の額（MW-01 が下回る雇用契約を指摘）。"
      .. "市はケースの世帯の住所地（全国地方公共団体コード：藤沢市 142051、鎌倉市 142042）で決まり、住所地の記録がないか2市以外なら既定値（藤沢市 [default]）を使う。在学と卒業予定日はバイターンの事業利用とその終了予定日で代用。"
      .. "全国ルール JR-01・JR-02・KK-05・RF-SAPO・RF-SANKA・EX-01 は市・在学・自主事業を考慮した版に置き換え（藤沢市のケースでは全国と同じ結果）。"
      .. "[default] の値：既定の市、学習支援の年齢上限18歳、バイターンの年齢15〜19歳、面談間隔30日、卒業前の進路判断90日、スキルアップ6か月での他社求職。",
    en = "Self-reliance support in the two cities Inclusion Net Kanagawa works in (FY2015). "
      .. "Kamakura (pop. 170k) contracts its independence consultation to Inclusion Net Kanagawa and runs no optional programmes: "
      .. "readiness and budget support are answered 'not run here' (JR-01, KK-05) and readiness is routed to the NPO's "
      .. "self-funded programme (private grants, JR-09). Fujisawa (pop. 420k) runs the consultation itself and offers readiness "
      .. "support (a consortium of Ikiiki Fukushikai and Inclusion Net Kanagawa), household-budget consultation and learning "
      .. "support (GK-01), judged as nationally. Readiness support is order-made: courses, social participation and work "
      .. "experience are found one person at a time, interview by interview (interview cadence, OM-01). "
      .. "Byturn is not a programme of either city but a high school's (the source's example: a high school with an NPO's "
      .. "follow-up and skill-up training), whose employer-recruiting know-how Inclusion Net Kanagawa meant to learn for "
      .. "readiness support. A byturn student living in either city (recruitment and pre-training → matching interview → "
      .. "3-day workplace experience → a part-time contract with the school still intervening → a regular job at graduation, "
      .. "or continued part-time work plus the NPO's skill-up training and a regular job later) runs social → employment "
      .. "(BT-02) → intermediate/byturn, a rung of its own, not universal work's minimum-wage staff (BT-03, held there while "
      .. "supported, BT-08) → general (EX-01). The minimum wage is Kanagawa's (MW-01 flags contracts "
      .. "below it). The city is the household's municipality (its local-government code: Fujisawa 142051, Kamakura 142042), "
      .. "else, with no municipality recorded or another one, the default city (Fujisawa [default]); byturn enrolment and its planned end "
      .. "stand in for school enrolment and the graduation day. National rules JR-01, JR-02, KK-05, RF-SAPO, RF-SANKA and EX-01 "
      .. "are replaced by versions aware of the city, of school and of the NPO's own programme (same results as national for a "
      .. "Fujisawa case). [default] values: the default city, learning support up to age 18, byturn ages 15–19, 30-day "
      .. "interview cadence, graduation decision 90 days ahead, other employers after 6 months of skill-up.",
  },
  -- The documents this pack encodes as a whole (ids of rules/references.lua); each rule and
  -- parameter cites its own.
  sources = {
    "inclusion_net_kanagawa", "jiritsu_ho", "jiritsu_ho_kisoku", "kanagawa_rodokyoku_minwage",
  },

  -- Rungs of the intermediate stage: national's two tracks, then byturn's part-time contract with
  -- the school intervening (its own track: a school's programme, not a universal-work host).
  rungs = {
    intermediate = { "kunren_hikoyo", "kunren_koyo", "commuter_unpaid", "commuter_paid", "minwage_staff", "byturn" },
  },

  parameters = {
    rung_contracts_added = {
      value = { byturn = "employment" },
      unit = "map", basis = "practice document",
      note = "SU-02 / SD-01 / SD-04: byturn's part-time contract (アルバイト契約: 雇用契約をした後も学校が積極的に介入), added to national's rung_contracts.",
      references = { { id = "inclusion_net_kanagawa", section = "byturn" } },
    },
    step_down_to = {
      value = { ["intermediate/commuter_unpaid"] = "employment", ["intermediate/byturn"] = "employment" },
      unit = "map", basis = "default",
      note = "SD-01 / SD-04: where a step down goes when the next rung down is another track's: from byturn back to 就労自立 (the contract ends first), and national's entry for the commuters. This is how this pack encodes the rule.",
    },

    municipalities = {
      value = {
        ["2015-04-01"] = {
          fujisawa = {
            ja = "藤沢市", en = "Fujisawa", code = "142051",
            programs = { "jyunbi", "kakei", "gakushu" },
            readiness_provider = "fujisawa_jyunbi",
            consultation = "city",
          },
          kamakura = {
            ja = "鎌倉市", en = "Kamakura", code = "142042",
            programs = {},
            readiness_provider = "inclusion_net_jishu",
            consultation = "inclusion_net",
          },
        },
      },
      unit = "map", basis = "practice document",
      note = "The municipalities this pack serves and their set-up, by fiscal year (Inclusion Net Kanagawa: 鎌倉市と藤沢市の概要). programs: optional programmes the city runs (任意事業). Kamakura: 任意事業なし. readiness_provider: who delivers readiness support. Kamakura: the NPO's self-funded programme (自主事業・民間助成), where JR-09 routes; Fujisawa: the city-commissioned consortium, used through the statutory programme (JR-01, JS-05), so JR-09 stays silent. consultation: who runs 自立相談支援 (Kamakura: contracted to the NPO; Fujisawa: the city). code: the city's 全国地方公共団体コード, matched against case.household.municipality.",
      references = { { id = "inclusion_net_kanagawa" } },
    },
    default_municipality = {
      value = "fujisawa",
      unit = "text", basis = "default",
      note = "The city used when the case says nothing (the larger city, where the NPO's readiness work is commissioned). No source gives this value: a practitioners' working value, for each region to review.",
    },

    readiness_positions = {
      value = { "life", "social" },
      unit = "list", basis = "default",
      note = "JR-09: positions from which a person is routed to readiness support (生活・社会自立); from 就労自立 on, job search (Hello Work) comes first and readiness continues only if started. No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    readiness_programs = {
      value = { "jyunbi", "jyunbi_jishu" },
      unit = "list", basis = "default",
      note = "JR-09 / OM-01: programmes that deliver readiness support (statutory, or the NPO's own). No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    ordermade_interview_days = {
      value = 30,
      unit = "days", basis = "default",
      note = "OM-01: order-made support is built interview by interview (Inclusion Net Kanagawa: 面談をしながら オーダーメイドで支援を組み立てていく); days without a contact before an interview is due. No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "inclusion_net_kanagawa" } },
    },

    gakushu_age_max = {
      value = 18,
      unit = "age", basis = "default",
      note = "GK-01: learning support (学習支援事業) up to this age (high-school students). No source gives this value: a practitioners' working value, for each region to review.",
    },

    byturn_age_min = {
      value = 15,
      unit = "age", basis = "practice document",
      note = "BT-01: byturn is for high-school students (Inclusion Net Kanagawa: 高校生支援で成功してきた「バイターン」).",
      references = { { id = "inclusion_net_kanagawa" } },
    },
    byturn_age_max = {
      value = 19,
      unit = "age", basis = "default",
      note = "BT-01: 19 leaves room for a four-year part-time (定時制) course. No source gives this value: a practitioners' working value, for each region to review.",
    },
    byturn_experience_days = {
      value = 3,
      unit = "days", basis = "practice document",
      note = "BT-02: the workplace experience lasts three days (Inclusion Net Kanagawa: 三日間の職場体験).",
      references = { { id = "inclusion_net_kanagawa" } },
    },
    supported_parttime_programs = {
      value = { "byturn", "skillup" },
      unit = "list", basis = "default",
      note = "EX-01 / BT-03: programmes under which part-time work is still supported work (中間的就労): byturn while at school (学校が積極的に介入), the NPO's skill-up training after graduation. No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    byturn_followup_days = {
      value = 30,
      unit = "days", basis = "default",
      note = "BT-06: days between follow-ups (Inclusion Net Kanagawa: 日報・面談で状況把握). No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "inclusion_net_kanagawa" } },
    },
    byturn_graduation_notice_days = {
      value = 90,
      unit = "days", basis = "default",
      note = "BT-07: days before graduation at which the path after it must be decided (卒業と同時に正規雇用 / 非正規雇用を継続しスキルアップ). No source gives this value: a practitioners' working value, for each region to review.",
    },
    byturn_skillup_review_months = {
      value = 6,
      unit = "months", basis = "default",
      note = "BT-05: months of skill-up training after which other employers are sought too (Inclusion Net Kanagawa: 雇用受け皿のない企業では、他社への就職を積極的に応援). No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "inclusion_net_kanagawa" } },
    },

    home_prefecture = {
      value = { code = "14", ja = "神奈川県", en = "Kanagawa" },
      unit = "map", basis = "law",
      note = "SU-05: the prefecture this pack serves (JIS X 0401 code): its 地域別最低賃金, national's minimum_wage_14, stands in when the case records no prefecture (or one without a table), and the pack's own minimum-wage rules compare with it.",
      references = { { id = "saitei_chingin_ho", section = "第9条（地域別最低賃金）" }, { id = "kanagawa_rodokyoku_minwage" } },
    },
  },

  programs = {
    jyunbi_jishu = {
      ja = "就労準備支援（インクルージョンネットかながわ自主事業・民間助成）",
      en = "Readiness support (Inclusion Net Kanagawa's self-funded programme, private grants)",
    },
    gakushu = { ja = "学習支援事業（藤沢市）", en = "Learning support (Fujisawa)" },
    byturn = {
      ja = "バイターン（高校生のアルバイト型インターンシップ）",
      en = "Byturn (part-time internship for high-school students)",
    },
    skillup = {
      ja = "卒業後のフォロー／スキルアップ研修（NPO）",
      en = "Follow-up and skill-up training after graduation (NPO)",
    },
  },

  referral_targets = {
    fujisawa_jyunbi = {
      ja = "藤沢市就労準備支援事業（いきいき福祉会・インクルージョンネットかながわ共同事業体）",
      en = "Fujisawa readiness support (Ikiiki Fukushikai and Inclusion Net Kanagawa consortium)",
    },
    inclusion_net_jishu = {
      ja = "インクルージョンネットかながわ 就労準備支援（自主事業）",
      en = "Inclusion Net Kanagawa readiness support (self-funded)",
    },
    npo_skillup = {
      ja = "NPOのフォロー／スキルアップ研修（例：ユースポート横濱）",
      en = "NPO follow-up and skill-up training (e.g. Youth Port Yokohama)",
    },
  },

  alert_names = {
    below_minimum_wage = { ja = "最低賃金を下回る", en = "Below the minimum wage" },
    byturn_followup_due = { ja = "byturn のフォローアップの時期", en = "byturn follow-up due" },
    byturn_graduation_decision = { ja = "byturn の卒業の判断", en = "byturn graduation decision" },
    readiness_interview_due = { ja = "就労準備の面談の時期", en = "Readiness interview due" },
  },

  check_labels = {
    days_since_met = { ja = "最後に会ってからの日数", en = "Days since last met" },
    days_to_graduation = { ja = "卒業までの日数", en = "Days to graduation" },
    experience_days = { ja = "体験の日数", en = "Days of work experience" },
    months_in_skillup = { ja = "スキルアップの月数", en = "Months in skill-up" },
  },
}
