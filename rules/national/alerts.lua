-- Alerts: time limits and overdue tasks a support worker must act on.
-- Each rule returns nil or { code = "...", due = "YYYY-MM-DD", severity = "info"|"warning"|"urgent", reason = … }.
-- Monitoring: SU-01 (placement reviews), MON-01 (monthly monitoring), JS-06 (plan end), FU-01
-- (retention visits, also after a closure on the hire); process: JS-02 (consent), JS-03 (refer-out follow-up), JS-05 (support
-- decision), JS-07 (contact lost), JS-08 (stay open), JS-10 (long-term risk); meetings: MT-01…MT-04
-- (plans, closures and suspensions for the 支援調整会議; CL-01 the person's agreement to a closure; households: HH-01 (a member's case closed), HH-02 (a school-age
-- child), HH-03 (several open cases: a joint case conference); the network: NK-01 (a partner centre's
-- difficult case: the core centre advises), NK-02 (a joint case without a lead), NK-03 (the person's
-- will to joint support), NK-04 (an agency outside its area); a region that has its meeting confirm
-- contract-changing step downs adds its own rule, as Chiba's CHB-03); programme limits and duties:
-- JR-06, HK-04, HK-05, HK-06-NOTICE, HK-08.

local contains = require("lists").contains
local open_statuses = require("case_facts").open_statuses
local is_open = require("case_facts").is_open
local dates = require("dates")
local meetings = require("meetings")
local sentaku = require("sentaku")
local hk_duties = require("hk_duties")
local joined = require("text").joined
local household = require("household")
local network = require("network")
local month_start_after, add_months = dates.month_start_after, dates.add_months


-- The housing benefit when it has run long enough for this month's duties to be checked.
local function benefit_due_for_duties(case, ctx)
  local p = case.programs.jukyo_kakuho
  if not is_open(case) or p == nil or not p.active then return nil end
  if not ctx.at_least("days_paid", ctx.days_between(p.start_on, ctx.as_of), "hk_duties_after_days") then return nil end
  return p
end

return {
  {
    id = "SU-01",
    title = { ja = "就労体験・職場の月次振り返り", en = "Monthly placement review" },
    references = {
      { id = "uwn_chiba_report", section = "1か月ごとの振り返り" },
    },
    applies_to = { statuses = { "intake", "assessment", "planning", "in_support", "evaluation", "suspended" } },
    decide = function(case, ctx)
      local p = case.placement
      if p == nil or case.status == "closed" then return nil end
      local since = case.days_since_review
      if since == nil then
        since = ctx.days_between(p.start_on, ctx.as_of)
      end
      if ctx.at_least("days_since_review", since, "review_interval_days") then
        local last = case.days_since_review and ctx.add_days(ctx.as_of, -case.days_since_review) or p.start_on
        return {
          code = "placement_review_due",
          due = ctx.add_days(last, ctx.param("review_interval_days")),
          severity = "warning",
          reason = {
            ja = string.format("前回の振り返りから%d日経過（%d日ごとに実施）", since, ctx.param("review_interval_days")),
            en = string.format("%d days since the last placement review (due every %d days)", since, ctx.param("review_interval_days")),
          },
          plain = { ja = "しょくばでの ようすを いっしょに ふりかえりましょう。", en = "Let's look back together at how things are going at work." },
        }
      end
    end,
  },
  {
    id = "JS-06",
    title = { ja = "プラン期間終了・評価の実施", en = "Plan period ending: evaluation due" },
    references = {
      { id = "jiritsu_ho_kisoku", section = "プランの実施状況の定期的な確認・見直し" },
    },
    applies_to = { statuses = { "in_support" } },
    decide = function(case, ctx)
      if case.plan == nil or case.status ~= "in_support" then return nil end
      if ctx.at_most("days_to_plan_end", case.days_to_plan_end, "plan_end_notice_days") then
        local overdue = case.days_to_plan_end < 0
        return {
          code = "evaluation_due",
          due = case.plan.end_on,
          severity = overdue and "urgent" or "warning",
          reason = {
            ja = overdue and string.format("プラン期間が%sに終了済み：評価と再プランまたは終結を", case.plan.end_on)
                          or string.format("プラン期間が%sに終了：評価の準備を", case.plan.end_on),
            en = overdue and string.format("the plan ended on %s: evaluate, then re-plan or close", case.plan.end_on)
                          or string.format("the plan ends on %s: prepare the evaluation", case.plan.end_on),
          },
          plain = { ja = "けいかくの きかんが おわります。これまでを ふりかえって、つぎを きめましょう。",
                    en = "Your plan period is ending. Let's look back and decide what comes next." },
        }
      end
    end,
  },
  {
    id = "MON-01",
    title = { ja = "月次モニタリング（支援の実施状況の確認）", en = "Monthly monitoring of the plan" },
    references = {
      { id = "jiritsu_ho_kisoku", section = "プランの実施状況と本人の状態を定期的に確認し見直す" },
      { id = "uwn_chiba_report", section = "1か月ごとの振り返り" },
    },
    note = "35日は既定値（monitoring_interval_days）",
    applies_to = { statuses = { "in_support" } },
    decide = function(case, ctx)
      if case.status ~= "in_support" or case.plan == nil or case.placement ~= nil then return nil end  -- SU-01 covers placements
      local since = case.days_since_review
      if since == nil and case.plan.approved_on ~= nil then since = ctx.days_between(case.plan.approved_on, ctx.as_of) end
      if since == nil or not ctx.above("days_since_review", since, "monitoring_interval_days") then return nil end
      return {
        code = "monitoring_due",
        due = ctx.add_days(ctx.as_of, ctx.param("monitoring_interval_days") - since),
        severity = "warning",
        reason = {
          ja = string.format("前回の振り返りから%d日：プランの実施状況と本人の状態を確認し、必要ならプランを見直す", since),
          en = string.format("%d days since the last review: check how the plan is going and how the person is, and revise if needed", since),
        },
        plain = { ja = "いまの ようすを いっしょに ふりかえりましょう。", en = "Let's look back together at how things are going." },
      }
    end,
  },
  {
    id = "FU-01",
    title = { ja = "就職後の定着支援（訪問）", en = "Retention visits after a hire" },
    references = {
      { id = "koga_jyunbi_yoko", section = "職場定着支援" },
      { id = "wam_qa_shuketsu", section = "終結後のフォローアップも可" },
    },
    note = "就職後1・3・6か月の訪問は既定値（retention_visit_months）",
    applies_to = { stages = { "general" } },
    decide = function(case, ctx)
      local p = case.placement
      if case.stage ~= "general" or p == nil or p.contract ~= "employment" then return nil end
      -- Retention support goes on after a case is closed on the hire; follow-ups count as contacts.
      local closed_on_hire = case.status == "closed" and contains(ctx.param("retention_closure_reasons"), case.closure_reason)
      if not (is_open(case) or closed_on_hire) then return nil end
      local last = case.days_since_contact and ctx.add_days(ctx.as_of, -case.days_since_contact) or nil
      for _, m in ipairs(ctx.param("retention_visit_months")) do
        local due = add_months(p.start_on, m)
        local late = ctx.days_between(due, ctx.as_of)
        if late >= 0 and late <= ctx.param("retention_visit_window_days") and (last == nil or last < due) then
          return {
            code = "retention_visit_due",
            due = due,
            severity = "info",
            reason = {
              ja = string.format("就職（%s）から%dか月：職場と本人への定着訪問を%s", p.start_on, m,
                closed_on_hire and "（終結後のフォローアップとして記録）" or ""),
              en = string.format("%d months since the hire (%s): visit the person and the workplace%s", m, p.start_on,
                closed_on_hire and " (record it as a follow-up: the case is closed)" or ""),
            },
            plain = { ja = "しごとの ようすを ききに いきます。", en = "We will come to hear how work is going." },
          }
        end
      end
      return nil
    end,
  },
  {
    id = "JS-02",
    title = { ja = "情報共有の同意がない", en = "No consent to share information" },
    references = {
      { id = "chohyo_yoshiki", section = "申込票（関係機関との情報共有への同意）" },
      { id = "jiritsu_ho", section = "第9条（支援会議）" },
      { id = "hokota_shien_kaigi" },
      { id = "jiritsu_ho_kaisei_2018", section = "支援会議の創設" },
    },
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) or ctx.equals("consent", case.consent, true) then return nil end
      return {
        code = "consent_missing",
        severity = "warning",
        reason = {
          ja = "本人の同意がない：関係機関との情報共有は支援会議（法9条、守秘義務あり）の場に限る。同意を得る働きかけを続ける",
          en = "no consent yet: information may be shared with other agencies only in the support meeting (Act art. 9, confidentiality duty); keep working toward consent",
        },
        plain = { ja = "ほかの まどぐちと おはなしを するには、あなたの どういが ひつようです。", en = "We need your permission before we talk with other offices about you." },
      }
    end,
  },
  {
    id = "JS-03",
    title = { ja = "他機関へのつなぎの確認", en = "Follow up a referral out" },
    references = {
      { id = "jiritsu_soudan_shiyo", section = "スクリーニングで他制度・他機関へつないだ場合はつなぎ先を確認しフォローする" },
      { id = "mhlw_gyosei_review", section = "KPI: 他機関へのつなぎ" },
    },
    decide = function(case, ctx)
      if not ctx.equals("screening", case.screening, "refer_out") then return nil end
      if #case.referrals > 0 then return nil end
      return {
        code = "referral_follow_up",
        due = ctx.add_days(case.opened_on, 14),
        severity = "warning",
        reason = {
          ja = "スクリーニングで他制度・他機関へつないで終結：つなぎ先を記録し、届いたかを確認する",
          en = "closed at screening as referred elsewhere: record where to, and confirm the hand-over arrived",
        },
        plain = { ja = "ほかの まどぐちに ちゃんと つながったか かくにん します。", en = "We will check that you reached the other office." },
      }
    end,
  },
  {
    id = "JS-05",
    title = { ja = "支援決定のない事業利用", en = "Programme used without a support decision" },
    references = {
      { id = "shunan_shakyo", section = "支援調整会議と支援決定" },
      { id = "wam_qa_shuketsu", section = "就労準備・家計改善・一時生活・認定就労訓練のあっせんは自治体が支援決定" },
    },
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) then return nil end
      local approved = case.plan ~= nil and case.plan.approved
      if ctx.equals("plan_approved", approved, true) then return nil end
      for _, name in ipairs(ctx.param("statutory_programs")) do
        local p = case.programs[name]
        if p ~= nil and p.active then
          return {
            code = "support_decision_missing",
            severity = "urgent",
            reason = {
              ja = string.format("%sを利用中だが、支援調整会議で承認されたプランと自治体の支援決定がない", name),
              en = string.format("%s is in use without a plan approved by the support coordination meeting and the municipality's decision", name),
            },
            plain = { ja = "しえんの けいかくを しやくしょで きめる てつづきを します。", en = "We will finish the steps for the city to approve your support plan." },
          }
        end
      end
      return nil
    end,
  },
  {
    id = "MT-01",
    title = { ja = "会議の承認を待つプラン", en = "Plan awaiting a meeting's approval" },
    references = {
      { id = "shunan_shakyo", section = "支援調整会議と支援決定" },
      { id = "wam_qa_shuketsu", section = "プランは支援調整会議で協議し、支援決定は自治体" },
    },
    note = "30日は既定値（meeting_cadence_days）。どの承認に会議が要るかは meeting_required",
    applies_to = { statuses = { "planning" } },
    decide = function(case, ctx)
      if case.status ~= "planning" or case.plan == nil then return nil end
      local act = case.plan.review and "plan_review" or "plan_approval"
      if not meetings.required(ctx, act) then return nil end
      local returned = meetings.decided(case, "plan_returned", case.status_since)
      local due = case.plan.start_on
      local what = case.plan.review and { ja = "再プラン", en = "The re-plan" } or { ja = "プラン", en = "The plan" }
      local back = returned and {
        ja = string.format("（%sの会議で差し戻し。直したプランを出す）", returned and meetings.last(case).on),
        en = string.format(" (returned by the meeting of %s: present the revised plan)", meetings.last(case).on),
      } or { ja = "", en = "" }
      return {
        code = "plan_awaiting_meeting",
        meeting = "plan_approved",
        due = due,
        severity = meetings.severity(ctx, due),
        reason = {
          ja = string.format("%s（%s〜%s）は支援調整会議の承認を待っている%s：承認されるまで支援に入らない", what.ja, case.plan.start_on, case.plan.end_on, back.ja),
          en = string.format("%s (%s to %s) awaits the support coordination meeting's approval%s: support starts once it is approved", what.en, case.plan.start_on, case.plan.end_on, back.en),
        },
        plain = { ja = "けいかくを かいぎで きめてから しえんを はじめます。", en = "Your plan will be agreed at a meeting, then your support starts." },
      }
    end,
  },
  {
    id = "MT-02",
    title = { ja = "会議を経ないプランの承認", en = "Plan approved without the meeting it needs" },
    references = {
      { id = "shunan_shakyo", section = "支援調整会議と支援決定" },
      { id = "wam_qa_shuketsu", section = "プランは支援調整会議で協議し、支援決定は自治体" },
    },
    applies_to = { statuses = { "in_support", "evaluation" } },
    decide = function(case, ctx)
      local plan = case.plan
      if plan == nil or plan.approved_by ~= "centre" then return nil end
      if case.status ~= "in_support" and case.status ~= "evaluation" then return nil end
      local act = plan.review and "plan_review" or "plan_approval"
      if not meetings.required(ctx, act) then return nil end
      if meetings.decided(case, "plan_approved", plan.approved_on) ~= nil then return nil end
      local due = meetings.due(ctx, plan.approved_on)
      return {
        code = "plan_approval_unconfirmed",
        meeting = "plan_approved",
        due = due,
        severity = "urgent",
        reason = {
          ja = string.format("プランは%sにセンター単独で承認されたが、この地域ではプランの承認に支援調整会議の決定が要る：次の会議で承認を得る", plan.approved_on),
          en = string.format("the plan was approved by the centre alone on %s, but this region needs the support coordination meeting's decision: take it to the next meeting", plan.approved_on),
        },
        plain = { ja = "けいかくを かいぎでも かくにん します。", en = "Your plan will also be confirmed at a meeting." },
      }
    end,
  },
  {
    id = "MT-03",
    title = { ja = "会議への終結の報告", en = "Closure to report to the meeting" },
    references = {
      { id = "wam_qa_shuketsu", section = "終結は本人の意思を確認し、支援調整会議に報告して評価する" },
    },
    note = "30日は既定値（meeting_cadence_days）",
    applies_to = { statuses = { "closed" } },
    decide = function(case, ctx)
      if case.status ~= "closed" or not meetings.required(ctx, "closure") then return nil end
      -- Closed at screening (情報提供のみ, つなぎ) without a plan: nothing the meeting evaluates.
      if case.plan == nil then return nil end
      if meetings.decided(case, "closure_reported", case.status_since) ~= nil then return nil end
      local due = meetings.due(ctx, case.status_since)
      return {
        code = "closure_to_report",
        meeting = "closure_reported",
        due = due,
        severity = meetings.severity(ctx, due),
        reason = {
          ja = string.format("%sに終結（%s）：支援調整会議に報告し、支援を評価する", case.status_since, case.closure_reason),
          en = string.format("closed on %s (%s): report it to the support coordination meeting, which evaluates the support", case.status_since, case.closure_reason),
        },
        plain = { ja = "しえんの おわりを かいぎで ほうこく します。", en = "The end of your support will be reported at a meeting." },
      }
    end,
  },
  {
    id = "MT-04",
    title = { ja = "会議への中断の報告", en = "Suspension to report to the meeting" },
    references = {
      { id = "wam_qa_shuketsu", section = "中断は所在不明・連絡が完全に途絶えた場合のみ、支援調整会議に報告" },
    },
    note = "30日は既定値（meeting_cadence_days）",
    applies_to = { statuses = { "suspended" } },
    decide = function(case, ctx)
      if case.status ~= "suspended" or not meetings.required(ctx, "suspension") then return nil end
      if meetings.decided(case, "suspension_reported", case.status_since) ~= nil then return nil end
      local due = meetings.due(ctx, case.status_since)
      return {
        code = "suspension_to_report",
        meeting = "suspension_reported",
        due = due,
        severity = meetings.severity(ctx, due),
        reason = {
          ja = string.format("%sに中断：支援調整会議に報告し、連絡を取り戻す手立てを話し合う", case.status_since),
          en = string.format("suspended on %s: report it to the support coordination meeting and agree how to regain contact", case.status_since),
        },
        plain = { ja = "れんらくが とれない ことを かいぎで そうだん します。", en = "We will talk at a meeting about how to get back in touch." },
      }
    end,
  },
  {
    id = "CL-01",
    title = { ja = "終結への本人の同意", en = "The person's agreement to the closure" },
    references = {
      { id = "wam_qa_shuketsu", section = "終結は本人の意思を確認して決める" },
    },
    note = "同意を記録できない終結理由（closure_agreement_exempt_reasons）と、確認を求める期間（meeting_cadence_days、次の会議まで）は既定値",
    applies_to = { statuses = { "closed" } },
    decide = function(case, ctx)
      if case.status ~= "closed" or contains(ctx.param("closure_agreement_exempt_reasons"), case.closure_reason) then return nil end
      -- Closed by the intake screening itself: no `closed` event to carry an agreement.
      if case.screening ~= "continue" then return nil end
      if case.closure_agreed == true then return nil end
      -- Asked until the next meeting, which evaluates the closure; past it the case file stands.
      local due = meetings.due(ctx, case.status_since)
      if ctx.as_of > due then return nil end
      local refused = case.closure_agreed == false
      return {
        code = refused and "closure_against_wish" or "closure_agreement_missing",
        due = due,
        severity = refused and "urgent" or "warning",
        reason = refused and {
          ja = string.format("%sの終結（%s）に本人が同意していない：終結は本人の意思を確認して決める。支援を続けるなら再開（reopened）し、会議で扱う", case.status_since, case.closure_reason),
          en = string.format("the person did not agree to the closure on %s (%s): a closure is decided with the person's wishes; reopen if support should go on, and take it to the meeting", case.status_since, case.closure_reason),
        } or {
          ja = string.format("%sの終結（%s）に本人の同意の記録がない：本人の意思を確認し、会議への報告に添える", case.status_since, case.closure_reason),
          en = string.format("no agreement of the person is recorded for the closure on %s (%s): confirm their wishes and say so when reporting to the meeting", case.status_since, case.closure_reason),
        },
        plain = { ja = "しえんを おえて よいか、あなたの きもちを たしかめます。", en = "We will check with you that ending your support is what you want." },
      }
    end,
  },
  {
    id = "HH-01",
    title = { ja = "世帯員のケースの終結（死亡・転出・生活保護）で世帯を見直す", en = "Review the household when a member's case closes (death, moving out, public assistance)" },
    references = {
      { id = "wam_qa_setai", section = "収入・資産の要件は世帯単位で判断する" },
    },
    note = "見直しを促す終結理由（household_change_reasons）と期間（household_change_review_days）は既定値",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) then return nil end
      local reasons = ctx.param("household_change_reasons")
      for _, m in ipairs(household.others(case)) do
        if m.status == "closed" and contains(reasons, m.closure_reason)
            and ctx.days_between(m.status_since, ctx.as_of) <= ctx.param("household_change_review_days") then
          local who = household.member_name(m)
          local death = m.closure_reason == "deceased"
          return {
            code = "household_changed",
            due = ctx.add_days(m.status_since, ctx.param("household_change_review_days")),
            severity = death and "urgent" or "warning",
            reason = {
              ja = string.format("同じ世帯の%sのケースが%sに終結（%s）：世帯の収入・住まい・対象要件を見直す", who.ja, m.status_since, m.closure_reason),
              en = string.format("%s of the same household closed on %s (%s): review the household's income, housing and eligibility", who.en, m.status_since, m.closure_reason),
            },
            plain = { ja = "ごかぞくの ようすが かわったので、くらしの ことを いっしょに みなおします。", en = "Your family's situation has changed, so we will look at your living situation together again." },
          }
        end
      end
      return nil
    end,
  },
  {
    id = "HH-02",
    title = { ja = "世帯の学齢の子と子どもの学習・生活支援", en = "A school-age child in the household and the children's learning and living support" },
    references = {
      { id = "jiritsu_ho", section = "子どもの学習・生活支援事業" },
    },
    note = "対象の年齢（learning_support_ages）は既定値。事業を実施するかは市町村による",
    applies_to = { statuses = { "planning", "in_support" } },
    decide = function(case, ctx)
      if case.status ~= "planning" and case.status ~= "in_support" then return nil end
      local ages = ctx.param("learning_support_ages")
      local child
      for _, m in ipairs(household.others(case)) do
        if contains(m.programs, "gakushu") then return nil end  -- a member already uses it
        if child == nil and (m.relation == "child" or m.relation == "grandchild") and m.age ~= nil
            and m.age >= ages.min and m.age <= ages.max and m.status ~= "closed" then
          child = m
        end
      end
      if child == nil then return nil end
      local who = household.member_name(child)
      return {
        code = "child_learning_support",
        severity = "info",
        reason = {
          ja = string.format("世帯に%d歳の%sがいる：親の支援とあわせて、子どもの学習・生活支援事業を使えるか確かめる（実施は市町村による）", child.age, who.ja),
          en = string.format("%s aged %d lives in the household: alongside the parent's support, ask whether the children's learning and living support would help (where the municipality runs it)", who.en, child.age),
        },
        plain = { ja = "おこさんの べんきょうや いばしょの しえんも そうだん できます。", en = "We can also talk about study and a place to go for your child." },
      }
    end,
  },
  {
    id = "HH-03",
    title = { ja = "同じ世帯の複数のケース：合同ケース会議で共有", en = "Several cases in one household: share them at a joint case conference" },
    references = {
      { id = "hokota_shien_kaigi", section = "支援会議で関係機関が世帯の情報を共有する" },
    },
    note = "見直しの間隔（household_joint_review_days）は既定値",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) then return nil end
      local open = {}
      for _, m in ipairs(household.others(case)) do
        if household.member_open(m) then open[#open + 1] = m end
      end
      if #open == 0 then return nil end
      local every = ctx.param("household_joint_review_days")
      for i = #case.meetings, 1, -1 do
        local m = case.meetings[i]
        if m.kind == "joint_case" and ctx.days_between(m.on, ctx.as_of) <= every then return nil end
      end
      -- Due a cadence after both cases were open (or after the last joint conference).
      local since = case.status_since
      for _, m in ipairs(open) do
        if m.status_since > since then since = m.status_since end
      end
      local due = meetings.due(ctx, since)
      local names_ja, names_en = {}, {}
      for _, m in ipairs(open) do
        local who = household.member_name(m)
        names_ja[#names_ja + 1], names_en[#names_en + 1] = who.ja, who.en
      end
      return {
        code = "household_joint_review",
        meeting = "info_shared",
        due = due,
        severity = meetings.severity(ctx, due),
        reason = {
          ja = string.format("同じ世帯の%sのケースも支援中：合同ケース会議で世帯の支援を共有する（%d日以内に開いた記録がない）", table.concat(names_ja, "・"), every),
          en = string.format("the case of %s in the same household is open too: share the household's support at a joint case conference (none in the last %d days)", table.concat(names_en, ", "), every),
        },
        plain = { ja = "ごかぞくの しえんを する ひとたちと いっしょに はなしあいます。", en = "We will talk together with the people supporting your family." },
      }
    end,
  },
  {
    id = "NK-01",
    title = { ja = "協力センターの困難事例：基幹型なかぽつに助言を求める", en = "A partner centre's difficult case: ask the core Nakapotsu centre for advice" },
    references = {
      { id = "nakapotsu_kikan", section = "基幹型の機能・役割: 就労系福祉サービス事業所に対するスーパーバイズ; 困難事例に対する個別支援; 「事業実施センター」「応援センター」がペアになり行き来して情報を共有" },
    },
    note = "助言を求めるまでの日数（network_action_days）は既定値",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) or not ctx.param("nakapotsu_kikan") then return nil end
      local partner = network.find(case, function(a) return a.role == "nakapotsu" and not a.kikan and a.supervised_by ~= nil end)
      if partner == nil or not network.difficult(case, ctx) then return nil end
      if network.find(case, function(a) return a.id == partner.supervised_by end) ~= nil then return nil end
      return {
        code = "kikan_advice",
        due = ctx.add_days(partner.joined_on, ctx.param("network_action_days")),
        severity = "warning",
        reason = {
          ja = string.format("協力センター%sが困難事例（障害あり・FDPの最低軸レベル%d）を持っている：基幹型センター（%s）にスーパーバイズを求め、必要なら共同で支援する", network.name(partner), case.min_fdp_axis, partner.supervised_by),
          en = string.format("partner centre %s holds a difficult case (a disability, lowest FDP axis at level %d): ask the core centre (%s) for supervision, and support jointly if needed", network.name(partner), case.min_fdp_axis, partner.supervised_by),
        },
        plain = { ja = "あなたの しえんについて、せんもんの センターにも そうだんします。", en = "We will also ask a specialist centre for advice about your support." },
      }
    end,
  },
  {
    id = "NK-02",
    title = { ja = "共同で持つケースの主担当を決める", en = "Name the lead agency of a jointly held case" },
    references = {
      { id = "nakapotsu_kikan", section = "コーディネーターの役割: 「丸投げ」「ベルトコンベア」にならない支援を; 「1機関」としての役割: 自身の役割の自認および周知" },
    },
    note = "決めるまでの日数（network_action_days）は既定値",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) or #case.agencies < 2 or case.lead_agency ~= nil then return nil end
      local last = case.agencies[#case.agencies]
      return {
        code = "lead_agency_missing",
        meeting = "info_shared",
        due = ctx.add_days(last.joined_on, ctx.param("network_action_days")),
        severity = "warning",
        reason = {
          ja = string.format("%dつの機関（%s）が共同で持つが主担当がいない：主担当を決め、それぞれの役割を確かめる（丸投げ・ベルトコンベアにしない）", #case.agencies, network.names(case, "・")),
          en = string.format("%d agencies (%s) hold the case jointly with no lead: name the lead and agree each one's part (no hand-off on paper, no conveyor belt)", #case.agencies, network.names(case, ", ")),
        },
        plain = { ja = "あなたを ささえる きかんの なかで、まとめやくを きめます。", en = "The agencies supporting you will agree which one coordinates." },
      }
    end,
  },
  {
    id = "NK-03",
    title = { ja = "基幹型との共同支援は本人の自発性を確かめてから", en = "Joint support with the core centre after confirming the person's own will" },
    references = {
      { id = "nakapotsu_kikan", section = "支援対象者本人の「自発性」を確認したうえで共に進める; 「本人の意志を尊重」することと同等に「足りない情報の補完」" },
    },
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) then return nil end
      local kikan = network.kikan(case)
      if kikan == nil or kikan.agreed == true then return nil end
      local refused = kikan.agreed == false
      return {
        code = refused and "joint_against_wish" or "joint_agreement_missing",
        due = kikan.joined_on,
        severity = refused and "urgent" or "warning",
        reason = refused and {
          ja = string.format("基幹型センター%sの共同支援（%sから）に本人が同意していない：本人の意志を尊重し、共同支援のしかたを本人と話し直す", network.name(kikan), kikan.joined_on),
          en = string.format("the person did not agree to joint support with core centre %s (from %s): respect their will and talk the joint support over with them again", network.name(kikan), kikan.joined_on),
        } or {
          ja = string.format("基幹型センター%sの共同支援（%sから）に本人の同意の記録がない：本人の自発性を確かめて記録する（agency_joined の agreed）", network.name(kikan), kikan.joined_on),
          en = string.format("no agreement of the person is recorded for joint support with core centre %s (from %s): confirm their own will and record it (agreed on agency_joined)", network.name(kikan), kikan.joined_on),
        },
        plain = { ja = "せんもんの センターと いっしょに すすめて よいか、あなたの きもちを ききます。", en = "We will ask whether you want a specialist centre to work with us." },
      }
    end,
  },
  {
    id = "NK-04",
    title = { ja = "担当地域の外の機関が持つケース", en = "A case held by an agency outside its area" },
    references = {
      { id = "nakapotsu_kikan", section = "地域の支援資源等を知り、適切にリファーする連携拠点「総合調整機能」; 地域資源の把握に努め" },
    },
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) then return nil end
      local outside = network.find(case, function(a) return a.in_area == false end)
      if outside == nil then return nil end
      return {
        code = "agency_out_of_area",
        due = outside.joined_on,
        severity = "info",
        reason = {
          ja = string.format("%sは世帯の市区町村（%s）を担当していない：担当地域の機関につなぐか、共同で持つ機関を確かめる", network.name(outside), case.household.municipality or "?"),
          en = string.format("%s does not serve the household's municipality (%s): refer to the agency of that area, or confirm which agencies hold the case jointly", network.name(outside), case.household.municipality or "?"),
        },
        plain = { ja = "あなたの すむ ちいきの きかんにも そうだんします。", en = "We will also contact the agency for the area where you live." },
      }
    end,
  },
  {
    id = "JS-07",
    title = { ja = "連絡が取れない（中断の検討）", en = "Contact lost (consider suspension)" },
    references = {
      { id = "wam_qa_shuketsu", section = "中断は所在不明・連絡が完全に途絶えた場合のみ、支援調整会議に報告; 一時的な途絶は働きかけを続ける" },
    },
    note = "30日・90日・3回は既定値（contact_lost_days, suspend_after_days, suspend_min_attempts）",
    applies_to = { statuses = { "planning", "in_support", "evaluation" } },
    decide = function(case, ctx)
      if case.status ~= "in_support" and case.status ~= "evaluation" and case.status ~= "planning" then return nil end
      -- A review is held with the person (振り返り), so it counts as contact too.
      local days = case.days_since_contact
      if case.days_since_review ~= nil and (days == nil or case.days_since_review < days) then days = case.days_since_review end
      if days == nil or not ctx.above("days_since_contact", days, "contact_lost_days") then return nil end
      local long = ctx.above("days_since_contact", days, "suspend_after_days")
      local tried = ctx.at_least("failed_contacts", case.failed_contacts, "suspend_min_attempts")
      if long and tried then
        return {
          code = "suspension_review",
          severity = "urgent",
          reason = {
            ja = string.format("%d日連絡が取れず、%d回の働きかけも届かない：所在を確認し、中断とするなら支援調整会議に報告", days, case.failed_contacts),
            en = string.format("no contact for %d days and %d attempts failed: confirm whereabouts; a suspension must be reported to the support coordination meeting", days, case.failed_contacts),
          },
          plain = { ja = "れんらくを まっています。いつでも そうだんに きてください。", en = "We are waiting to hear from you. You are welcome back any time." },
        }
      end
      return {
        code = "contact_lost",
        due = ctx.add_days(ctx.as_of, 7),
        severity = "warning",
        reason = {
          ja = string.format("%d日連絡が取れない：手紙・訪問・知人を通じて働きかけを続ける（一時的な途絶は中断にしない）", days),
          en = string.format("no contact for %d days: keep trying by letter, visits and people the person knows (a temporary loss is not a suspension)", days),
        },
        plain = { ja = "れんらくを まっています。", en = "We are waiting to hear from you." },
      }
    end,
  },
  {
    id = "JS-08",
    title = { ja = "就職後も家計の目標が残る間は終結しない", en = "Keep the case open while budget goals remain after a hire" },
    references = {
      { id = "wam_qa_shushoku", section = "就職してもプランの目標が達成されていなければ支援を継続できる" },
    },
    applies_to = { stages = { "general" }, statuses = { "in_support", "evaluation" } },
    decide = function(case, ctx)
      if case.status ~= "in_support" and case.status ~= "evaluation" then return nil end
      if case.stage ~= "general" then return nil end
      local kakei = case.programs.kakei
      if kakei == nil or not kakei.active then return nil end
      return {
        code = "keep_open",
        severity = "info",
        reason = {
          ja = "就職したが家計改善支援が続いている：家計の目標を達成するまで終結しない",
          en = "employed, but budget support is still running: do not close until its goals are met",
        },
        plain = { ja = "おかねの もくひょうが たっせい できるまで、しえんを つづけます。", en = "We will keep supporting you until your money goals are met." },
      }
    end,
  },
  {
    id = "JS-10",
    title = { ja = "長期化リスク（Five Different Positions）", en = "Long-term risk (Five Different Positions)" },
    references = {
      { id = "diversity_bukai", section = "第1回部会 谷口委員 資料⑤: Five Different Positions（対人関係・メンタル・ストレス・思考・環境の5軸各5段階、Level 1〜2が1項目でもあれば長期化する可能性が高い）" },
    },
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) or case.fdp == nil then return nil end
      if not ctx.at_most("min_fdp_axis", case.min_fdp_axis, "long_term_fdp_level") then return nil end
      local low = {}
      local names = { interpersonal = "対人関係", mental = "メンタル", stress = "ストレス", thinking = "思考", environment = "環境" }
      for _, axis in ipairs({ "interpersonal", "mental", "stress", "thinking", "environment" }) do
        if case.fdp[axis] <= ctx.param("long_term_fdp_level") then
          low[#low + 1] = { ja = string.format("%s%d", names[axis], case.fdp[axis]), en = string.format("%s %d", axis, case.fdp[axis]) }
        end
      end
      local ja, en = {}, {}
      for _, l in ipairs(low) do ja[#ja + 1] = l.ja; en[#en + 1] = l.en end
      return {
        code = "long_term_risk",
        severity = "warning",
        reason = {
          ja = "長期化リスク（" .. table.concat(ja, "・") .. "）：プラン期間を長めにとり、多機関のケース会議を。つなぎは同行で",
          en = "long-term risk (" .. table.concat(en, ", ") .. "): plan for a longer period and hold a multi-agency case conference; hand over in person",
        },
        plain = { ja = "あせらず、じかんを かけて いっしょに すすめましょう。", en = "Let's take our time and go forward together." },
      }
    end,
  },
  {
    id = "JR-06",
    title = { ja = "就労準備支援の利用期間（原則1年）", en = "Readiness support period (one year in principle)" },
    references = {
      { id = "jiritsu_ho_kisoku", section = "第5条（1年を超えない期間、心身・生活の状況を考慮し市町村が認める場合を除く）" },
      { id = "uwn_chiba_report", section = "就労準備支援事業（実施期間：6ヶ月以内、もしくは1年以内）" },
    },
    note = "2か月前の通知は既定値（jyunbi_limit_notice_months）",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      local p = case.programs.jyunbi
      if not is_open(case) or p == nil or not p.active or p.extensions > 0 then return nil end
      local left = ctx.param("jyunbi_period_months") - p.months
      if not ctx.at_most("jyunbi_months_left", left, "jyunbi_limit_notice_months") then return nil end
      local limit = add_months(p.start_on, ctx.param("jyunbi_period_months"))
      return {
        code = "jyunbi_limit",
        due = limit,
        severity = left <= 0 and "urgent" or "warning",
        reason = {
          ja = string.format("就労準備支援%dか月目（%sまで）：次の段階への移行か、市町村による期間延長の判断を", p.months + 1, limit),
          en = string.format("readiness support, month %d (until %s): plan the next step, or ask the municipality to set a longer period", p.months + 1, limit),
        },
        plain = { ja = "しゅうろう じゅんび しえんの きかんが もうすぐ おわります。", en = "Your work-readiness programme is ending soon." },
      }
    end,
  },
  {
    id = "HK-04",
    title = { ja = "住居確保給付金：求職活動要件（離職等）", en = "Housing benefit: job-search duties (job loss)" },
    references = {
      { id = "sammu_jukyo", section = "求職活動要件（2023年4月から）: 相談支援員との面談月4回以上・ハローワークへの求職申込みと月2回以上の職業相談・週1回以上の応募または面接" },
    },
    note = "週1回を30日で4回と読むのは既定値（hk_applications_min）",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      local p = benefit_due_for_duties(case, ctx)
      if p == nil then return nil end
      local light = p.route == "income_drop" and ctx.param("hk_income_drop_light_duties")
      if light then return nil end  -- HK-05
      local ok, unmet = hk_duties.check(case, ctx, false)
      if ok then return nil end
      return {
        code = "job_search_duties",
        due = p.planned_end_on,
        severity = "urgent",
        reason = {
          ja = "今月の求職活動要件を満たしていない：" .. joined(unmet, "ja") .. "。このままでは延長できず、支給中止もありうる",
          en = "this month's job-search duties are not met: " .. joined(unmet, "en") .. ". Without them there is no extension, and payment may stop",
        },
        plain = { ja = "やちんの たすけを つづけるには、きまった かいすうの そうだんと おうぼが ひつようです。",
                  en = "To keep the rent help, you need a set number of talks and job applications each month." },
      }
    end,
  },
  {
    id = "HK-05",
    title = { ja = "住居確保給付金：求職活動要件（休業等による収入減少）", en = "Housing benefit: duties on the income-drop route" },
    references = {
      { id = "sammu_jukyo", section = "求職活動要件（2023年4月から）: 休業等による収入減少の場合は相談支援員との面談月4回以上と状況報告" },
    },
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      local p = benefit_due_for_duties(case, ctx)
      if p == nil or p.route ~= "income_drop" or not ctx.param("hk_income_drop_light_duties") then return nil end
      local ok, unmet = hk_duties.check(case, ctx, true)
      if ok then return nil end
      return {
        code = "job_search_duties",
        due = p.planned_end_on,
        severity = "warning",
        reason = {
          ja = "今月の要件（面談と状況報告）を満たしていない：" .. joined(unmet, "ja"),
          en = "this month's duties (interviews and reports) are not met: " .. joined(unmet, "en"),
        },
        plain = { ja = "やちんの たすけを つづけるには、まいつき 4かい いじょう めんだんが ひつようです。",
                  en = "To keep the rent help, you need at least four meetings with us each month." },
      }
    end,
  },
  {
    id = "HK-06-NOTICE",
    title = { ja = "住居確保給付金：支給期間の終了が近い", en = "Housing benefit: the period ends soon" },
    references = {
      { id = "jiritsu_ho_kisoku", section = "第12条（3か月ごとの延長、通算9か月まで）" },
    },
    note = "45日前の通知は既定値（hk_period_notice_days）",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      local p = case.programs.jukyo_kakuho
      if not is_open(case) or p == nil or not p.active or p.planned_end_on == nil then return nil end
      local left = ctx.days_between(ctx.as_of, p.planned_end_on)
      if not ctx.at_most("days_to_benefit_end", left, "hk_period_notice_days") then return nil end
      local last = not ctx.at_most("benefit_months_after_extension", p.months_granted + ctx.param("hk_extension_months"), "hk_max_months")
      return {
        code = "benefit_period_end",
        due = p.planned_end_on,
        severity = last and "urgent" or "warning",
        reason = last
          and { ja = string.format("%sで支給が通算%dか月に達して終わる：住まいと家計の見通しを", p.planned_end_on, p.months_granted),
                en = string.format("the benefit ends on %s after %d months in all: settle housing and the budget", p.planned_end_on, p.months_granted) }
          or { ja = string.format("%sで%d回目の支給期間が終わる：延長（3か月）の申請と求職活動の確認を", p.planned_end_on, p.extensions + 1),
               en = string.format("benefit period %d ends on %s: apply for the 3-month extension and check the job-search duties", p.extensions + 1, p.planned_end_on) },
        plain = { ja = "やちんの たすけの きかんが もうすぐ おわります。", en = "Your rent help period is ending soon." },
      }
    end,
  },
  {
    id = "HK-08",
    title = { ja = "住居確保給付金：再支給の制限", en = "Housing benefit: the re-application bar" },
    references = {
      { id = "jiritsu_ho_kisoku", section = "第16条（支給終了月の翌月から1年を経過し、かつ新たな離職等がなければ再支給しない）" },
    },
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      local p = case.programs.jukyo_kakuho
      if not is_open(case) or p == nil or p.active or p.last_end_on == nil or p.last_end_reason == "illness" then return nil end
      local from = month_start_after(p.last_end_on, 1 + ctx.param("hk_reapply_wait_months"))
      if not (ctx.as_of < from) then return nil end
      return {
        code = "benefit_reapply_bar",
        due = from,
        severity = "info",
        reason = {
          ja = string.format("住居確保給付金は%sに終了：%sまでは再申請できず、その後も新たな離職等が必要", p.last_end_on, from),
          en = string.format("the housing benefit ended on %s: no new application before %s, and then only after a new job loss", p.last_end_on, from),
        },
        plain = { ja = string.format("やちんの たすけを もういちど もうしこめるのは %s からです。", from),
                  en = string.format("You can apply for rent help again from %s.", from) },
      }
    end,
  },
  {
    id = "RF-SENTAKU-EXEMPT",
    title = { ja = "就労選択支援を経ずにB型を利用できる（例外）", en = "Type B use without employment-choice support (exemption)" },
    references = {
      { id = "sogo_shien_ho", section = "就労選択支援" },
      { id = "sentaku_guide", section = "ただし50歳以上・障害基礎年金1級の人は除く" },
    },
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) or not ctx.param("shuro_sentaku_b") then return nil end
      if not sentaku.new_use_pending(case, "keizoku_b") then return nil end
      local why = sentaku.b_exemption(case, ctx)
      if why == nil then return nil end  -- RF-SENTAKU proposes 就労選択支援
      return {
        code = "shuro_sentaku_exempt",
        severity = "info",
        reason = {
          ja = "就労継続支援B型の新規利用だが" .. why.ja .. "のため就労選択支援は不要：支給申請へ進める（希望すれば利用は可能）",
          en = "new use of continuous employment support type B, but " .. why.en .. ": employment-choice support is not required, apply directly (it may still be used if wished)",
        },
        plain = { ja = "B型を つかう もうしこみに すすめます。", en = "You can go ahead and apply for type B support." },
      }
    end,
  },
}
