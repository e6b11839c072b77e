-- Step-up and step-down rules (domain research §2.9: SU-02, SU-04..06, SD-01, SD-02, SD-04, EX-01;
-- §2.3 JK-03, JK-08; §2.4 UW-01, UW-05).
-- Each rule returns nil (it does not apply) or { step = "up"|"down"|"hold", to = …, reason = … }.
-- `to` may be left out: the engine then uses the next position up or down the pack's ladder.
-- When rules disagree, down wins over hold, and hold over up. A rule that alone decides a move
-- when it fires (EX-01 on a hire, UW-01 and JK-03 on entering the intermediate stage, SU-05 on a
-- minimum wage) says which ladder rules it `supersedes`: their proposals then do not count.
-- A move between positions worked on different contracts (rung_contracts: コミューター確認書,
-- 雇用契約書, none) waits for the contract events; it never relabels a position (lib/contracts.lua).

local contracts = require("contracts")
local meetings = require("meetings")
local minimum_wage = require("minimum_wage")
local contains = require("lists").contains
local at_one_of = require("case_facts").at_one_of
local text = require("text")
local pct, employer = text.pct, text.employer

-- What the person hears about their goals: "all" only when every goal was met, since "most"
-- would undersell 100%.
local function goals_reached(case)
  if (case.goal_attainment or 0) >= 1 then
    return { ja = "めあてが ぜんぶ できました。", en = "You reached all of your goals. " }
  end
  return { ja = "めあての ほとんどが できました。", en = "You reached most of your goals. " }
end

-- True when the active placement is general employment on an employment contract (EX-01).
local function hired_into_general(case, ctx)
  local p = case.placement
  return p ~= nil and p.contract == "employment" and contains(ctx.param("general_employment_kinds"), p.kind)
end

local stages = { life = 1, social = 2, employment = 3, intermediate = 4, general = 5 }

-- The active placement when it opens the intermediate stage for a case still below it: a
-- commuter placement (UW-01) or a certified work-training placement (JK-03).
local function entering_intermediate(case, ctx)
  local p = case.placement
  if p == nil or stages[case.stage] >= stages.intermediate then return nil end
  if contains(ctx.param("commuter_kinds"), p.kind) or contains(ctx.param("kunren_kinds"), p.kind) then return p end
  return nil
end

-- Where a hire into general work lands: full time from full_time_hours_per_week (EX-01, SU-06).
local function general_rung(case, ctx)
  return ctx.at_least("hours_per_week", case.placement.hours_per_week, "full_time_hours_per_week") and "full_time"
    or "part_time"
end

local AN_EMPLOYER = { ja = "事業所", en = "an employer" }
local function employer_of(p, ja)
  return employer(p, ja and "ja" or "en", AN_EMPLOYER)
end

return {
  {
    id = "SU-02",
    title = { ja = "短期目標の達成によるステップアップ", en = "Step up on short-term goal attainment" },
    references = {
      { id = "uwn_chiba_report", section = "個別支援計画②: 3か月の短期目標" },
    },
    note = "達成率80%は既定値（goal_attainment_min）",
    decide = function(case, ctx)
      if not at_one_of(case, ctx.param("goal_driven_positions")) then return nil end
      local fresh = ctx.at_most("days_since_review", case.days_since_review, "review_fresh_days")
      local met = ctx.at_least("goal_attainment", case.goal_attainment, "goal_attainment_min")
      local settled = ctx.at_least("months_in_rung", case.months_in_rung, "min_months_in_position")
      if not (fresh and met and settled) then return nil end
      -- The next rung may be worked on another contract (有償コミューター → 最賃保障職員: 雇用契約書).
      local need = ctx.up and ctx.up.rung and contracts.of(ctx, ctx.up)
      local held = contracts.held(case)
      if need ~= nil and need ~= held then
        local want, have = contracts.name(need), contracts.name(held)
        return {
          step = "hold",
          reason = {
            ja = string.format("短期目標の%sを達成：%sへ進むには%sが必要（いまは%s）。契約を結んだら（placement_started）移る",
              pct(case.goal_attainment), contracts.label(ctx.up), want.ja, have.ja),
            en = string.format("%s of short-term goals achieved: %s is worked on %s (now %s); the move follows the contract (placement_started)",
              pct(case.goal_attainment), contracts.label(ctx.up), want.en, have.en),
          },
          plain = {
            ja = goals_reached(case).ja .. "つぎの はたらきかたの けいやくを むすんだら すすめます。",
            en = goals_reached(case).en .. "Once the new work contract is signed, you move up.",
          },
        }
      end
      return {
        step = "up",
        reason = {
          ja = string.format("直近の振り返りで短期目標の%sを達成（基準%s以上）", pct(case.goal_attainment), pct(ctx.param("goal_attainment_min"))),
          en = string.format("%s of short-term goals achieved at the last review (needs %s)", pct(case.goal_attainment), pct(ctx.param("goal_attainment_min"))),
        },
        plain = {
          ja = goals_reached(case).ja .. "つぎの だんかいに すすめます。",
          en = goals_reached(case).en .. "You can move to the next step.",
        },
      }
    end,
  },
  {
    id = "SU-04",
    title = { ja = "勤務時間の拡大（フルタイムへ）", en = "Hours ladder: part time to full time" },
    references = {
      { id = "uwn_chiba_report", section = "週2〜3日×3〜4時間から段階的に" },
    },
    note = "週30時間は既定値（full_time_hours_per_week）",
    applies_to = { stages = { "general" } },
    decide = function(case, ctx)
      if not (case.stage == "general" and case.rung == "part_time") then return nil end
      if ctx.at_least("hours_per_week", case.hours_per_week, "full_time_hours_per_week") then
        return {
          step = "up",
          to = { stage = "general", rung = "full_time" },
          reason = {
            ja = string.format("週%.0f時間の勤務（基準%d時間以上）", case.hours_per_week, ctx.param("full_time_hours_per_week")),
            en = string.format("working %.0f hours a week (full time from %d)", case.hours_per_week, ctx.param("full_time_hours_per_week")),
          },
          plain = {
            ja = "はたらく じかんが ふえて、フルタイムに なりました。",
            en = "You now work enough hours to count as full time.",
          },
        }
      end
    end,
  },
  {
    id = "SU-05",
    title = { ja = "最低賃金以上の支払いによる職員化", en = "Pay ladder: paid at least the minimum wage" },
    references = {
      { id = "uwn_chiba_report", section = "無償→有償コミューター→最賃保障職員" },
      { id = "saitei_chingin_ho", section = "第4条" },
      { id = "minwage_summary" },
    },
    allows_skip = true,
    -- Straight to minimum-wage staff: the one-rung moves of a commuter (on goals, on a paid
    -- placement) would contradict it.
    supersedes = { "SU-02", "UW-05" },
    applies_to = { stages = { "intermediate" } },
    decide = function(case, ctx)
      if not (case.stage == "intermediate" and (case.rung == "commuter_unpaid" or case.rung == "commuter_paid")) then
        return nil
      end
      -- 最賃保障職員 is defined by its 雇用契約書, not by the pay alone: a commuter paid by the
      -- hour is still a commuter until the contract is signed.
      local p = case.placement
      if p == nil or not ctx.equals("contract", p.contract, "employment") then return nil end
      local yen, what = minimum_wage.in_force(case, ctx)
      if not ctx.at_least("wage_per_hour_yen", p.wage_per_hour_yen, yen) then return nil end
      return {
        step = "up",
        to = { stage = "intermediate", rung = "minwage_staff" },
        reason = {
          ja = string.format("%sと雇用契約、時給%.0f円（%s%d円以上）", employer_of(p, true), p.wage_per_hour_yen, what.ja, yen),
          en = string.format("employment contract with %s at %.0f yen an hour (%s %d)", employer_of(p, false), p.wage_per_hour_yen, what.en, yen),
        },
        plain = {
          ja = "やとわれて、さいていちんぎん いじょうの おきゅうりょうを もらう はたらきかたに なります。",
          en = "You are now employed and paid at least the minimum wage.",
        },
      }
    end,
  },
  {
    id = "SU-06",
    title = { ja = "人事考課による一般賃金への移行", en = "Appraisal: move to general wages" },
    references = {
      { id = "uwn_chiba_report", section = "人事考課表（5段階）" },
    },
    note = "平均4は既定値（appraisal_average_min）",
    allows_skip = true,
    applies_to = { stages = { "intermediate" } },
    decide = function(case, ctx)
      if not (case.stage == "intermediate" and case.rung == "minwage_staff") then return nil end
      local fresh = ctx.at_most("days_since_appraisal", case.days_since_appraisal, "appraisal_fresh_days")
      local good = ctx.at_least("appraisal_average", case.appraisal_average, "appraisal_average_min")
      if fresh and good then
        -- Hired on general wages in the same month: the appraisal backs EX-01's move, same target.
        local to = nil
        if hired_into_general(case, ctx) then to = { stage = "general", rung = general_rung(case, ctx) } end
        return {
          step = "up",
          to = to,
          reason = {
            ja = string.format("人事考課の平均%.1f（基準%.1f以上）", case.appraisal_average, ctx.param("appraisal_average_min")),
            en = string.format("appraisal average %.1f (needs %.1f)", case.appraisal_average, ctx.param("appraisal_average_min")),
          },
          plain = {
            ja = "しごとの ひょうかが よかったので、ふつうの おきゅうりょうで はたらけます。",
            en = "Your work was rated well, so you can work on a regular wage.",
          },
        }
      end
    end,
  },
  {
    id = "SD-01",
    title = { ja = "出勤率の低下によるステップダウン", en = "Step down on falling attendance" },
    references = {
      { id = "uwn_chiba_report", section = "最賃保障職員から有償コミューターへ移るなど" },
    },
    note = "2週間で60%は既定値（attendance_floor）",
    decide = function(case, ctx)
      if stages[case.stage] < stages[ctx.param("step_down_from_stage")] or case.placement == nil then return nil end
      if not ctx.below("attendance_14d", case.attendance_14d, "attendance_floor") then return nil end
      local to = contracts.step_down_target(case, ctx)
      local attendance = {
        ja = string.format("過去2週間の出勤率%s（%s未満）", pct(case.attendance_14d), pct(ctx.param("attendance_floor"))),
        en = string.format("attendance %s over 2 weeks (below %s)", pct(case.attendance_14d), pct(ctx.param("attendance_floor"))),
      }
      -- A step down that changes the contract (雇用契約書 → コミューター確認書, a job → 就労自立)
      -- is made by ending one placement and starting the other; until then it is proposed.
      local need = to and contracts.of(ctx, to)
      local held = contracts.held(case)
      if need ~= nil and need ~= held then
        local want, have = contracts.name(need), contracts.name(held)
        return {
          step = "hold",
          reason = {
            ja = string.format("%s：%sへのステップダウンを提案。%sから%sへの切替え（placement_ended・placement_started）を本人・職場と決めるまで位置は変えない",
              attendance.ja, contracts.label(to), have.ja, want.ja),
            en = string.format("%s: a step down to %s is proposed; it needs the change from %s to %s (placement_ended, placement_started), agreed with the person and the workplace, before the position moves",
              attendance.en, contracts.label(to), have.en, want.en),
          },
          plain = {
            ja = "いまは すこし たいへんそうです。はたらきかたを かえるか、いっしょに はなしあいましょう。",
            en = "Things look hard right now. Let's talk about changing how you work.",
          },
        }
      end
      -- Certified work training is entered only on the municipality's decision (JK-03).
      if to and contracts.is_kunren(ctx, to) and not (case.programs.kunren ~= nil and case.programs.kunren.active) then
        return {
          step = "hold",
          reason = {
            ja = string.format("%s：%sへのステップダウンを提案。就労訓練には自治体の支援決定（類型の決定）が必要で、それまで位置は変えない",
              attendance.ja, contracts.label(to)),
            en = string.format("%s: a step down to %s is proposed; work training needs the municipality's support decision (its type) before the position moves",
              attendance.en, contracts.label(to)),
          },
          plain = {
            ja = "いまは すこし たいへんそうです。くんれんに うつるには しやくしょの きまりが ひつようです。",
            en = "Things look hard right now. Moving to training needs the city office's decision first.",
          },
        }
      end
      return {
        step = "down",
        to = to,
        reason = {
          ja = attendance.ja .. "：働き方を見直し、再アセスメント",
          en = attendance.en .. ": adjust the work and re-assess",
        },
        plain = {
          ja = "いまは すこし たいへんそうです。むりの ない はたらきかたに もどしましょう。",
          en = "Things look hard right now. Let's go back to a lighter way of working for a while.",
        },
      }
    end,
  },
  {
    id = "SD-04",
    title = { ja = "契約の切替えに合わせたステップダウン", en = "Step down to follow a contract change" },
    references = {
      { id = "uwn_chiba_report", section = "ユニバーサル就労の働き方【契約のかたち】: コミューター確認書／雇用契約書; 本人の状況に応じて、最賃保障職員から有償コミューターへ移るなど働き方を変えることができます" },
    },
    -- The step down SD-01 proposed (or another agreed one), once its contract events are recorded.
    allows_skip = true,
    decide = function(case, ctx)
      local to = contracts.followed_step_down(case, ctx)
      if to == nil then return nil end
      local p = case.placement
      local now = contracts.name(p.contract)
      -- Where the region needs it, the network confirms the step first (a regional alert puts it on the agenda: Chiba's CHB-03).
      if meetings.step_unconfirmed(case, ctx, to) then
        return {
          step = "hold",
          reason = {
            ja = string.format("%sでの働き方が%sに切り替わった（%s〜）：%sへのステップダウンは支援調整会議の確認（step_confirmed）を待つ",
              employer_of(p, true), now.ja, p.start_on, contracts.label(to)),
            en = string.format("work at %s is now on %s (from %s): the step down to %s awaits the support coordination meeting's confirmation (step_confirmed)",
              employer_of(p, false), now.en, p.start_on, contracts.label(to)),
          },
          plain = {
            ja = "はたらきかたの かわりを かいぎで かくにん してから、いちを かえます。",
            en = "Your new way of working will be confirmed at a meeting first.",
          },
        }
      end
      return {
        step = "down",
        to = to,
        reason = {
          ja = string.format("%sでの働き方が%sに切り替わった（%s〜）：位置を%sへ", employer_of(p, true), now.ja, p.start_on, contracts.label(to)),
          en = string.format("work at %s is now on %s (from %s): the position follows, to %s", employer_of(p, false), now.en, p.start_on, contracts.label(to)),
        },
        plain = {
          ja = "はたらきかたを かえました。むりの ない ペースで つづけましょう。",
          en = "Your way of working has changed. Let's keep going at a pace that suits you.",
        },
      }
    end,
  },
  {
    id = "SD-02",
    title = { ja = "Five Different Positions の悪化による保留", en = "Hold on a Five Different Positions fall" },
    references = {
      { id = "diversity_bukai", section = "第1回部会 谷口委員 資料⑤: Five Different Positions（レベル1〜2は長期の支援）" },
    },
    decide = function(case, ctx)
      if case.min_fdp_axis == nil or case.previous_min_fdp_axis == nil then return nil end
      local low = ctx.at_most("min_fdp_axis", case.min_fdp_axis, "fdp_hold_level")
      local fell = ctx.below("min_fdp_axis", case.min_fdp_axis, case.previous_min_fdp_axis)
      if low and fell then
        return {
          step = "hold",
          reason = {
            ja = string.format("FDPの最低軸がレベル%dに低下：ステップアップを保留し、ケース会議へ", case.min_fdp_axis),
            en = string.format("lowest FDP axis fell to level %d: hold any step up and hold a case conference", case.min_fdp_axis),
          },
          plain = {
            ja = "いまは むりを しないで、いまの だんかいで ようすを みましょう。",
            en = "Let's not push for now and stay at this step for a while.",
          },
        }
      end
    end,
  },
  {
    id = "EX-01",
    title = { ja = "一般就労への移行", en = "Exit to general employment" },
    references = {
      { id = "uwn_chiba_report", section = "支援が必要なくなった時点で一般就労へ移行" },
    },
    allows_skip = true,
    -- A hire decides the move; the ladder rules of the supported stages no longer apply.
    supersedes = { "SU-02", "SU-05" },
    applies_to = { stages = { "life", "social", "employment", "intermediate" } },
    decide = function(case, ctx)
      local p = case.placement
      if case.stage == "general" or not hired_into_general(case, ctx) then return nil end
      ctx.equals("contract", p.contract, "employment")
      return {
        step = "up",
        to = { stage = "general", rung = general_rung(case, ctx) },
        reason = {
          ja = string.format("%sに雇用契約で就職（週%.0f時間）", p.employer ~= "" and p.employer or "事業所", p.hours_per_week),
          en = string.format("hired on an employment contract at %s (%.0f hours a week)", p.employer ~= "" and p.employer or "an employer", p.hours_per_week),
        },
        plain = {
          ja = "しごとが きまりました。おめでとうございます。",
          en = "You got a job. Congratulations!",
        },
      }
    end,
  },
  {
    id = "UW-01",
    title = { ja = "ユニバーサル就労：コミューターとして中間的就労へ", en = "Universal work: start as a commuter" },
    references = {
      { id = "uwn_chiba_report", section = "ユニバーサル就労: はたらきたいのにはたらきにくいすべての人; 障害者手帳は不要; コミューター確認書・傷害保険" },
    },
    allows_skip = true,
    supersedes = { "SU-02" },  -- entering the intermediate stage decides the move
    applies_to = { stages = { "life", "social", "employment" } },
    decide = function(case, ctx)
      local p = entering_intermediate(case, ctx)
      if p == nil or not contains(ctx.param("commuter_kinds"), p.kind) then return nil end
      ctx.equals("contract", p.contract, "commuter_confirmation")
      local paid = p.kind == "commuter_paid"
      return {
        step = "up",
        to = { stage = "intermediate", rung = p.kind },
        reason = {
          ja = string.format("%sで%sコミューターを開始（週%.0f時間、コミューター確認書・傷害保険、労働法規の適用なし）",
            employer_of(p, true), paid and "有償" or "無償", p.hours_per_week),
          en = string.format("started as %s commuter at %s (%.0f hours a week; commuter confirmation and accident insurance, no employment contract)",
            paid and "a paid" or "an unpaid", employer_of(p, false), p.hours_per_week),
        },
        plain = {
          ja = "しょくばで コミューターとして はたらく れんしゅうを はじめます。",
          en = "You are starting to practise work at a workplace as a commuter.",
        },
      }
    end,
  },
  {
    id = "UW-05",
    title = { ja = "ユニバーサル就労：有償コミューターへ", en = "Universal work: on to paid commuter" },
    references = {
      { id = "uwn_chiba_report", section = "無償コミューター→有償コミューター（500円程度）; コミューターは個別支援計画の目標で評価" },
    },
    applies_to = { stages = { "intermediate" } },
    decide = function(case, ctx)
      local p = case.placement
      if not (case.stage == "intermediate" and case.rung == "commuter_unpaid") or p == nil then return nil end
      if not ctx.equals("placement_kind", p.kind, "commuter_paid") then return nil end
      local stipend = p.stipend_per_shift_yen
      return {
        step = "up",
        reason = {
          ja = stipend and string.format("有償コミューターとして勤務（1回%d円程度）：個別支援計画の目標に沿って", stipend)
            or "有償コミューターとして勤務：個別支援計画の目標に沿って",
          en = stipend and string.format("working as a paid commuter (about %d yen a shift), per the individual support plan's goals", stipend)
            or "working as a paid commuter, per the individual support plan's goals",
        },
        plain = {
          ja = "おしごとに すこし おかねが でるように なりました。",
          en = "You now get a small payment for your work.",
        },
      }
    end,
  },
  {
    id = "JK-03",
    title = { ja = "就労訓練：行政が決めた類型で中間的就労へ", en = "Work training: enter at the type the municipality decided" },
    references = {
      { id = "kunren_nintei", section = "倉敷市: 雇用型・非雇用型は自立相談支援機関のアセスメントを踏まえ行政が決定" },
      { id = "jiritsu_ho", section = "第16条" },
    },
    allows_skip = true,
    supersedes = { "SU-02" },  -- entering the intermediate stage (or waiting for the decision to) decides the move
    applies_to = { stages = { "life", "social", "employment" } },
    decide = function(case, ctx)
      local p = entering_intermediate(case, ctx)
      if p == nil or not contains(ctx.param("kunren_kinds"), p.kind) then return nil end
      local decided = case.programs.kunren
      local koyo = p.kind == "kunren_koyo"
      if not ctx.equals("kunren_decided", decided ~= nil and decided.active, true) then
        return {
          step = "hold",
          reason = {
            ja = "就労訓練の開始には自治体の支援決定（雇用型・非雇用型の決定）が必要：決定まで移動を保留",
            en = "work training needs the municipality's support decision (employment or non-employment type): hold until it is made",
          },
          plain = {
            ja = "くんれんを はじめる まえに、しやくしょの きまりが ひつようです。もう すこし まってください。",
            en = "The city office needs to decide before your training can start. Please wait a little.",
          },
        }
      end
      return {
        step = "up",
        to = { stage = "intermediate", rung = p.kind },
        reason = {
          ja = string.format("%sで認定就労訓練（%s、週%.0f時間）を開始：類型は行政が決定", employer_of(p, true),
            koyo and "雇用型" or "非雇用型", p.hours_per_week),
          en = string.format("started certified work training at %s (%s type, %.0f hours a week), type decided by the municipality",
            employer_of(p, false), koyo and "employment" or "non-employment", p.hours_per_week),
        },
        plain = {
          ja = "しごとの くんれんを はじめます。",
          en = "You are starting work training.",
        },
      }
    end,
  },
  {
    id = "JK-08",
    title = { ja = "就労訓練：非雇用型から雇用型へ", en = "Work training: non-employment to employment type" },
    references = {
      { id = "kunren_nintei", section = "非雇用型から雇用型へ、最終的には一般就労へのステップアップ" },
      { id = "jiritsu_ho_kisoku", section = "第21条" },
    },
    applies_to = { stages = { "intermediate" } },
    decide = function(case, ctx)
      local p = case.placement
      if not (case.stage == "intermediate" and case.rung == "kunren_hikoyo") or p == nil then return nil end
      if not ctx.equals("placement_kind", p.kind, "kunren_koyo") then return nil end
      if not ctx.equals("contract", p.contract, "employment") then return nil end
      local decided = case.programs.kunren
      if decided == nil or not decided.active then return nil end
      return {
        step = "up",
        reason = {
          ja = string.format("%sで雇用型の就労訓練へ（雇用契約、週%.0f時間%s）", employer_of(p, true), p.hours_per_week,
            p.wage_per_hour_yen and string.format("、時給%.0f円", p.wage_per_hour_yen) or ""),
          en = string.format("moved to employment-type training at %s (employment contract, %.0f hours a week%s)", employer_of(p, false),
            p.hours_per_week, p.wage_per_hour_yen and string.format(", %.0f yen an hour", p.wage_per_hour_yen) or ""),
        },
        plain = {
          ja = "くんれんの なかで やとわれて はたらく かたちに なりました。",
          en = "You are now employed while you keep training.",
        },
      }
    end,
  },
}
