-- Chiba alerts (UWNちば「本人の状態像に応じた支援のあり方」): the 6-month limit of work experience (CHB-01), the
-- 6-month period of readiness support and its 1-year cap (CHB-02), the 3-month short-term goals
-- of the 個別支援計画② (UW-03), the 人事考課 of employees (UW-04), and a step down that changes the
-- contract waiting for the 支援調整会議 to confirm it (CHB-04, with SD-04's hold). The national monthly
-- placement review (SU-01: 1か月ごとの振り返り) applies unchanged.

local contracts = require("contracts")
local meetings = require("meetings")
local facts = require("case_facts")

local function contains(list, x)
  for _, v in ipairs(list) do
    if v == x then return true end
  end
  return false
end

-- "YYYY-MM-DD" → year, month, day.
local function ymd(day)
  return tonumber(day:sub(1, 4)), tonumber(day:sub(6, 7)), tonumber(day:sub(9, 10))
end

-- "YYYY-MM-DD" plus n months, the day clamped to the month's end (2015-08-31 + 6 → 2016-02-29).
local function add_months(day, n)
  local y, m, d = ymd(day)
  local total = y * 12 + (m - 1) + n
  y, m = total // 12, total % 12 + 1
  local last = ({ 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 })[m]
  if m == 2 and (y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)) then last = 29 end
  if d > last then d = last end
  return string.format("%04d-%02d-%02d", y, m, d)
end

-- Whole months from one day to another (as the core counts months_in_rung).
local function months_between(from, to)
  local fy, fm = ymd(from)
  local ty, tm = ymd(to)
  local n = (ty - fy) * 12 + (tm - fm)
  if n > 0 and add_months(from, n) > to then n = n - 1 end
  return n
end

return {
  {
    id = "CHB-01",
    title = { ja = "就労体験は6か月以内", en = "Work experience lasts at most 6 months" },
    references = {
      { id = "uwn_chiba_report", section = "共同企業体による就労支援体制プロセスフロー: 【生活・社会・就労自立】就労体験（6ヶ月以内）" },
    },
    note = "notice at 4 months [default value, not from a source]",
    decide = function(case, ctx)
      if case.status == "closed" then return nil end
      local kinds = ctx.param("taiken_kinds")
      local first, active = nil, false
      for _, p in ipairs(case.placements) do
        if contains(kinds, p.kind) then
          if first == nil or p.start_on < first then first = p.start_on end
          active = active or p.active
        end
      end
      if first == nil or not active then return nil end
      local used = months_between(first, ctx.as_of)
      if not ctx.at_least("months_in_taiken", used, "taiken_notice_months") then return nil end
      local limit = add_months(first, ctx.param("taiken_max_months"))
      local over = ctx.at_least("months_in_taiken", used, "taiken_max_months")
      return {
        code = "taiken_limit",
        due = limit,
        severity = over and "urgent" or "warning",
        reason = {
          ja = over and string.format("就労体験（%s開始）が6か月の期限%sに達した：就職活動・就業・ユニバーサル就労への移行か終了を", first, limit)
                     or string.format("就労体験（%s開始）は%sまで（6か月以内）：次のステップ（就職活動・そのまま就業・ユニバーサル就労）を決める", first, limit),
          en = over and string.format("work experience (since %s) has reached its 6-month limit of %s: move on to job search, a job or universal work, or end it", first, limit)
                    or string.format("work experience (since %s) ends by %s (6 months at most): decide the next step (job search, staying on, universal work)", first, limit),
        },
        plain = {
          ja = "たいけんの きかんが もうすぐ おわります。つぎに どうするか いっしょに きめましょう。",
          en = "Your work experience ends soon. Let's decide together what comes next.",
        },
      }
    end,
  },
  {
    id = "CHB-02",
    title = { ja = "就労準備支援の期間（6か月、延長しても1年以内）", en = "Readiness support period (6 months, 1 year at most)" },
    references = {
      { id = "uwn_chiba_report", section = "就労準備支援事業（実施期間：6ヶ月以内、もしくは1年以内）" },
      { id = "jiritsu_ho_kisoku", section = "第5条" },
    },
    note = "notice 30 days [default value, not from a source]",
    decide = function(case, ctx)
      local j = case.programs.jyunbi
      if j == nil or not j.active or case.status == "closed" or case.status == "suspended" then return nil end
      local review = add_months(j.start_on, ctx.param("jyunbi_review_months"))
      local limit = add_months(j.start_on, ctx.param("jyunbi_limit_months"))
      local ends = j.planned_end_on
      -- Planned past one year from the start, with no extension decided by the city: Chiba runs
      -- readiness support for 6 months or 1 year (an extension the city records is its decision
      -- under rule 5, and the national JR-06 / JR-01 take it from there).
      if ends ~= nil and j.extensions == 0 and ctx.above("days_planned_beyond_1_year", ctx.days_between(limit, ends), 0) then
        return {
          code = "jyunbi_period_over",
          due = limit,
          severity = "urgent",
          reason = {
            ja = string.format("就労準備支援の予定終了%sが1年（%s）を超える：千葉市の実施期間は6か月以内もしくは1年以内（延長は市が決める）", ends, limit),
            en = string.format("readiness support is planned to end on %s, past one year (%s): Chiba runs it for 6 months or 1 year (an extension is the city's decision)", ends, limit),
          },
        }
      end
      -- A 6-month period (planned to end by the 6-month mark, or with no end set yet): decide
      -- before it ends. Longer or extended periods are the national JR-06's.
      if j.extensions > 0 or (ends ~= nil and ends > review) then return nil end
      local due = ends or review
      local left = ctx.days_between(ctx.as_of, due)
      if ends == nil and left < 0 then return nil end  -- no 6-month end was set: JR-06 watches the year
      if not ctx.at_most("days_to_jyunbi_review", left, "jyunbi_notice_days") then return nil end
      return {
        code = "jyunbi_review_due",
        due = due,
        severity = left < 0 and "urgent" or "warning",
        reason = {
          ja = string.format("就労準備支援（%s開始）の6か月が%sに終わる：延長（1年以内）か次のステップかを支援調整会議で判断", j.start_on, due),
          en = string.format("6 months of readiness support (since %s) end on %s: decide at the coordination meeting on extending it (1 year at most) or moving on", j.start_on, due),
        },
        plain = {
          ja = "しゅうろう じゅんびの 6かげつが もうすぐ おわります。つづけるか つぎに すすむか きめましょう。",
          en = "Your 6 months of work-readiness support end soon. Let's decide whether to continue or move on.",
        },
      }
    end,
  },
  {
    id = "UW-03",
    title = { ja = "個別支援計画②：3か月の短期目標の見直し", en = "Individual support plan: review the 3-month goals" },
    references = {
      { id = "uwn_chiba_report", section = "個別支援計画②: 継続支援面接毎に作成, 短期目標（３ヶ月後）, 振り返りであがった課題を反映し次回の期間を設定" },
    },
    decide = function(case, ctx)
      if case.stage ~= "intermediate" or not contains(ctx.param("uw_plan_rungs"), case.rung) then return nil end
      if case.status == "closed" then return nil end
      if not ctx.at_least("months_in_rung", case.months_in_rung, "uw_short_term_goal_months") then return nil end
      return {
        code = "uw_goal_review_due",
        due = ctx.as_of,
        severity = "info",
        reason = {
          ja = string.format("同じ働き方で%dか月（短期目標は3か月）：個別支援計画②を見直し、ステップアップか次の期間の目標を決める", case.months_in_rung),
          en = string.format("%d months in the same form of work (short-term goals run 3 months): review the individual support plan and decide the step or the next goals", case.months_in_rung),
        },
        plain = {
          ja = "3かげつの めあてを いっしょに ふりかえりましょう。",
          en = "Let's look back at your 3-month goals together.",
        },
      }
    end,
  },
  {
    id = "UW-04",
    title = { ja = "人事考課（雇用契約のある方）", en = "Staff appraisal (people on an employment contract)" },
    references = {
      { id = "uwn_chiba_report", section = "人事考課制度（雇用契約のある方）: 人事考課表 5段階＋個別目標, 自己点検表, 今年のしごとを振り返って" },
    },
    note = "first after 3 months, then every 12 months [default value, not from a source]",
    decide = function(case, ctx)
      if case.stage ~= "intermediate" or not contains(ctx.param("uw_appraisal_rungs"), case.rung) then return nil end
      local p = case.placement
      if p == nil or case.status == "closed" then return nil end
      local last, months, param
      if case.days_since_appraisal ~= nil then
        last = ctx.add_days(ctx.as_of, -case.days_since_appraisal)
        param = "appraisal_interval_months"
      else
        last = p.start_on
        param = "first_appraisal_months"
      end
      months = months_between(last, ctx.as_of)
      if not ctx.at_least("months_since_appraisal", months, param) then return nil end
      local due = add_months(last, ctx.param(param))
      return {
        code = "appraisal_due",
        due = due,
        severity = "warning",
        reason = {
          ja = case.days_since_appraisal and string.format("前回の人事考課（%s）から%dか月：人事考課表と自己点検表で考課を行う", last, months)
                                          or string.format("雇用契約（%s〜）から%dか月、まだ人事考課がない：人事考課表と自己点検表で考課を行う", last, months),
          en = case.days_since_appraisal and string.format("%d months since the last appraisal (%s): appraise with the appraisal and self-check sheets", months, last)
                                          or string.format("%d months on an employment contract (since %s) with no appraisal yet: appraise with the appraisal and self-check sheets", months, last),
        },
      }
    end,
  },
  {
    id = "CHB-04",
    title = { ja = "会議の確認を待つ契約の変わるステップダウン", en = "Contract-changing step down awaiting the meeting" },
    references = {
      { id = "uwn_chiba_report", section = "本人の状況に応じて、最賃保障職員から有償コミューターへ移るなど働き方を変えることができます" },
      { id = "shunan_shakyo", section = "支援調整会議と支援決定" },
    },
    note = "千葉では契約の変わるステップダウン（最賃保障職員→有償コミューター）を支援調整会議で確認する（meeting_required.contract_step_down、このパックの既定）。期日の30日は meeting_cadence_days",
    applies_to = { stages = { "intermediate", "general" }, statuses = facts.open_statuses },
    decide = function(case, ctx)
      if not facts.is_open(case) then return nil end
      local to = contracts.followed_step_down(case, ctx)
      if to == nil or not meetings.step_unconfirmed(case, ctx, to) then return nil end
      local due = meetings.due(ctx, case.placement.start_on)
      return {
        code = "step_down_to_confirm",
        meeting = "step_confirmed",
        due = due,
        severity = meetings.severity(ctx, due),
        reason = {
          ja = string.format("働き方が%sに切り替わった（%s〜）：%sへのステップダウンは支援調整会議の確認を待つ", contracts.name(case.placement.contract).ja, case.placement.start_on, contracts.label(to)),
          en = string.format("the work is now on %s (from %s): the step down to %s awaits the support coordination meeting's confirmation", contracts.name(case.placement.contract).en, case.placement.start_on, contracts.label(to)),
        },
        plain = { ja = "はたらきかたの かわりを かいぎで かくにん します。", en = "The change in how you work will be confirmed at a meeting." },
      }
    end,
  },
}
