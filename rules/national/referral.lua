-- Referrals (domain research §2.8; JS-02 consent; JS-09 public assistance; JK-04 あっせん).
-- Each rule returns nil or
--   { target = "…", urgency = "routine"|"soon"|"urgent", warm_handoff = bool, reason, plain }.
-- Every proposal goes through `propose` (lib/referrals.lua), which leaves out targets the case has
-- already been referred to, makes the hand-off warm when the person is at long-term risk, and
-- without consent keeps only the 支援会議's members, as a sharing of information there.

local lists = require("lists")
local open_statuses = require("case_facts").open_statuses
local contains, any_of = lists.contains, lists.any_of
local facts = require("case_facts")
local is_open, employed, at_one_of = facts.is_open, facts.employed, facts.at_one_of
local yen = require("text").yen
local by_size = require("household").by_size
local referrals = require("referrals")
local sentaku = require("sentaku")
local long_term = require("fdp").long_term
local network = require("network")
local propose = referrals.proposer()
local ready_for_job_search = referrals.ready_for_job_search

return {
  {
    id = "RF-HW",
    title = { ja = "ハローワークへのつなぎ（求職活動）", en = "Refer to Hello Work for job search" },
    references = {
      { id = "mhlw_hellowork_shuro", section = "自治体とハローワークのワンストップ型支援; 支援3か月超で特定求職者雇用開発助成金" },
      { id = "sammu_jukyo", section = "住居確保給付金の求職申込み" },
    },
    note = "障害者手帳のある人は専門援助部門へ",
    applies_to = { stages = { "life", "social", "employment", "intermediate" }, statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) or case.stage == "general" then return nil end
      local benefit = case.programs.jukyo_kakuho
      local duty = benefit ~= nil and benefit.active and benefit.route ~= "income_drop"
      local ready = at_one_of(case, ctx.param("hw_positions")) and ready_for_job_search(case, ctx)
      local cert = case.person.disability_cert
      local special = contains(ctx.param("nakapotsu_certs"), cert)
        and (case.stage == "employment" or case.stage == "intermediate")
      if not (duty or ready or special) then return nil end
      return propose(case, ctx, "hellowork", {
        urgency = duty and "soon" or "routine",
        reason = {
          ja = (duty and "住居確保給付金の要件：ハローワークへの求職申込みと月2回以上の職業相談" or "短期目標を達成し求職活動の段階")
            .. "。生活保護受給者等就労自立促進事業で自治体とハローワークが一体で支援（支援期間3か月超で雇用開発助成金の対象）"
            .. (special and "。障害者手帳があるため専門援助部門へ" or ""),
          en = (duty and "housing-benefit duty: register with Hello Work and consult it twice a month" or "short-term goals met: time to look for work")
            .. ". One-stop support by the municipality and Hello Work (hiring subsidies after more than 3 months of support)"
            .. (special and "; with a disability certificate, its specialist (disability) section" or ""),
        },
        plain = { ja = "ハローワークで しごとを さがしましょう。", en = "Let's look for a job at Hello Work." },
      })
    end,
  },
  {
    id = "RF-SAPO",
    title = { ja = "地域若者サポートステーションへのつなぎ", en = "Refer to a Youth Support Station" },
    references = {
      { id = "saposute_summary", section = "15〜39歳、2020年度から15〜49歳; 就労・就学していない若者" },
    },
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) or case.age == nil or employed(case) then return nil end
      if not contains(ctx.param("sapo_stages"), case.stage) then return nil end
      -- サポステ serves young people in neither work nor school: a student has the school's support.
      if not ctx.equals("in_school", case.in_school, false) then return nil end
      local old_enough = ctx.at_least("age", case.age, "sapo_min_age")
      local young_enough = ctx.at_most("age", case.age, "sapo_max_age")
      if not (old_enough and young_enough) then return nil end
      return propose(case, ctx, "saposute", {
        reason = {
          ja = string.format("%d歳で働いておらず学校にも通っていない（サポステの対象は%d〜%d歳）：個別相談・職場体験・面接練習の並行利用", case.age,
            ctx.param("sapo_min_age"), ctx.param("sapo_max_age")),
          en = string.format("%d, neither working nor at school (Youth Support Stations serve ages %d–%d): counselling, work experience and interview practice alongside", case.age,
            ctx.param("sapo_min_age"), ctx.param("sapo_max_age")),
        },
        plain = { ja = "わかい ひとの しごとの そうだん ばしょ（サポステ）も つかえます。", en = "You can also use the Youth Support Station for help with work." },
      })
    end,
  },
  {
    id = "RF-NAKA",
    title = { ja = "障害者就業・生活支援センター（なかぽつ）へのつなぎ", en = "Refer to a Nakapotsu centre" },
    references = {
      { id = "nakapotsu_summary", section = "就業と生活の一体的支援、職場定着、337か所" },
      { id = "osaka_ladder_2", section = "注1: 就業・生活支援センターと生活困窮者自立支援の連携" },
    },
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) then return nil end
      local cert = case.person.disability_cert
      local at_risk = case.min_fdp_axis ~= nil and case.min_fdp_axis <= ctx.param("long_term_fdp_level")
      -- In practice a centre takes a disability confirmed or strongly suspected (働くことを希望する
      -- 障害のある人、その疑いのある人; borderline cases jointly): a certificate, a diagnosis with the
      -- certificate applied for, or a health concern with long-term risk.
      local held = contains(ctx.param("nakapotsu_certs"), cert)
      local applying = cert == "applying"
      local suspected = not held and not applying and at_risk
        and any_of(case.concerns, ctx.param("nakapotsu_suspect_concerns"))
      if not (held or applying or suspected) then return nil end
      local wants_work = case.stage == "employment" or case.stage == "intermediate" or case.stage == "general"
        or contains(case.concerns, "job_search")
      if not wants_work then return nil end
      if network.held_by_role(case, "nakapotsu") then return nil end  -- a centre already holds it
      -- Applying at long-term risk, the core centre's joint route is the offer: RF-KIKAN proposes the
      -- same centre and says so.
      if applying and at_risk and ctx.param("nakapotsu_kikan") then return nil end
      local why
      if held then
        local grade = case.person.disability_grade and (" " .. case.person.disability_grade) or ""
        why = {
          ja = string.format("障害者手帳（%s%s）があり働くことを希望：就業面と生活面の一体的な支援・職場定着支援を共同で", cert, grade),
          en = string.format("holds a disability certificate (%s%s) and wants to work: joint support for work and daily life, and job retention", cert, grade),
        }
      elseif applying then
        why = {
          ja = "診断を受け障害者手帳を申請中で働くことを希望：手帳の交付を待たずに、就業面と生活面の一体的な支援を共同で",
          en = "diagnosed, with the disability certificate applied for, and wants to work: joint support for work and daily life without waiting for the certificate",
        }
      else
        why = {
          ja = string.format("手帳はないが障害が強く疑われ（健康・障害の相談、FDPの最低軸レベル%d）働くことを希望：ボーダーラインのケースとして共同で支援（受診・診断の支援と並行）", case.min_fdp_axis),
          en = string.format("no certificate, but a disability is strongly suspected (a health or disability concern, lowest FDP axis at level %d) and wants to work: a borderline case supported jointly (alongside medical consultation and diagnosis)", case.min_fdp_axis),
        }
      end
      return propose(case, ctx, "nakapotsu", {
        urgency = "soon",
        reason = why,
        plain = { ja = "しごとと くらしを いっしょに ささえる センター（なかぽつ）も つかえます。", en = "A centre that supports both your work and daily life can help too." },
      })
    end,
  },
  {
    id = "RF-KIKAN",
    title = { ja = "なかぽつ（基幹型）との困難事例の共同支援", en = "Difficult case: joint support with a core Nakapotsu centre" },
    references = {
      { id = "nakapotsu_kikan", section = "「基幹型」: 総合調整機能、困難事例への対応、地域における最後の砦; 丸投げ・ベルトコンベアにしない" },
    },
    note = "2021年6月からとする日付は既定値（nakapotsu_kikan）",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) or not ctx.param("nakapotsu_kikan") then return nil end
      if case.person.disability_cert == "none" then return nil end
      if network.kikan(case) ~= nil then return nil end  -- a core centre already holds it jointly
      if not long_term(case, ctx) then return nil end
      local applying = case.person.disability_cert == "applying"
      return propose(case, ctx, "nakapotsu", {
        urgency = "soon", warm_handoff = true,
        reason = {
          ja = (applying and "障害が強く疑われ（手帳申請中）" or "障害者手帳があり")
            .. string.format("、FDPの最低軸がレベル%d：困難事例として基幹型なかぽつの総合調整・スーパーバイズを受け、本人の自発性を確かめながら共同で支援", case.min_fdp_axis),
          en = (applying and "a disability is strongly suspected (certificate applied for)" or "holds a disability certificate")
            .. string.format(" and the lowest FDP axis is at level %d: a difficult case for the core Nakapotsu centre's coordination and supervision, supported jointly while confirming the person's own will", case.min_fdp_axis),
        },
        plain = { ja = "しごとと くらしの せんもんの センターと いっしょに ささえます。", en = "A specialist centre will support you together with us." },
      })
    end,
  },
  {
    id = "RF-SENTAKU",
    title = { ja = "就労選択支援（就労継続支援の新規利用の前に）", en = "Employment-choice support before new continuous-employment use" },
    references = {
      { id = "sogo_shien_ho", section = "就労選択支援" },
      { id = "sentaku_guide", section = "2025-10-01から新たにB型を利用する人は就労選択支援が必要、50歳以上・障害基礎年金1級等は除く; A型は2027-04-01から" },
    },
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) then return nil end
      for _, kind in ipairs({ "keizoku_b", "keizoku_a" }) do
        local in_force = ctx.param(kind == "keizoku_b" and "shuro_sentaku_b" or "shuro_sentaku_a")
        if in_force and sentaku.new_use_pending(case, kind) then
          local exempt = kind == "keizoku_b" and sentaku.b_exemption(case, ctx) or nil
          if exempt == nil then
            local label = kind == "keizoku_b" and { ja = "B型", en = "type B" } or { ja = "A型", en = "type A" }
            return propose(case, ctx, "shuro_sentaku", {
              urgency = "soon", warm_handoff = true,
              reason = {
                ja = string.format("就労継続支援%sを新たに利用する前に就労選択支援（原則1か月のアセスメントで働き方を選ぶ）が必要", label.ja),
                en = string.format("new use of continuous employment support %s needs employment-choice support first (about a month's assessment to choose a way of working)", label.en),
              },
              plain = { ja = "どんな はたらきかたが あうか、いっしょに たしかめる しえんを さきに つかいます。", en = "First, a service will help you find the way of working that suits you." },
            })
          end
        end
      end
      return nil
    end,
  },
  {
    id = "RF-HOUKATSU",
    title = { ja = "地域包括支援センターとの連携（65歳以上の世帯員）", en = "Community general support centre for a household member aged 65+" },
    references = {
      { id = "houkatsu_summary", section = "総合相談支援・権利擁護・包括的継続的ケアマネジメント・介護予防" },
    },
    note = "8050世帯は双方向につなぐ",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) or not case.household.has_member_65_plus then return nil end
      local concern = any_of(ctx.param("houkatsu_concerns"), case.concerns)
      local kind = contains(ctx.param("houkatsu_household_kinds"), case.household.kind)
      if not (concern or kind) then return nil end
      local abuse = contains(case.concerns, "dv_abuse")
      return propose(case, ctx, "houkatsu", {
        urgency = abuse and "urgent" or "soon",
        reason = {
          ja = string.format("%d歳以上の世帯員がいる%s：介護・権利擁護は地域包括支援センターと双方向に連携", ctx.param("houkatsu_age"),
            kind and "8050世帯" or (abuse and "世帯（虐待の相談あり）" or "世帯（介護の相談あり）")),
          en = string.format("a household member is %d or older (%s): care and protection go through the community general support centre, both ways", ctx.param("houkatsu_age"),
            kind and "an 8050 household" or (abuse and "abuse reported" or "care needs")),
        },
        plain = { ja = "おとしよりの そうだん まどぐち（ちいき ほうかつ）とも いっしょに ささえます。", en = "The local centre for older people will support your family with us." },
      })
    end,
  },
  {
    id = "RF-FUKUSHI",
    title = { ja = "福祉事務所へのつなぎ（最低生活の保障）", en = "Refer to the welfare office (minimum income)" },
    references = {
      { id = "seikatsu_hogo_ho" },
    },
    note = "収入が最低生活費を下回り資産も尽きた人は生活保護の窓口へ（緊急）。最低生活費の目安（基準額＋住宅扶助基準までの家賃）と資産1か月分は既定値",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      local h = case.household
      if not is_open(case) or h.on_public_assistance or h.income_yen == nil then return nil end
      local base, cap = by_size(ctx, "kijungaku_by_size", h.size), by_size(ctx, "jutaku_fujo_by_size", h.size)
      if base == nil or cap == nil then return nil end  -- no line for this size in the region's table
      local line = base + math.min(h.rent_yen or 0, cap)
      local short = ctx.below("household_income_yen", h.income_yen, line)
      local exhausted = ctx.below("household_assets_yen", h.financial_assets_yen, line * ctx.param("fukushi_asset_floor_months"))
      if not (short and exhausted) then return nil end
      return propose(case, ctx, "fukushi_jimusho", {
        urgency = "urgent", warm_handoff = true,
        reason = {
          ja = string.format("世帯収入%s円が最低生活費の目安%s円を下回り、資産%s円も尽きかけている：生活保護の申請を支援（同行）", yen(h.income_yen), yen(line), yen(h.financial_assets_yen)),
          en = string.format("household income %s yen is below the minimum-living line of %s and assets (%s yen) are nearly gone: help apply for public assistance (accompany)", yen(h.income_yen), yen(line), yen(h.financial_assets_yen)),
        },
        plain = { ja = "くらしを まもる せいど（せいかつ ほご）の そうだんに いっしょに いきましょう。", en = "Let's go together to ask about public assistance, which protects your living." },
      })
    end,
  },
  {
    id = "JS-09",
    title = { ja = "生活保護世帯：福祉事務所の就労支援が主なルート", en = "Household on public assistance: the welfare office leads" },
    references = {
      { id = "seikatsu_hogo_ho", section = "第55条の7（被保護者就労支援事業）" },
      { id = "jiritsu_ho_kaisei_2024", section = "特定被保護者の就労準備支援・家計改善支援の利用（2025-04-01施行）" },
    },
    note = "被保護者は福祉事務所の被保護者就労支援事業・被保護者就労準備支援事業へ",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) or not case.household.on_public_assistance then return nil end
      local joint = ctx.param("hihogosha_joint_use")
      local recognised = case.programs.tokutei_hihogosha ~= nil and case.programs.tokutei_hihogosha.active
      local more = { ja = "", en = "" }
      if joint and recognised then
        more = { ja = "。特定被保護者として就労準備支援・家計改善支援・居住支援を併用できる",
                 en = "; recognised as 特定被保護者, readiness, budget and housing support may be used jointly" }
      elseif joint then
        more = { ja = "。就労準備支援・家計改善支援・居住支援の併用は、福祉事務所が特定被保護者と認めたとき（生活保護法第55条の11）：認定を相談",
                 en = "; readiness, budget and housing support may be used jointly once the welfare office recognises the person as 特定被保護者 (Public Assistance Act art. 55-11): ask for it" }
      end
      return propose(case, ctx, "fukushi_jimusho", {
        reason = {
          ja = "生活保護世帯：就労支援は福祉事務所（被保護者就労支援事業）とケースワーカーが中心" .. more.ja,
          en = "household on public assistance: work support is led by the welfare office and its caseworker" .. more.en,
        },
        plain = { ja = "せいかつ ほごの たんとうしゃと いっしょに すすめます。", en = "We will work together with your public-assistance caseworker." },
      })
    end,
  },
  {
    id = "RF-SHAKYO",
    title = { ja = "社会福祉協議会（生活福祉資金）へのつなぎ", en = "Refer to the council of social welfare (welfare loans)" },
    references = {
      { id = "kakei_summary", section = "家計改善と生活福祉資金（緊急小口資金・総合支援資金）の連携" },
    },
    note = "資産が支出2か月分未満の赤字を資金不足とするのは既定値（shakyo_cash_gap_months）",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      local h = case.household
      if not is_open(case) or h.income_yen == nil or h.expenses_yen == nil or h.on_public_assistance then return nil end
      if not ctx.below("household_income_yen", h.income_yen, h.expenses_yen) then return nil end
      if not ctx.below("household_assets_yen", h.financial_assets_yen, h.expenses_yen * ctx.param("shakyo_cash_gap_months")) then return nil end
      return propose(case, ctx, "shakyo", {
        urgency = "soon",
        reason = {
          ja = string.format("月%s円の赤字で資産%s円は支出%dか月分に満たない：生活福祉資金（緊急小口資金・総合支援資金）を家計改善支援と併せて", yen(h.expenses_yen - h.income_yen), yen(h.financial_assets_yen), ctx.param("shakyo_cash_gap_months")),
          en = string.format("a deficit of %s yen a month and assets (%s yen) under %d months of expenses: a welfare loan, together with budget support", yen(h.expenses_yen - h.income_yen), yen(h.financial_assets_yen), ctx.param("shakyo_cash_gap_months")),
        },
        plain = { ja = "いまの おかねが たりない ときに かりられる しきんの そうだんが できます。", en = "You can ask about a loan for when money runs short right now." },
      })
    end,
  },
  {
    id = "RF-HOUTERASU",
    title = { ja = "法テラスへのつなぎ（債務整理）", en = "Refer to Houterasu (debt settlement)" },
    references = {
      { id = "kakei_summary", section = "家計再生: 法テラスによる債務整理" },
      { id = "kushiro_kyogikai", section = "事業連携体制（法テラス）" },
    },
    note = "50万円は既定値（debt_unsustainable_yen）",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      local h = case.household
      if not is_open(case) or h.debt_total_yen == nil then return nil end
      if not ctx.at_least("debt_total_yen", h.debt_total_yen, "debt_unsustainable_yen") then return nil end
      return propose(case, ctx, "houterasu", {
        urgency = "soon",
        reason = {
          ja = string.format("債務%s円：返済が難しい場合は法テラスで債務整理（任意整理など）を相談し、家計再生へ", yen(h.debt_total_yen)),
          en = string.format("debt of %s yen: if repayment is not sustainable, consult Houterasu on settlement (e.g. voluntary arrangement) and rebuild the budget", yen(h.debt_total_yen)),
        },
        plain = { ja = "しゃっきんの そうだんを ほうりつの せんもん まどぐちで できます。", en = "You can talk about your debts with a legal help centre." },
      })
    end,
  },
  {
    id = "RF-SANKA",
    title = { ja = "参加支援・居場所へのつなぎ", en = "Participation support or a community place" },
    references = {
      { id = "mhlw_jusou", section = "参加支援: 既存の制度で対応できない狭間のニーズ" },
      { id = "shien_center_symposium", section = "地域の居場所→見学" },
    },
    note = "重層的支援体制整備事業のない地域は社協のサロンへ（既定値: jusou）",
    applies_to = { stages = { "life", "social" }, statuses = { "in_support" } },
    decide = function(case, ctx)
      if not is_open(case) or case.status ~= "in_support" then return nil end
      if case.stage ~= "life" and case.stage ~= "social" then return nil end
      local isolated = (case.min_fdp_axis ~= nil and case.min_fdp_axis <= ctx.param("long_term_fdp_level"))
        or contains(case.concerns, "hikikomori_futoko")
      if not isolated or case.placement ~= nil then return nil end
      for _, name in ipairs({ "jyunbi", "kunren" }) do
        local p = case.programs[name]
        if p ~= nil and p.active then return nil end
      end
      local jusou = ctx.param("jusou")
      return propose(case, ctx, jusou and "sanka_shien" or "shakyo", {
        reason = {
          ja = jusou and "就労準備・就労訓練にまだ乗らない参加のニーズ：参加支援で社会資源とつなぎ、受け入れ先も支える"
            or "就労準備・就労訓練にまだ乗らない参加のニーズ：重層的支援体制がないため社協の居場所・サロンへ",
          en = jusou and "a need to take part that readiness support and work training do not yet meet: participation support matches places and supports hosts"
            or "a need to take part that readiness support and work training do not yet meet: no multi-layered system here, so the council of social welfare's community places",
        },
        plain = { ja = "あんしんして すごせる いばしょに いってみませんか。", en = "Would you like to try a friendly place where you can spend time?" },
      })
    end,
  },
  {
    id = "RF-OUTREACH",
    title = { ja = "アウトリーチ（訪問）支援", en = "Outreach (home visits)" },
    references = {
      { id = "diversity_bukai", section = "第1回部会 谷口委員 資料⑤: アウトリーチ(訪問支援)" },
    },
    note = "窓口に来られない・孤立している人。2回は既定値（outreach_failed_contacts）",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) then return nil end
      local reached = case.days_since_contact ~= nil and case.days_since_contact <= ctx.param("contact_lost_days")
      if reached then return nil end
      if not ctx.at_least("failed_contacts", case.failed_contacts, "outreach_failed_contacts") then return nil end
      return propose(case, ctx, "outreach", {
        urgency = "soon", warm_handoff = true,
        reason = {
          ja = string.format("連絡・訪問が%d回つながらない：窓口に来られない人への訪問（アウトリーチ）を、手紙や時間帯を変えて続ける", case.failed_contacts),
          en = string.format("%d contact attempts reached nobody: outreach to someone who cannot come to the office, with letters and visits at other times", case.failed_contacts),
        },
        plain = { ja = "また おうちに たずねて いきます。", en = "We will come and visit you again." },
      })
    end,
  },
  {
    id = "RF-MEDICAL",
    title = { ja = "医療機関（受診）へのつなぎ", en = "Refer to medical care" },
    references = {
      { id = "chohyo_yoshiki", section = "申込票A: 心身の課題" },
    },
    note = "発達障害が疑われる人には受診を同行で",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) or case.person.disability_cert ~= "none" then return nil end
      if not any_of(ctx.param("medical_concerns"), case.concerns) then return nil end
      return propose(case, ctx, "medical", {
        reason = {
          ja = "心身の不調の相談があり手帳はない：受診・診断につなぎ、必要なら障害福祉や手帳の申請を検討",
          en = "health concerns and no certificate: help the person see a doctor; disability services or a certificate may follow",
        },
        plain = { ja = "からだや こころの ことを おいしゃさんに そうだん してみましょう。", en = "Let's talk to a doctor about how you feel." },
      })
    end,
  },
  {
    id = "JK-04",
    title = { ja = "認定就労訓練事業所へのあっせん", en = "Place with a certified work-training provider" },
    references = {
      { id = "jiritsu_ho_kisoku", section = "第21条（認定事業者は自立相談支援機関のあっせんを受けた者を受け入れる）" },
      { id = "kunren_nintei", section = "あっせん" },
    },
    note = "長期化リスクまたは障害（疑い）のある人に限るのは既定値",
    applies_to = { stages = { "employment" }, statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) or case.stage ~= "employment" then return nil end
      local p = case.programs.kunren
      if p ~= nil and p.active then return nil end
      if case.placement ~= nil and contains(ctx.param("kunren_kinds"), case.placement.kind) then return nil end
      local risk = long_term(case, ctx)
      local disability = case.person.disability_cert ~= "none"
      if not (risk or disability) then return nil end
      return propose(case, ctx, "kunren_jigyosho", {
        reason = {
          ja = "直ちに一般就労は難しい：認定就労訓練事業所へあっせんし、非雇用型・雇用型は自立相談のアセスメントを踏まえ行政が決定",
          en = "general employment is not yet within reach: place with a certified work-training provider; the municipality decides the type on the consultation's assessment",
        },
        plain = { ja = "くんれんを しながら はたらける ばしょを しょうかい します。", en = "We will introduce a place where you can work while you train." },
      })
    end,
  },
}
