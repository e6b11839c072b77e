-- Osaka step rules: the intermediate-work menu of the career ladder (A´ Work Sozokan career-ladder model 2.0: 見学や体験実習、就労訓練、
-- 訓練付き就労などの中間的就労), one rung at a time. The rules stand aside for one another so that
-- at most one target is proposed for an up move:
--   employment               → OS-21 (a visit or practicum starts and is attended, or employment
--                               with training starts on the municipality's decision, outside
--                               readiness support; training: national JK-03; commuters: UW-01)
--   intermediate/kengaku     → OS-22 (practicum started, or the visit's goals met)
--   intermediate/taiken      → OS-23 (practicum attendance and goals, with the municipality's
--                               decision on work training — as JK-03)
--   kengaku, taiken          → OS-26 (a universal-work host takes the person on as a commuter)
--   kengaku … kunren_hikoyo  → OS-24 (an employment contract at the minimum wage or more, with the
--                               municipality's decision on the type; without it, a hold) — wins
--   intermediate/kunren_koyo → OS-25 (appraisal, after some months)
-- and national EX-01 supersedes all of them when the person is hired into general work. Steps down are
-- the national SD-01 with Osaka's step_down_to (pack.lua).

local contains = require("lists").contains
local minimum_wage = require("minimum_wage")
local facts = require("case_facts")

local function split(position)
  local stage, rung = position:match("^([a-z]+)/([A-Za-z0-9_]+)$")
  if stage then return { stage = stage, rung = rung } end
  return { stage = position }
end

local text = require("text")
local pct = text.pct

local COOPERATING_COMPANY = { ja = "協力企業", en = "a cooperating company" }
local function employer(p, ja)
  return text.employer(p, ja and "ja" or "en", COOPERATING_COMPANY)
end

-- The active placement of the given kind, or nil.
local function active_of_kind(case, kinds)
  for _, p in ipairs(case.placements) do
    if p.active and contains(kinds, p.kind) then return p end
  end
  return nil
end

-- An active placement on an employment contract that is not general work: employment with
-- training (訓練付き就労), whatever the host calls it (雇用型訓練, 最賃保障職員, …).
local function koyo_placement(case, ctx)
  for _, p in ipairs(case.placements) do
    if p.active and p.contract == "employment" and not contains(ctx.param("general_employment_kinds"), p.kind) then
      return p
    end
  end
  return nil
end

-- The municipality's support decision on certified work training (JK-03: 類型は行政が決定).
local function kunren_decided(case)
  return facts.in_program(case, "kunren")
end

local function readiness_active(case, ctx)
  return facts.first_active(case, ctx.param("readiness_programs")) ~= nil
end

local below_koyo = { kengaku = true, taiken = true, kunren_hikoyo = true }

-- The hold of a contract that is not yet certified employment-type training: the municipality
-- decides the type (JK-03), so the position waits for its decision.
local function await_decision(p)
  return {
    step = "hold",
    reason = {
      ja = string.format("%sと雇用契約：認定就労訓練（雇用型）として扱うには自治体の支援決定（類型の決定）が必要、決定まで移動を保留", employer(p, true)),
      en = string.format("employment contract with %s: treating it as certified employment-type training needs the municipality's support decision (the type); hold until it is made", employer(p, false)),
    },
    plain = {
      ja = "やとわれて はたらく まえに、しやくしょの きまりが ひつようです。",
      en = "The city office needs to decide before this counts as training with a job.",
    },
  }
end

return {
  -- A hire into general work decides the move, whatever rung of the menu the person is on.
  {
    id = "EX-01",
    supersedes = { "OS-21", "OS-22", "OS-23", "OS-24", "OS-25", "OS-26" },
  },
  {
    id = "OS-21",
    title = {
      ja = "中間的就労への入口（見学・体験実習などの開始）",
      en = "Into intermediate work (a visit, practicum or training starts)",
    },
    references = {
      { id = "osaka_ladder_2", section = "見学や体験実習、就労訓練、訓練付き就労などの中間的就労; 就労準備段階を含むキャリアラダーの可視化" },
      { id = "shien_center_symposium", section = "段階を踏むことでミスマッチ、早期離職を予防" },
    },
    allows_skip = true,
    decide = function(case, ctx)
      if case.stage ~= "employment" or case.status ~= "in_support" then return nil end
      if readiness_active(case, ctx) then return nil end -- experience inside readiness support stays here
      local menu = ctx.param("menu_positions")
      local p, target = koyo_placement(case, ctx), nil
      if p ~= nil then
        target = menu.koyo -- on a contract: employment with training, whatever the host calls it
        if not ctx.equals("kunren_decided", kunren_decided(case), true) then return await_decision(p) end
      else
        for _, q in ipairs(case.placements) do
          if q.active and menu[q.kind] ~= nil and q.kind ~= "koyo" then p, target = q, menu[q.kind] end
        end
        if p == nil then return nil end
        -- A visit or practicum the person hardly attends has not started anything yet.
        if case.attendance_30d ~= nil and ctx.below("attendance_30d", case.attendance_30d, "attendance_floor") then
          return {
            step = "hold",
            reason = {
              ja = string.format("%sでの%sの出勤率は過去30日%s（%s未満）：中間的就労が始まったとは言えず、通い方を本人と見直す",
                employer(p, true), p.kind, pct(case.attendance_30d), pct(ctx.param("attendance_floor"))),
              en = string.format("attendance at the %s at %s is %s over 30 days (below %s): intermediate work has not taken hold; review it with the person",
                p.kind, employer(p, false), pct(case.attendance_30d), pct(ctx.param("attendance_floor"))),
            },
            plain = {
              ja = "まだ あまり かよえていません。かよいかたを いっしょに かんがえましょう。",
              en = "You have not been able to go much yet. Let's think together about how to make it work.",
            },
          }
        end
      end
      return {
        step = "up",
        to = split(target),
        reason = {
          ja = string.format("%sで中間的就労（%s）を始めた：キャリアラダーの中間的就労の段へ", employer(p, true), p.kind),
          en = string.format("started intermediate work (%s) at %s: onto the ladder's intermediate rungs", p.kind, employer(p, false)),
        },
        plain = {
          ja = "はたらく ばしょで の たいけんが はじまりました。",
          en = "You have started trying out a real workplace.",
        },
      }
    end,
  },
  {
    id = "OS-22",
    title = { ja = "見学から体験実習へ", en = "From a site visit to a practicum" },
    references = {
      { id = "osaka_ladder_2", section = "見学・体験実習" },
      { id = "shien_center_symposium", section = "見学→体験" },
      { id = "uwn_chiba_report", section = "個別支援計画の目標による評価" },
    },
    decide = function(case, ctx)
      if not (case.stage == "intermediate" and case.rung == "kengaku") then return nil end
      if koyo_placement(case, ctx) ~= nil then return nil end
      if active_of_kind(case, ctx.param("commuter_kinds")) ~= nil then return nil end -- OS-26
      local practicum = active_of_kind(case, { "taiken" })
      if practicum ~= nil then
        return {
          step = "up",
          to = { stage = "intermediate", rung = "taiken" },
          reason = {
            ja = string.format("見学のあと%sで体験実習を始めた", employer(practicum, true)),
            en = string.format("after the visit, started a practicum at %s", employer(practicum, false)),
          },
          plain = {
            ja = "みに いった ところで、ためしに はたらいて みます。",
            en = "You will try working at the place you visited.",
          },
        }
      end
      local fresh = ctx.at_most("days_since_review", case.days_since_review, "review_fresh_days")
      local met = ctx.at_least("goal_attainment", case.goal_attainment, "goal_attainment_min")
      local settled = ctx.at_least("months_in_rung", case.months_in_rung, "min_months_in_position")
      if fresh and met and settled then
        return {
          step = "up",
          to = { stage = "intermediate", rung = "taiken" },
          reason = {
            ja = string.format("見学の振り返りで目標の%sを達成：体験実習へ", pct(case.goal_attainment)),
            en = string.format("%s of goals achieved at the visit's review: on to a practicum", pct(case.goal_attainment)),
          },
          plain = {
            ja = "つぎは ためしに はたらいて みましょう。",
            en = "Next, let's try working for a while.",
          },
        }
      end
      return nil
    end,
  },
  {
    id = "OS-23",
    title = { ja = "体験実習から就労訓練へ", en = "From a practicum to work training" },
    references = {
      { id = "osaka_ladder_2", section = "体験実習・就労訓練" },
      { id = "kunren_nintei" },
    },
    note = "出勤率80%・1か月は既定値（taiken_attendance_min, taiken_months_min）",
    decide = function(case, ctx)
      if not (case.stage == "intermediate" and case.rung == "taiken") then return nil end
      if koyo_placement(case, ctx) ~= nil then return nil end
      if active_of_kind(case, ctx.param("commuter_kinds")) ~= nil then return nil end -- OS-26
      local training = active_of_kind(case, { "kunren_hikoyo" })
      local decided = ctx.equals("kunren_decided", kunren_decided(case), true)
      if training ~= nil and decided then
        return {
          step = "up",
          to = { stage = "intermediate", rung = "kunren_hikoyo" },
          reason = {
            ja = string.format("%sで就労訓練（非雇用型）を始めた", employer(training, true)),
            en = string.format("started work training (non-employment type) at %s", employer(training, false)),
          },
          plain = {
            ja = "しごとの くんれんを はじめます。",
            en = "You are starting work training.",
          },
        }
      end
      local steady = ctx.at_least("attendance_30d", case.attendance_30d, "taiken_attendance_min")
      local no_silence = ctx.at_most("unannounced_absences_30d", case.unannounced_absences_30d, 0)
      local long_enough = ctx.at_least("months_in_rung", case.months_in_rung, "taiken_months_min")
      local fresh = ctx.at_most("days_since_review", case.days_since_review, "review_fresh_days")
      local met = ctx.at_least("goal_attainment", case.goal_attainment, "goal_attainment_min")
      if not ((training ~= nil) or (steady and no_silence and long_enough and fresh and met)) then return nil end
      if not decided then
        return {
          step = "hold",
          reason = {
            ja = "体験実習を終え就労訓練へ進める状態だが、就労訓練には自治体の支援決定（類型の決定）が必要：決定まで保留",
            en = "ready to move on from the practicum, but work training needs the municipality's support decision (its type): hold until it is made",
          },
          plain = {
            ja = "つぎの くんれんに すすむ じゅんびが できました。しの きめを まっています。",
            en = "You are ready for the next step. We are waiting for the city's decision.",
          },
        }
      end
      return {
        step = "up",
        to = { stage = "intermediate", rung = "kunren_hikoyo" },
        reason = {
          ja = string.format("体験実習の出勤率%s（基準%s以上）・無断欠勤なし・目標%s達成：就労訓練へ", pct(case.attendance_30d), pct(ctx.param("taiken_attendance_min")), pct(case.goal_attainment)),
          en = string.format("practicum attendance %s (needs %s), no unannounced absence, %s of goals achieved: on to work training", pct(case.attendance_30d), pct(ctx.param("taiken_attendance_min")), pct(case.goal_attainment)),
        },
        plain = {
          ja = "たいけんを よく がんばりました。つぎは くんれんとして つづけて はたらきます。",
          en = "You did well in the practicum. Next, you will keep working as training.",
        },
      }
    end,
  },
  {
    id = "OS-24",
    title = {
      ja = "訓練付き就労へ（雇用契約・最低賃金以上）",
      en = "Into employment with training (a contract at the minimum wage or more)",
    },
    references = {
      { id = "osaka_ladder_2", section = "訓練付き就労" },
      { id = "diversity_bukai", section = "第3回部会 西岡部会長: 体験・訓練付き雇用等を大阪府改正ハートフル条例の中で推進" },
      { id = "osaka_heartful_jorei" },
      { id = "osaka_rodokyoku_minwage" },
    },
    allows_skip = true,
    decide = function(case, ctx)
      if not (case.stage == "intermediate" and below_koyo[case.rung]) then return nil end
      local p = koyo_placement(case, ctx)
      if p == nil then return nil end
      local wage = minimum_wage.home(ctx)
      if not ctx.at_least("wage_per_hour_yen", p.wage_per_hour_yen, wage) then return nil end
      if not ctx.equals("kunren_decided", kunren_decided(case), true) then return await_decision(p) end
      return {
        step = "up",
        to = { stage = "intermediate", rung = "kunren_koyo" },
        reason = {
          ja = string.format("%sと雇用契約（時給%.0f円、大阪府最低賃金%d円以上）：訓練を受けながら働く", employer(p, true), p.wage_per_hour_yen, ctx.param(wage)),
          en = string.format("employment contract with %s (%.0f yen an hour, Osaka minimum wage %d): working while training", employer(p, false), p.wage_per_hour_yen, ctx.param(wage)),
        },
        plain = {
          ja = "やとわれて はたらきながら、くんれんを つづけます。",
          en = "You are now employed, and your training continues.",
        },
      }
    end,
  },
  {
    id = "OS-25",
    title = {
      ja = "訓練付き就労から一般就労へ（人事考課）",
      en = "From employment with training to general work (appraisal)",
    },
    references = {
      { id = "osaka_ladder_2", section = "訓練付き就労→キャリアラダー" },
      { id = "uwn_chiba_report", section = "人事考課表 5段階; 支援が必要なくなった時点で一般就労へ" },
    },
    note = "3 months [default value, not from a source]",
    decide = function(case, ctx)
      if not (case.stage == "intermediate" and case.rung == "kunren_koyo") then return nil end
      local fresh = ctx.at_most("days_since_appraisal", case.days_since_appraisal, "appraisal_fresh_days")
      local good = ctx.at_least("appraisal_average", case.appraisal_average, "appraisal_average_min")
      local settled = ctx.at_least("months_in_rung", case.months_in_rung, "kunren_koyo_months_min")
      if not (fresh and good and settled) then return nil end
      local full = ctx.at_least("hours_per_week", case.hours_per_week, "full_time_hours_per_week")
      return {
        step = "up",
        to = { stage = "general", rung = full and "full_time" or "part_time" },
        reason = {
          ja = string.format("訓練付き就労%dか月・人事考課の平均%.1f（基準%.1f以上）：訓練の支えがなくても働ける", case.months_in_rung, case.appraisal_average, ctx.param("appraisal_average_min")),
          en = string.format("%d months of employment with training and an appraisal average of %.1f (needs %.1f): able to work without the training support", case.months_in_rung, case.appraisal_average, ctx.param("appraisal_average_min")),
        },
        plain = {
          ja = "くんれん なしでも はたらけるように なりました。",
          en = "You can now work without the extra training.",
        },
      }
    end,
  },
  {
    id = "OS-26",
    title = {
      ja = "見学・体験実習からユニバーサル就労（コミューター）へ",
      en = "From a visit or practicum to universal work (as a commuter)",
    },
    references = {
      { id = "osaka_ladder_2", section = "態様横断: 態様別支援の現場で中間的就労を活用; 見学・体験実習" },
      { id = "uwn_chiba_report", section = "ユニバーサル就労: コミューター確認書" },
      { id = "shien_center_symposium", section = "見学→体験→短時間アルバイト" },
    },
    allows_skip = true,
    decide = function(case, ctx)
      if not (case.stage == "intermediate" and (case.rung == "kengaku" or case.rung == "taiken")) then return nil end
      if koyo_placement(case, ctx) ~= nil then return nil end
      local p = active_of_kind(case, ctx.param("commuter_kinds"))
      if p == nil then return nil end
      return {
        step = "up",
        to = { stage = "intermediate", rung = p.kind },
        reason = {
          ja = string.format("%sのあと、%sでコミューターとして働き始めた（%s）：ユニバーサル就労の段へ", case.rung == "kengaku" and "見学" or "体験実習",
            employer(p, true), p.kind == "commuter_paid" and "有償" or "無償"),
          en = string.format("after the %s, started as a commuter at %s (%s): onto the universal-work rungs", case.rung == "kengaku" and "visit" or "practicum",
            employer(p, false), p.kind == "commuter_paid" and "paid" or "unpaid"),
        },
        plain = {
          ja = "うけいれさきで はたらく れんしゅうを はじめます。",
          en = "You are starting to practise work at a host workplace.",
        },
      }
    end,
  },
}
