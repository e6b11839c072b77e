-- Kanagawa alerts: the interview cadence of order-made readiness support and the byturn
-- follow-ups (Inclusion Net Kanagawa materials: 日報・面談で状況把握; 卒業).

local minimum_wage = require("minimum_wage")
local employer = require("text").employer
local EMPLOYER = { ja = "雇用先", en = "the employer" }

local first_active = require("case_facts").first_active
local contains = require("lists").contains
local municipality_of = require("municipalities").of

-- Days since the person was last met: a contact or a review (振り返り) with them; nil if never.
local function days_since_met(case)
  local a, b = case.days_since_contact, case.days_since_review
  if a == nil then return b end
  if b == nil then return a end
  return math.min(a, b)
end

-- When at least `interval` (a parameter, in days) has passed since the person was last met (or,
-- never met, since `start_on`): those days and the day the meeting fell due; else nil.
local function meeting_overdue(case, ctx, start_on, interval)
  local since = days_since_met(case) or ctx.days_between(start_on, ctx.as_of)
  if not ctx.at_least("days_since_met", since, interval) then return nil end
  return since, ctx.add_days(ctx.add_days(ctx.as_of, -since), ctx.param(interval))
end

return {
  {
    -- A household's school-age child and 学習支援 (national HH-02), said for the city: Fujisawa
    -- runs the programme (GK-01 takes the child's own case), Kamakura does not.
    id = "HH-02",
    references = {
      { id = "inclusion_net_kanagawa", section = "鎌倉市と藤沢市の概要（藤沢市 任意事業: 学習支援事業; 鎌倉市 任意事業: なし）" },
      { id = "jiritsu_ho", section = "子どもの学習・生活支援事業" },
    },
    decide = function(case, ctx, base)
      local alert = base(case, ctx)
      if alert == nil then return nil end
      local _, city = municipality_of(case, ctx)
      if contains(city.programs, "gakushu") then
        alert.reason = {
          ja = string.format("%s（%sの学習支援事業の対象になりうる：GK-01）", alert.reason.ja, city.ja),
          en = string.format("%s (%s runs learning support: GK-01)", alert.reason.en, city.en),
        }
        return alert
      end
      alert.code = "child_learning_support_not_run"
      alert.reason = {
        ja = string.format("%s。ただし%sは学習支援事業（任意事業）を実施していない：子どもの学びと居場所は世帯の支援計画で扱う", alert.reason.ja, city.ja),
        en = string.format("%s; but %s does not run learning support (optional): take the child's learning and a place to go into the household's plan", alert.reason.en, city.en),
      }
      return alert
    end,
  },
  {
    id = "OM-01",
    title = { ja = "オーダーメイド支援の面談", en = "Order-made support: interview due" },
    references = {
      { id = "inclusion_net_kanagawa", section = "自立相談支援事業から依頼のあった利用者と面談をしながら、オーダーメイドで支援を組み立てていく" },
    },
    note = "30 days [default value, not from a source]",
    decide = function(case, ctx)
      if case.status == "closed" or case.status == "suspended" then return nil end
      local program = first_active(case, ctx.param("readiness_programs"))
      if program == nil then return nil end
      local since, due = meeting_overdue(case, ctx, case.programs[program].start_on, "ordermade_interview_days")
      if since == nil then return nil end
      return {
        code = "readiness_interview_due",
        due = due,
        severity = "warning",
        reason = {
          ja = string.format("就労準備支援の面談から%d日（%d日ごと）：本人のニーズ・関心・状態にあった講座・社会参加・就労体験をさがし直す",
            since, ctx.param("ordermade_interview_days")),
          en = string.format("%d days since the last readiness interview (every %d): look again for courses, participation or work experience that fit the person's needs, interests and state",
            since, ctx.param("ordermade_interview_days")),
        },
        plain = {
          ja = "そろそろ めんだんの ひです。いまの きもちを きかせてください。",
          en = "It is time for a talk. Tell us how you are doing and what interests you.",
        },
      }
    end,
  },
  {
    id = "BT-06",
    title = { ja = "バイターン：日報・面談による状況把握", en = "Byturn: follow-up through daily reports and interviews" },
    references = {
      { id = "inclusion_net_kanagawa", section = "日報・面談で状況把握; 雇用契約をした後も、生徒の課題に対して学校が積極的に介入" },
    },
    note = "30 days [default value, not from a source]",
    decide = function(case, ctx)
      if case.status == "closed" or case.status == "suspended" or case.placement == nil then return nil end
      if first_active(case, ctx.param("supported_parttime_programs")) == nil then return nil end
      local since, due = meeting_overdue(case, ctx, case.placement.start_on, "byturn_followup_days")
      if since == nil then return nil end
      return {
        code = "byturn_followup_due",
        due = due,
        severity = "warning",
        reason = {
          ja = string.format("最後の面談から%d日（%d日ごと）：日報を確認し、本人・学校（またはNPO）・企業で面談を", since, ctx.param("byturn_followup_days")),
          en = string.format("%d days since the last follow-up (every %d): check the daily reports and meet with the student, the school (or the NPO) and the company",
            since, ctx.param("byturn_followup_days")),
        },
        plain = {
          ja = "しごとの ようすを はなしあう めんだんの ひです。",
          en = "It is time to talk about how your job is going.",
        },
      }
    end,
  },
  {
    id = "BT-07",
    title = { ja = "バイターン：卒業後の進路の判断", en = "Byturn: decide the path after graduation" },
    references = {
      { id = "inclusion_net_kanagawa", section = "卒業と同時に正規雇用; 正規雇用に満たない場合は非正規雇用を継続しスキルアップ" },
    },
    note = "90 days [default value, not from a source]",
    decide = function(case, ctx)
      local byturn = case.programs.byturn
      if byturn == nil or not byturn.active or byturn.planned_end_on == nil then return nil end
      if case.status == "closed" or case.status == "suspended" then return nil end
      local left = ctx.days_between(ctx.as_of, byturn.planned_end_on)
      if not ctx.at_most("days_to_graduation", left, "byturn_graduation_notice_days") then return nil end
      local passed = left < 0
      return {
        code = "byturn_graduation_decision",
        due = byturn.planned_end_on,
        severity = passed and "urgent" or "warning",
        reason = {
          ja = passed and string.format("卒業予定日%sを過ぎた：正規雇用か、非正規雇用の継続とスキルアップ研修かを決める", byturn.planned_end_on)
            or string.format("卒業予定日%sまで%d日：企業・学校・本人で、卒業と同時の正規雇用か非正規雇用の継続＋スキルアップかを話し合う", byturn.planned_end_on, left),
          en = passed and string.format("the planned graduation day %s has passed: decide between a regular job and continued part-time work with skill-up training", byturn.planned_end_on)
            or string.format("%d days to graduation (%s): the company, the school and the student decide on a regular job at graduation or continued part-time work plus skill-up", left, byturn.planned_end_on),
        },
        plain = {
          ja = "そつぎょうの あとの ことを いっしょに きめましょう。",
          en = "Let's decide together what comes after graduation.",
        },
      }
    end,
  },
  {
    id = "MW-01",
    title = { ja = "神奈川県最低賃金を下回る雇用契約", en = "Employment contract below the Kanagawa minimum wage" },
    references = {
      { id = "saitei_chingin_ho", section = "第4条" },
      { id = "kanagawa_rodokyoku_minwage" },
      { id = "uwn_chiba_report", section = "最賃保障職員: 雇用契約・最低賃金以上" },
    },
    decide = function(case, ctx)
      if case.status == "closed" then return nil end
      local p, yen = minimum_wage.underpaid(case, ctx)
      if p == nil then return nil end
      return {
        code = "below_minimum_wage",
        due = ctx.as_of,
        severity = "urgent",
        reason = {
          ja = string.format("%sの時給%.0f円は神奈川県最低賃金%d円を下回る：雇用主に確認を",
            employer(p, "ja", EMPLOYER), p.wage_per_hour_yen, yen),
          en = string.format("%.0f yen an hour at %s is below the Kanagawa minimum wage of %d: check with the employer",
            p.wage_per_hour_yen, employer(p, "en", EMPLOYER), yen),
        },
        plain = {
          ja = "きゅうりょうが きまりより ひくいかも しれません。いっしょに かくにんしましょう。",
          en = "Your pay may be lower than the law allows. Let's check it together.",
        },
      }
    end,
  },
}
