-- Matching criteria: how well one carved task (a しごと情報 sheet) fits one person, for
-- `hashigo match`. Each criterion is one idea; decide(case, task, ctx) returns nil (no opinion),
-- { points = n, reason = … } (added to the task's score) or { exclude = true, reason = … } (the task
-- does not fit). The symposium materials of the Universal Shien Center describe matching on
-- しごと情報 as "the employer's needs and the person's interests, concerns and strengths"
-- (企業の人材ニーズと相談者の興味・関心・ストレングス), with steps (体験 → 短時間アルバイト → 柔軟にアレンジした
-- 雇用) that prevent mismatches; the weights are ours (parameters with basis `default`).
-- A region replaces a criterion by id (it receives the national one as `base`) or tunes the weights.

local contains = require("lists").contains
local work_terms = require("work_terms")
local names, overlap = work_terms.names, work_terms.overlap

local SYMPOSIUM = { id = "shien_center_symposium", section = "スライド6「しごと情報」を活用したマッチング" }

-- The wage forms that make a fitting next placement from where the person stands: their rung's
-- entry, else their stage's.
local function next_forms(case, ctx)
  local forms = ctx.param("matching_next_forms")
  local rung = case.rung and forms[case.stage .. "/" .. case.rung]
  return rung or forms[case.stage]
end

local function forms_ja(codes) return names("form", codes, "ja") end
local function forms_en(codes) return names("form", codes, "en") end

return {
  {
    id = "MA-01",
    title = { ja = "梯子の次の一歩になる働き方", en = "A way of working that is the next step up the ladder" },
    references = { SYMPOSIUM, { id = "uwn_chiba_report", section = "ユニバーサル就労の働き方" } },
    note = "Which wage forms fit each position is matching_next_forms (default).",
    decide = function(case, task, ctx)
      local fitting = next_forms(case, ctx) or {}
      local offered = overlap(fitting, task.wage_forms)
      if #offered == 0 then
        return {
          exclude = true,
          reason = {
            ja = string.format("働き方（%s）が、いまの位置から次の一歩になる働き方（%s）にない", forms_ja(task.wage_forms), forms_ja(fitting)),
            en = string.format("its ways of working (%s) are not a next step from the current position (%s)", forms_en(task.wage_forms), forms_en(fitting)),
          },
          plain = { ja = "いまの あなたの 次の ステップに あう 働きかたでは ありません。", en = "It is not the next step for you now." },
        }
      end
      return {
        points = ctx.param("matching_points_next_step"),
        reason = { ja = string.format("次の一歩になる働き方：%s", forms_ja(offered)), en = string.format("a next step: %s", forms_en(offered)) },
        plain = { ja = "いまの あなたの 次の ステップに なる 働きかたです。", en = "It is a good next step for you." },
      }
    end,
  },
  {
    id = "MA-02",
    title = { ja = "働ける時間に収まる", en = "Within the hours the person can work" },
    references = { SYMPOSIUM },
    decide = function(case, task, ctx)
      local most = case.profile and case.profile.hours_per_week_max
      if most == nil then return nil end
      if not ctx.at_most("hours_per_week", task.hours_per_week, most) then
        return {
          exclude = true,
          reason = {
            ja = string.format("週%g時間は、いま働ける上限（週%g時間）を超える", task.hours_per_week, most),
            en = string.format("%g hours a week is more than the %g the person can work now", task.hours_per_week, most),
          },
          plain = { ja = "いまの あなたには 時間が 長すぎます。", en = "The hours are too long for you now." },
        }
      end
      return {
        points = ctx.param("matching_points_hours_fit"),
        reason = {
          ja = string.format("週%g時間：上限（週%g時間）に収まる", task.hours_per_week, most),
          en = string.format("%g hours a week fits within %g", task.hours_per_week, most),
        },
        plain = { ja = "あなたが 働ける 時間に おさまります。", en = "The hours fit what you can do." },
      }
    end,
  },
  {
    id = "MA-03",
    title = { ja = "興味・関心のある分野", en = "A field the person is drawn to" },
    references = { SYMPOSIUM },
    decide = function(case, task, ctx)
      if case.profile == nil then return nil end
      local shared = overlap(task.fields, case.profile.interests)
      if #shared == 0 then return nil end
      return {
        points = #shared * ctx.param("matching_points_per_interest"),
        reason = { ja = string.format("興味・関心と合う：%s", table.concat(shared, "・")), en = string.format("matches interests: %s", table.concat(shared, ", ")) },
        plain = { ja = "あなたの 好きな ことに ちかい しごとです。", en = "It is close to what you like." },
      }
    end,
  },
  {
    id = "MA-04",
    title = { ja = "強みを生かせる", en = "Uses the person's strengths" },
    references = { SYMPOSIUM },
    decide = function(case, task, ctx)
      if case.profile == nil then return nil end
      local shared = overlap(task.skills, case.profile.strengths)
      if #shared == 0 then return nil end
      return {
        points = #shared * ctx.param("matching_points_per_strength"),
        reason = { ja = string.format("強みを生かせる：%s", table.concat(shared, "・")), en = string.format("uses strengths: %s", table.concat(shared, ", ")) },
        plain = { ja = "あなたの とくいな ことが いかせます。", en = "You can use what you are good at." },
      }
    end,
  },
  {
    id = "MA-05",
    title = { ja = "働く場に必要な条件", en = "What the person needs of a workplace" },
    references = { SYMPOSIUM },
    note = "An unmet condition lowers the score rather than excluding the task: a sheet may not say everything, and the person and the employer can arrange it (柔軟にアレンジした雇用).",
    decide = function(case, task, ctx)
      if case.profile == nil or #case.profile.constraints == 0 then return nil end
      local met = overlap(case.profile.constraints, task.conditions)
      local unmet = overlap(case.profile.constraints, task.conditions, true)
      local points = #met * ctx.param("matching_points_per_condition_met") - #unmet * ctx.param("matching_penalty_per_condition_unmet")
      if #unmet == 0 then
        return {
          points = points,
          reason = { ja = "必要な条件がそろう：" .. names("condition", met, "ja"), en = "has what the person needs: " .. names("condition", met, "en") },
          plain = { ja = "あなたに ひつような じょうけんが そろっています。", en = "It has what you need." },
        }
      end
      return {
        points = points,
        reason = {
          ja = "しごと情報に書かれていない条件：" .. names("condition", unmet, "ja") .. "（事業所と調整を）",
          en = "the sheet does not offer " .. names("condition", unmet, "en") .. " (to arrange with the employer)",
        },
        plain = { ja = "ひつような じょうけんを 事業所と 話しあう ひつようが あります。", en = "What you need must be talked over with the employer." },
      }
    end,
  },
  {
    id = "MA-06",
    title = { ja = "資格が必要な作業（★）", en = "A task that needs a qualification (★)" },
    references = { { id = "uwn_chiba_report", section = "業務分解シート（★：資格が必要）" } },
    decide = function(case, task, ctx)
      if task.qualification == nil then return nil end
      local held = case.profile and case.profile.qualifications or {}
      if contains(held, task.qualification) then
        return {
          points = 0,
          reason = { ja = "必要な資格（" .. task.qualification .. "）がある", en = "holds the qualification it needs (" .. task.qualification .. ")" },
        }
      end
      return {
        exclude = true,
        reason = { ja = "資格（" .. task.qualification .. "）が必要", en = "needs a qualification (" .. task.qualification .. ")" },
        plain = { ja = "この しごとには 資格が ひつようです。", en = "This work needs a qualification." },
      }
    end,
  },
  {
    id = "MA-07",
    title = { ja = "必要な支援が職場にある", en = "The workplace gives the support the person needs" },
    references = { SYMPOSIUM },
    decide = function(case, task, ctx)
      if case.profile == nil or #case.profile.supports_needed == 0 then return nil end
      local given = overlap(case.profile.supports_needed, task.supports)
      local lacking = overlap(case.profile.supports_needed, task.supports, true)
      local points = #given * ctx.param("matching_points_per_support") - #lacking * ctx.param("matching_penalty_per_support_missing")
      if #lacking == 0 then
        return {
          points = points,
          reason = { ja = "必要な支援がある：" .. names("support", given, "ja"), en = "gives the support needed: " .. names("support", given, "en") },
          plain = { ja = "あなたに ひつような 手だすけが あります。", en = "The help you need is there." },
        }
      end
      return {
        points = points,
        reason = {
          ja = "必要な支援がない：" .. names("support", lacking, "ja") .. "（支援員が補うか事業所と調整を）",
          en = "needs support the workplace does not give: " .. names("support", lacking, "en") .. " (the support worker fills in, or arrange it)",
        },
        plain = { ja = "ひつような 手だすけを 相談員と いっしょに 用意します。", en = "Your support worker will arrange the help you need." },
      }
    end,
  },
  {
    id = "MA-08",
    title = { ja = "受け入れの空き", en = "A place is open" },
    references = { SYMPOSIUM },
    decide = function(case, task, ctx)
      if task.open > 0 then return nil end
      return {
        exclude = true,
        reason = {
          ja = string.format("受け入れ（%d人）が埋まっている", task.openings),
          en = string.format("its %d place(s) are taken", task.openings),
        },
        plain = { ja = "いまは 空きが ありません。", en = "There is no place open now." },
      }
    end,
  },
}
