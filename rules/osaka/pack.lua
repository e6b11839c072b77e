-- 大阪（A´ワーク創造館「働きづらい人々のキャリアラダー・モデル」／態様横断的就労支援モデル2.0）
-- over the national baseline.
-- Seeds: A´ワーク創造館「働きづらい人々のキャリアラダー・モデルの創設」 (日本財団ワーク・ダイバーシティ モデル事業: 大阪地域における態様
-- 横断的就労支援モデル2.0の創出, 作成 A´ワーク創造館); ダイバーシティ就労支援機構「ダイバーシティ就労支援ネットワーク構築検討部会 議事概要」 (西岡部会長: 大阪の
-- 「A´ワークス」での協議, 大阪府改正ハートフル条例の中で体験・訓練付き雇用等を推進).
-- Parameters with basis = "default" are not fixed by any source; a region is expected to review them.
return {
  name = {
    ja = "大阪（働きづらい人々のキャリアラダー・モデル／態様横断的就労支援モデル2.0）",
    en = "Osaka (career ladder for people who find it hard to work; cross-category employment support model 2.0)",
  },
  version = "0.1.0",
  extends = "national",
  description = {
    ja = "A´ワーク創造館が大阪地域で構想した「働きづらい人々のキャリアラダー・モデル」（態様横断的就労支援モデル2.0）。"
      .. "(1) 態様横断：障害者、ひきこもり・ニート、LGBT、がん患者、指定難病患者、薬物経験者、アルコール依存症、刑余者、貧困母子世帯、"
      .. "ホームレス、高齢者、外国人、高校生世代、就職氷河期世代など、態様を限定せずに中間的就労とキャリアラダーの対象とする"
      .. "（大阪府地域就労支援事業・生活困窮者自立支援事業は対象を限定しない：A´ワーク創造館 キャリアラダー・モデル 注1）。"
      .. "(2) 中間的就労のメニュー「見学 → 体験実習 → 就労訓練 → 訓練付き就労」を中間的就労の段（rung）とし、"
      .. "協力企業のしごと情報（定義・言語化した中間的就労）をもとに段を上り下りする：見学の開始で中間的就労へ入り、"
      .. "見学の振り返りまたは体験実習の開始で体験実習へ、体験実習の出勤と目標達成で就労訓練へ、雇用契約（最低賃金以上）で訓練付き就労へ、"
      .. "人事考課で一般就労へ。出勤が落ちたときは一段下の段へ戻る。"
      .. "(3) 態様別支援団体へのつなぎ：主たる態様の専門団体へ同行でつなぎ、複数の態様にまたがるケースは態様横断のケース会議で協働支援する。"
      .. "障害が疑われるが手帳のないボーダーラインケースも、なかぽつと協働する（A´ワーク創造館 キャリアラダー・モデル 注1）。"
      .. "(4) 大阪府の広域事業（府と11市9町村）の就労準備支援（就労準備の要件の範囲で）、改正ハートフル条例のもとでの協力企業ネットワーク（見学・体験実習・就労訓練・訓練付き雇用；認定就労訓練事業所を含む）へつなぐ。"
      .. "就労自立の段で一般の求職だけでは足りない人（長期化リスク、手帳、専門団体のある態様）が対象。"
      .. "最低賃金は大阪府最低賃金。"
      .. "梯子は国の基準パックの中間的就労（就労訓練：非雇用型→雇用型、ユニバーサル就労：無償コミューター→有償コミューター→最賃保障職員）の前に見学と体験実習を加えたもの：就労訓練＝非雇用型の認定就労訓練、訓練付き就労＝雇用契約のもとでの訓練（雇用型）。"
      .. "コミューターの系列は国のルール（UW-01ほか）のまま残る。"
      .. "[default] の値：態様の判定に使う相談内容コードと優先順、態様ごとのつなぎ先、地域就労支援事業の年齢15〜64歳、氷河期世代の生年1970〜1984年、"
      .. "体験実習の出勤率80%・在籍1か月、体験実習の見直し60日、訓練付き就労から一般就労への在籍3か月、一般就労からのステップダウン先（訓練付き就労）、広域事業への参加（あり）。",
    en = "The 'career ladder for people who find it hard to work' that A' Work Souzoukan designed for the Osaka area (cross-category employment support model 2.0). "
      .. "(1) Cross-category: people with disabilities, withdrawn people and NEETs, LGBT people, cancer patients, people with designated "
      .. "intractable diseases, people who have used drugs, people with alcohol dependence, people with criminal records, poor single "
      .. "mothers, homeless people, older people, foreign residents, the high-school generation and the employment-ice-age generation "
      .. "are all in scope for intermediate work and the ladder, without limiting the category (Osaka's regional employment support and "
      .. "needy-person support do not limit their targets: A´ Work Sozokan career-ladder model 2.0, note 1). "
      .. "(2) The intermediate-work menu 'site visit → work-experience practicum → work training → employment with training' is the "
      .. "intermediate stage's rungs, climbed on the job information of cooperating companies: a site visit brings the case into "
      .. "intermediate work; the visit's review or the start of a practicum moves it to the practicum; practicum attendance and goals move "
      .. "it to work training; an employment contract at the minimum wage or more to employment with training; the appraisal to general "
      .. "work. Falling attendance moves the case one rung back. "
      .. "(3) Referrals across category organisations: a warm hand-over to the specialist organisation of the main category, and a "
      .. "cross-category case conference when a case spans several categories. "
      .. "Borderline cases (a disability suspected, no certificate) are supported jointly with Nakapotsu too (A´ Work Sozokan career-ladder model 2.0, note 1). "
      .. "(4) Routes to the readiness support of Osaka Prefecture's wide-area scheme (the prefecture with 11 cities and 9 towns and "
      .. "villages; within the readiness lines) and to the cooperating-company network of the amended Heartful Ordinance (visits, "
      .. "practicums, training and employment with training; certified providers included), for people at the employment stage "
      .. "who need more than a job search (long-term risk, a certificate, a category with a specialist partner). "
      .. "The minimum wage is Osaka Prefecture's. The ladder is the national intermediate stage (work training: non-employment → "
      .. "employment type; universal work: unpaid → paid commuter → minimum-wage staff) with the site visit and the practicum put "
      .. "in front: work training is non-employment certified training, employment with training is training under an employment "
      .. "contract. The commuter track stays as the national rules (UW-01 …) run it. "
      .. "[default] values: the concern codes and order used to read the categories, each category's partner, ages 15–64 for regional "
      .. "employment support, ice-age birth years 1970–1984, practicum attendance 80% and one month on the rung, practicum review at 60 "
      .. "days, three months of employment with training before general work, general work stepping down to employment with "
      .. "training, membership of the wide-area scheme (yes).",
  },
  -- The documents this pack encodes as a whole (ids of rules/references.lua); each rule and
  -- parameter cites its own.
  sources = {
    "osaka_ladder_2", "diversity_bukai", "shien_center_symposium", "osaka_heartful_jorei",
    "osaka_chiiki_shuro", "osaka_rodokyoku_minwage",
  },

  -- Intermediate work as Osaka's menu (A´ Work Sozokan career-ladder model 2.0): 見学 → 体験実習 → 就労訓練 → 訓練付き就労, that is
  -- kengaku → taiken → the national work-training track (kunren_hikoyo → kunren_koyo); the national
  -- universal-work track follows as in the base pack (see the description).
  rungs = {
    intermediate = {
      "kengaku", "taiken", "kunren_hikoyo", "kunren_koyo",
      "commuter_unpaid", "commuter_paid", "minwage_staff",
    },
  },

  parameters = {
    -- Matching (matching.lua, MA-01): the menu 見学 → 体験実習 → 就労訓練 → 訓練付き就労 is climbed on the
    -- job information of cooperating companies, so a carved task fits when it offers the rung the
    -- person is on or the next one. Osaka's rungs replace the national table whole.
    matching_next_forms = {
      value = {
        life = { "kengaku" },
        social = { "kengaku", "taiken" },
        employment = { "kengaku", "taiken", "commuter_unpaid" },
        intermediate = { "kengaku", "taiken", "kunren_hikoyo", "kunren_koyo", "commuter_unpaid", "commuter_paid", "minwage_staff" },
        ["intermediate/kengaku"] = { "kengaku", "taiken" },
        ["intermediate/taiken"] = { "taiken", "kunren_hikoyo", "commuter_unpaid" },
        ["intermediate/kunren_hikoyo"] = { "kunren_hikoyo", "kunren_koyo" },
        ["intermediate/kunren_koyo"] = { "kunren_koyo", "part_time", "regular_staff" },
        ["intermediate/commuter_unpaid"] = { "commuter_unpaid", "commuter_paid" },
        ["intermediate/commuter_paid"] = { "commuter_paid", "minwage_staff" },
        ["intermediate/minwage_staff"] = { "minwage_staff", "regular_staff", "part_time" },
        general = { "part_time", "full_time", "regular_staff" },
      },
      unit = "map", basis = "practice document",
      note = "MA-01: the model's menu (見学・体験実習・就労訓練・訓練付き就労) in order, each rung leading to the next; "
        .. "a person not yet in intermediate work starts with a visit (or a practicum). The order is the model's; "
        .. "which placement kind stands for each step is this pack's reading (as the ladder above).",
      references = { { id = "osaka_ladder_2", section = "Ⅰ 見学や体験実習、就労訓練、訓練付き就労などの中間的就労" } },
    },
    diversity_categories = {
      value = {
        { code = "disability", ja = "障害者（疑いを含む）", en = "people with disabilities (or suspected)",
          cert = true, concerns = { "health_disability" } },
        { code = "nanbyo", ja = "指定難病患者", en = "people with designated intractable diseases",
          concerns = { "nanbyo" }, partner = "nanbyo_centre" },
        { code = "cancer", ja = "がん患者", en = "cancer patients",
          concerns = { "cancer" }, partner = "gan_soudan" },
        { code = "drug", ja = "薬物経験者", en = "people who have used drugs",
          concerns = { "drug_dependence" }, partner = "izonsho_centre" },
        { code = "alcohol", ja = "アルコール依存症", en = "people with alcohol dependence",
          concerns = { "alcohol_dependence" }, partner = "izonsho_centre" },
        { code = "criminal_record", ja = "刑余者", en = "people with criminal records",
          concerns = { "criminal_record" }, partner = "kousei_hogo" },
        { code = "hikikomori_neet", ja = "ひきこもり・ニート（若者）", en = "withdrawn young people and NEETs",
          concerns = { "hikikomori_futoko" }, age_max_param = "sapo_max_age", partner = "saposute" },
        { code = "hikikomori", ja = "ひきこもり（サポステの年齢を超える）", en = "withdrawn people beyond the Youth Support Station ages",
          concerns = { "hikikomori_futoko" }, age_over_param = "sapo_max_age", partner = "hikikomori_centre" },
        { code = "single_mother", ja = "貧困母子世帯", en = "poor single-mother households",
          household_kind = "single_parent", gender = "female", partner = "boshi_centre" },
        { code = "lgbt", ja = "LGBT", en = "LGBT people",
          concerns = { "lgbt" }, partner = "lgbt_support" },
        { code = "homeless", ja = "ホームレス", en = "homeless people",
          housing = "homeless", partner = "homeless_shuro" },
        { code = "foreign", ja = "外国人", en = "foreign residents",
          concerns = { "foreign_national" }, partner = "gaikokujin_support" },
        { code = "highschool", ja = "高校生世代", en = "the high-school generation",
          source = "school", age_min = 15, age_max = 19, partner = "koukousei_shinro" },
        { code = "elderly", ja = "高齢者", en = "older people",
          age_min = 65, partner = "silver" },
        { code = "hyogaki", ja = "就職氷河期世代", en = "the employment-ice-age generation",
          born_from = 1970, born_to = 1984, concerns = { "job_search", "work_trouble" } },
      },
      unit = "list", basis = "default",
      note = "OS-01 / OS-02 / OS-11: the categories (態様) of Osaka career-ladder model, in the order the lead partner is chosen. A category matches when every constraint given holds — an age band (`age_min`/`age_max`, or up to / beyond a dated parameter: `age_max_param`/`age_over_param`), a birth-year band (`born_from`/`born_to`), gender, household kind, housing, intake source — and, when signals are given, at least one holds: an intake concern in `concerns`, a certificate (`cert`). `partner` is the referral target of the category's specialist organisation (OS-11); a category without one is served by the national routes (disability: RF-NAKA as Osaka reads it; the ice-age generation: Hello Work, RF-HW). The concern codes beyond 申込票A's list (lgbt, cancer, nanbyo, …) are codes. No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "osaka_ladder_2" } },
    },
    work_concerns = {
      value = { "job_search", "work_trouble" },
      unit = "list", basis = "default",
      note = "OS-01: intake concerns that say the person wants work or has trouble at work. No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    chiiki_shuro_age_min = {
      value = 15,
      unit = "age", basis = "default",
      note = "OS-02: working ages of 大阪府地域就労支援事業 (就職困難者等). No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "osaka_chiiki_shuro" } },
    },
    chiiki_shuro_age_max = {
      value = 64,
      unit = "age", basis = "default",
      note = "OS-02: working ages of 大阪府地域就労支援事業 (就職困難者等). No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "osaka_chiiki_shuro" } },
    },

    kouiki_member = {
      value = true,
      unit = "flag", basis = "default",
      note = "OS-12: this pack serves a municipality in Osaka Prefecture's wide-area scheme (広域事業: 府と11市9町村) (yes); its readiness support runs there. No source gives this value: a practitioners' working value, for each region to review.",
    },
    readiness_positions = {
      value = { "life", "social", "employment" },
      unit = "list", basis = "default",
      note = "OS-12: positions at which readiness support (生活・社会・就労自立) is the next step. No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    kigyo_positions = {
      value = { "employment", "intermediate/kengaku", "intermediate/taiken" },
      unit = "list", basis = "default",
      note = "OS-12 / JK-04 (Osaka): a person \"needs stepped work\" at 就労自立 when at long-term risk (national long_term_fdp_level), holding or applying for a certificate, or in a category with a specialist partner (a barrier beyond the job market itself). JK-04 (Osaka): positions at which the cooperating-company network is sought (a visit, a practicum, training or employment with training: ハートフル条例の協力企業ネットワーク). No source fixes this: it is how this pack encodes the rule; a region may set its own.",
      references = { { id = "osaka_heartful_jorei" }, { id = "diversity_bukai", section = "第3回部会 西岡部会長: 協力企業ネットワーク" } },
    },

    menu_positions = {
      value = {
        kengaku = "intermediate/kengaku",
        taiken = "intermediate/taiken",
        koyo = "intermediate/kunren_koyo",
      },
      unit = "map", basis = "default",
      note = "OS-21: placement kinds of Osaka's intermediate menu and the rung each belongs to. (Non-employment training placements enter through national JK-03, commuter placements through UW-01; any employment contract that is not general work lands on 訓練付き就労.) No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    readiness_programs = {
      value = { "jyunbi" },
      unit = "list", basis = "default",
      note = "OS-21 / OS-12: programmes whose own work experience stays on the employment stage (就労準備支援). No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    taiken_attendance_min = {
      value = 0.8,
      unit = "ratio", basis = "default",
      note = "OS-23: practicum attendance over 30 days for the move to work training. No source gives this value: a practitioners' working value, for each region to review.",
    },
    taiken_months_min = {
      value = 1,
      unit = "months", basis = "default",
      note = "OS-23: whole months on the practicum rung first. No source gives this value: a practitioners' working value, for each region to review.",
    },
    kunren_koyo_months_min = {
      value = 3,
      unit = "months", basis = "default",
      note = "OS-25: whole months of employment with training before the appraisal may move the case to general work. No source gives this value: a practitioners' working value, for each region to review.",
    },
    step_down_to = {
      value = {
        ["intermediate/commuter_unpaid"] = "employment",
        ["general/part_time"] = "intermediate/kunren_koyo",
      },
      unit = "map", basis = "default",
      note = "SD-01: where a step down goes when the next rung down is not the one before on the same track. Osaka's menu (見学 → 体験実習 → 就労訓練 → 訓練付き就労) steps down one rung by the ladder; the bottom of the commuter track goes back to 就労自立 (national), and general work steps back to employment with training, the top of Osaka's menu. No source fixes this: it is how this pack encodes the rule; a region may set its own.",
    },
    taiken_review_days = {
      value = 60,
      unit = "days", basis = "default",
      note = "OS-31: days after which a practicum (体験実習, short by nature) is reviewed. No source gives this value: a practitioners' working value, for each region to review.",
    },

    home_prefecture = {
      value = { code = "27", ja = "大阪府", en = "Osaka" },
      unit = "map", basis = "law",
      note = "SU-05: the prefecture this pack serves (JIS X 0401 code): its 地域別最低賃金, national's minimum_wage_27, stands in when the case records no prefecture (or one without a table), and the pack's own minimum-wage rules compare with it.",
      references = { { id = "saitei_chingin_ho", section = "第9条（地域別最低賃金）" }, { id = "osaka_rodokyoku_minwage" } },
    },
  },

  programs = {
    diversity_shuro = {
      ja = "ダイバーシティ就労支援（キャリアラダー・中間的就労）",
      en = "Diversity employment support (career ladder, intermediate work)",
    },
    chiiki_shuro = {
      ja = "大阪府地域就労支援事業（地域就労支援センター）",
      en = "Osaka regional employment support (regional employment support centres)",
    },
  },

  referral_targets = {
    nakapotsu = { ja = "障害者就業・生活支援センター", en = "Employment and life support centre for persons with disabilities" },
    nanbyo_centre = { ja = "大阪難病相談支援センター", en = "Osaka intractable-disease support centre" },
    gan_soudan = { ja = "がん相談支援センター（就労との両立支援）", en = "Cancer consultation centre (work and treatment)" },
    izonsho_centre = { ja = "依存症相談拠点（大阪府こころの健康総合センター等）", en = "Addiction consultation centre" },
    kousei_hogo = { ja = "保護観察所・更生保護（協力雇用主）", en = "Probation office and rehabilitation (cooperating employers)" },
    saposute = { ja = "地域若者サポートステーション", en = "Regional youth support station" },
    hikikomori_centre = { ja = "ひきこもり地域支援センター", en = "Hikikomori regional support centre" },
    boshi_centre = { ja = "母子家庭等就業・自立支援センター", en = "Employment and independence centre for single-parent families" },
    lgbt_support = { ja = "LGBTの当事者団体・支援団体", en = "LGBT community and support organisations" },
    homeless_shuro = { ja = "ホームレス就業支援（居住支援）", en = "Employment support for homeless people (with housing)" },
    gaikokujin_support = { ja = "外国人の就労・生活支援団体", en = "Work and life support for foreign residents" },
    koukousei_shinro = { ja = "高校生世代の進路（就労）支援", en = "Career support for the high-school generation" },
    silver = { ja = "シルバー人材センター・生涯現役の就労支援", en = "Silver human-resource centre (older workers)" },
    hellowork = { ja = "ハローワーク（就職氷河期世代の専門窓口）", en = "Hello Work (ice-age generation desk)" },
    osaka_kouiki_jyunbi = { ja = "大阪府広域事業の就労準備支援", en = "Readiness support of Osaka Prefecture's wide-area scheme" },
    osaka_kyoryoku_kigyo = {
      ja = "協力企業ネットワーク（ハートフル条例：見学・体験実習・訓練付き雇用の受け入れ）",
      en = "Cooperating-company network (Heartful Ordinance: visits, practicums, employment with training)",
    },
  },

  rung_names = {
    kengaku = { ja = "見学", en = "Site visit" },
    taiken = { ja = "体験実習", en = "Work experience" },
  },

  alert_names = {
    below_minimum_wage = { ja = "最低賃金を下回る", en = "Below the minimum wage" },
    cross_category_conference = { ja = "分野をまたぐケース会議", en = "Cross-sector case conference" },
    practicum_review = { ja = "体験実習の振り返り", en = "Work-experience review" },
  },

  check_labels = {
    kouiki_member = { ja = "広域の協力事業所", en = "Member of the wide-area network" },
    partner_organisations = { ja = "協力団体の数", en = "Partner organisations" },
    practicum_days = { ja = "体験実習の日数", en = "Days of work experience" },
  },
}
