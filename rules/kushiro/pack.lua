-- 釧路（一般社団法人 釧路社会的企業創造協議会「くらしごと」）: the rules of the Kushiro model (seed
-- 釧路社会的企業創造協議会「自己紹介します」, 櫛部武俊 2014-07-28 / FY2015), over the national baseline.
--
-- The model (Kushiro council presentation: 釧路モデルの分析):
--   * three independences — 日常生活自立 → 社会生活自立 → 就労自立 — with the share of paid work
--     rising from 0% (ペイドワーク０％) to 100% (ペイドワーク１００％): life and social are unpaid
--     stages, the employment stage is where paid work begins and grows, general work is 100% paid.
--     The share is measured over the hours of the person's active placements (PW-01).
--   * 中間的就労: none yet — "※就労訓練、事業者認定はまだです" (2015). No certified 就労訓練
--     provider exists, so the intermediate stage is not used: a step down from general work goes
--     back to 就労自立 (SD-01 here), 就労訓練 is not available (JK-01) and the council's paid
--     programmes stand in for it (JK-04) until the date set in `kunren_certified`.
--   * programmes for public-assistance recipients: "ただちに就労困難、あるいはケースワークだけでは
--     就労困難な生活保護受給者を対象にご本人の「ステージ」に応じた多様な自立支援プログラム"
--     (漁網の仕立て作業, ふまねっと製造); from 2015 the 被保護者就労準備支援事業 (釧路市).
--   * みんなで守るルール (平成26年7月14日版), rule 5: お休みする時は、必ず連絡する.
--   * the city's 無料職業紹介所, run by the welfare office with the association (2014年度中に).
--
-- Parameters with basis = "default" are not fixed by any source; a region is expected to review them.
return {
  name = {
    ja = "釧路（釧路社会的企業創造協議会・くらしごと）",
    en = "Kushiro (Kushiro Social Enterprise Council, 'Kurashigoto')",
  },
  version = "0.1.0",
  extends = "national",
  description = {
    ja = "釧路市（と釧路総合振興局管内の7町村）の生活困窮者自立支援（2015年度）。一般社団法人 釧路社会的企業創造協議会が1市7町村の自立相談支援、"
      .. "釧路市の就労準備支援事業と被保護者就労準備支援事業を受託する。"
      .. "釧路モデルは 日常生活自立→社会生活自立→就労自立 の3つの自立で、有償の仕事（ペイドワーク）の割合が0%から100%へ上がっていく："
      .. "生活・社会の段は無償、就労自立の段で有償の仕事が始まって増え、一般就労で100%になる。割合は本人の活動（配置）の時間数で測る。"
      .. "就労訓練事業所の認定はまだない（2015年）ため中間的就労の段は使わない：全国の中間的就労への入口・段の移動のルール（ユニバーサル就労・就労訓練）は無効にし、"
      .. "一般就労からのステップダウンは就労自立の段に戻り、就労訓練は「対象外（認定事業所なし）」として、その代わりに協議会の有償の作業プログラムへつなぐ。"
      .. "生活保護受給者には段階に応じた自立支援プログラム（漁網の仕立て作業など）と被保護者就労準備支援事業があり、"
      .. "求職は市の無料職業紹介所（福祉事務所が担当し、協議会と職場開拓）へつなぐ。"
      .. "参加者の「みんなで守るルール」のうち「お休みする時は、必ず連絡する」を守れていないときは連絡を取り、続くときはステップアップを保留する。"
      .. "[default] の値：求職へつなぐ有償割合50%、保留にする無断欠勤2回（30日）、無料職業紹介所の開始日（2015年3月31日：2014年度中）、"
      .. "就労訓練の認定（2015年4月1日時点で未認定、認定されたら日付を追加）、無断欠勤への連絡期限3日。",
    en = "Self-reliance support in Kushiro City (and the seven towns and villages of the Kushiro sub-prefecture), FY2015. The "
      .. "Kushiro Social Enterprise Council runs the independence consultation for the city and the seven towns, and the "
      .. "city's readiness support and readiness support for public-assistance recipients. "
      .. "The Kushiro model has three independences — daily life → social life → work — with the share of paid work rising "
      .. "from 0% to 100%: the life and social stages are unpaid, paid work begins and grows in the employment stage, and "
      .. "general work is 100% paid. The share is measured over the hours of the person's active placements. "
      .. "No work-training provider is certified yet (2015), so the intermediate stage is not used: the national rules that "
      .. "enter or climb it (universal work, work training) are disabled, a step down from general work goes back to the "
      .. "employment stage, and certified work training is 'not available (no certified provider)', with the council's paid "
      .. "programme work proposed instead. "
      .. "Public-assistance recipients have stage-based programmes (fishing-net making and others) and the recipients' "
      .. "readiness programme, and look for work through the city's free job placement office (run by the welfare office, "
      .. "developing workplaces with the council). When a participant does not keep the house rule 'always call when you "
      .. "will be absent', the worker gets in touch, and repeated misses hold the next step. "
      .. "[default] values: 50% paid work before job search, 2 unannounced absences in 30 days to hold a step, the free job "
      .. "placement office from 2015-03-31 (during FY2014), work training not certified as of 2015-04-01 (add a date when "
      .. "it is), 3 days to call after an unannounced absence.",
  },
  -- The documents this pack encodes as a whole (ids of rules/references.lua); each rule and
  -- parameter cites its own.
  sources = {
    "kushiro_kyogikai", "seikatsu_hogo_ho", "jiritsu_ho", "shokugyo_antei_ho",
  },

  -- No intermediate work in Kushiro (Kushiro council presentation: ※就労訓練、事業者認定はまだです; 釧路モデル: 中間的就労
  -- がない): the national rules that move a case into or along the intermediate stage have
  -- nothing to act on — no universal-work (commuter) hosts (UW-01, UW-05, SU-05, SU-06)
  -- and no certified work training (JK-03, JK-08). When Kushiro certifies its first provider,
  -- set `kunren_certified` and take JK-03 and JK-08 off this list.
  disable = { "UW-01", "UW-05", "SU-05", "SU-06", "JK-03", "JK-08" },

  parameters = {
    goal_driven_positions = {
      value = { "life" },
      unit = "list", basis = "practice document",
      note = "SU-02: only 日常生活自立 → 社会生活自立 moves on the plan goals here. In the Kushiro model 就労自立 is paid work at 100%, so the move out of 社会生活自立 is PW-01's, on the share of paid work, not SU-02's.",
      references = { { id = "kushiro_kyogikai", section = "釧路モデルの分析" } },
    },
    paid_share_work_independence = {
      value = 1.0,
      unit = "ratio", basis = "practice document",
      note = "PW-01: the share of paid work (paid hours / hours of all active placements) from which a person in 社会生活自立 is in 就労自立 (Kushiro model: 日常生活自立・社会生活自立はペイドワーク0%、就労自立はペイドワーク100%). Anything between 0% and this is the partly-paid layer the model names as missing (中間的就労自立がない), and PW-01 holds there.",
      references = { { id = "kushiro_kyogikai", section = "釧路モデルの分析" } },
    },
    paid_share_job_search = {
      value = 0.5,
      unit = "ratio", basis = "default",
      note = "PW-02: the share of paid work from which job search through the free job placement office (or Hello Work) is proposed. No source gives this value: a practitioners' working value, for each region to review.",
    },

    house_rule_call_days = {
      value = 3,
      unit = "days", basis = "default",
      note = "HR-01: days within which the worker calls back after an unannounced absence (Kushiro council みんなで守るルール 5: お休みする時は、必ず連絡する). No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "kushiro_kyogikai" } },
    },
    house_rule_hold_absences = {
      value = 2,
      unit = "count", basis = "default",
      note = "HR-02: unannounced absences over 30 days that hold the next step. No source gives this value: a practitioners' working value, for each region to review.",
    },

    kushiro_towns = {
      value = { "016616", "016624", "016632", "016641", "016659", "016675", "016683" },
      unit = "list", basis = "practice document",
      note = "KN-01: the seven towns and villages (7町村) of the 1市7町村 the Kushiro council's consultation support covers with the city — 釧路町, 厚岸町, 浜中町, 標茶町, 弟子屈町, 鶴居村, 白糠町 (釧路総合振興局管内), by 全国地方公共団体コード.",
      references = { { id = "kushiro_kyogikai", section = "釧路市・北海道釧路総合振興局１市7町村" } },
    },

    kunren_certified = {
      value = { ["2015-04-01"] = false },
      unit = "flag", basis = "default",
      note = "JK-01 / JK-04: whether a 認定就労訓練事業所 exists (Kushiro council: ※就労訓練、事業者認定はまだです, 2015).: false from 2015-04-01; add { [\"YYYY-MM-DD\"] = true } when the first provider is certified (北海道知事 for Kushiro, not a designated or core city). No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "kushiro_kyogikai" } },
    },

    muryo_shokai_available = {
      value = { ["2014-04-01"] = false, ["2015-03-31"] = true },
      unit = "flag", basis = "default",
      note = "PW-02: the city's free job placement office (Kushiro council: ２０１４年度中に釧路市は無料職業紹介所を とり福祉事務所が担当).: in service from 2015-03-31, the end of FY2014. No source gives this value: a practitioners' working value, for each region to review.",
      references = { { id = "kushiro_kyogikai" } },
    },

    step_down_to = {
      value = {
        ["intermediate/commuter_unpaid"] = "employment",
        ["general/part_time"] = "employment",
      },
      unit = "map", basis = "practice document",
      note = "SD-01: where a step down goes instead of the next position down. Kushiro has no intermediate work (Kushiro council: ※就労訓練、事業者認定はまだです), so a step down from general work goes back to 就労自立 (full time still steps down to part time); the national entry for the bottom of the commuter track is kept.",
      references = { { id = "kushiro_kyogikai" } },
    },
  },

  programs = {
    hogo_jyunbi = {
      ja = "被保護者就労準備支援事業（釧路市・釧路社会的企業創造協議会）",
      en = "Readiness support for public-assistance recipients (Kushiro City, Social Enterprise Council)",
    },
  },

  referral_targets = {
    kushiro_muryo_shokai = {
      ja = "釧路市無料職業紹介所（生活福祉事務所）",
      en = "Kushiro City free job placement office (welfare office)",
    },
    hellowork = { ja = "ハローワーク釧路", en = "Hello Work Kushiro" },
    kushiro_jiritsu_program = {
      ja = "自立支援プログラム参加団体（釧路社会的企業創造協議会：漁網の仕立て作業など）",
      en = "Self-reliance programme members (Kushiro Social Enterprise Council: fishing-net making and other paid work)",
    },
  },

  alert_names = {
    house_rule_absence = { ja = "ハウスルール：連絡のない欠勤", en = "House rule: absence without calling in" },
    town_office_joint = { ja = "管内町村のケースを振興局と共同で", en = "Hold a town's case with the regional office" },
  },

  check_labels = {
    kunren_certified = { ja = "認定就労訓練事業所", en = "Certified work-training provider" },
    paid_work_share = { ja = "有償の仕事の割合", en = "Share of paid work" },
  },
}
