-- Saga alerts: long-term-risk handling (diversity network committee minutes: Level 1〜2 が1項目でもあれば長期化の可能性が高い) —
-- joint case conferences at the points where the agencies must see the case together (JS-10,
-- overriding the national flag; SG-14 once several agencies hold it), a longer plan period (SG-11), warm hand-overs (SG-13) — and the
-- rhythm of home visits while outreach is under way (SG-02).

local facts = require("case_facts")
local long_term = require("fdp").long_term
local network = require("network")
local open, active = facts.is_open, facts.in_program

-- Outreach is under way while the outreach programme is active, or, before it is enrolled,
-- while an outreach referral is pending or accepted.
local function outreach_under_way(case)
  if case.programs.outreach ~= nil then return active(case, "outreach") end
  for _, r in ipairs(case.referrals) do
    if r.target == "outreach" and (r.status == "accepted" or r.status == "made") then return true end
  end
  return false
end

return {
  {
    id = "SG-11",
    title = {
      ja = "長期化リスク：プラン期間を長めに",
      en = "Long-term risk: a longer plan period",
    },
    references = {
      { id = "diversity_bukai", section = "第1回部会 谷口委員 資料⑤: Five Different Positions（Level 1〜2が1項目でもある場合、長期化する可能性が高い）" },
    },
    note = "長めのプラン期間180日は既定値（long_term_plan_min_days）",
    decide = function(case, ctx)
      if not open(case) or case.plan == nil or not long_term(case, ctx) then return nil end
      local days = ctx.days_between(case.plan.start_on, case.plan.end_on)
      if ctx.at_least("plan_days", days, "long_term_plan_min_days") then return nil end
      local approved = case.plan.approved
      return {
        code = "extend_plan_period",
        due = approved and ctx.as_of or case.plan.start_on,
        severity = approved and "info" or "warning",
        reason = {
          ja = string.format("FDPの最低軸がレベル%d（長期化リスク）なのにプラン期間が%d日：%d日以上で組み直す", case.min_fdp_axis, days, ctx.param("long_term_plan_min_days")),
          en = string.format("lowest FDP axis at level %d (long-term risk) but the plan runs %d days: plan for at least %d", case.min_fdp_axis, days, ctx.param("long_term_plan_min_days")),
        },
        plain = {
          ja = "あせらず じっくり すすめましょう。けいかくの きかんを ながく します。",
          en = "Let's take our time. We will make your plan longer.",
        },
      }
    end,
  },
  {
    id = "JS-10",
    title = {
      ja = "長期化リスク：関係機関との合同ケース会議（SSF）",
      en = "Long-term risk: joint case conferences with the agencies involved (SSF)",
    },
    references = {
      { id = "diversity_bukai", section = "第1回部会 谷口委員 資料⑤: Five Different Positions; 関係機関を巻き込んだ合同ケース会議で、問題点の見える化、協働化による課題解決" },
    },
    note = "14日前の招集は既定値（case_conference_notice_days）",
    decide = function(case, ctx)
      if not open(case) or case.fdp == nil or not long_term(case, ctx) then return nil end
      local due, why_ja, why_en
      if case.previous_min_fdp_axis ~= nil and ctx.below("min_fdp_axis", case.min_fdp_axis, case.previous_min_fdp_axis) then
        due = ctx.as_of
        why_ja = string.format("FDPの最低軸がレベル%dからレベル%dに低下：関係機関で状況を見直す", case.previous_min_fdp_axis, case.min_fdp_axis)
        why_en = string.format("lowest FDP axis fell from level %d to %d: review the situation with the agencies involved", case.previous_min_fdp_axis, case.min_fdp_axis)
      elseif case.status == "assessment" or case.status == "planning" then
        due = case.plan ~= nil and case.plan.start_on or ctx.as_of
        why_ja = "プランの前に、関係機関と見立てと役割分担を共有する"
        why_en = "before the plan, share the assessment and the division of roles with the agencies"
      elseif case.status == "evaluation" then
        due = ctx.as_of
        why_ja = "評価を関係機関とともに行い、次のプランを考える"
        why_en = "evaluate with the agencies and shape the next plan together"
      elseif case.days_to_plan_end ~= nil and ctx.at_most("days_to_plan_end", case.days_to_plan_end, "case_conference_notice_days") then
        due = case.plan.end_on
        why_ja = string.format("プラン期間が%sに終わる：評価の前に合同ケース会議を", case.plan.end_on)
        why_en = string.format("the plan ends on %s: hold a joint case conference before the evaluation", case.plan.end_on)
      end
      if due ~= nil then
        return {
          code = "case_conference_due",
          due = due,
          severity = "warning",
          reason = {
            ja = string.format("FDPの最低軸レベル%d（長期化リスク）。", case.min_fdp_axis) .. why_ja,
            en = string.format("lowest FDP axis at level %d (long-term risk). ", case.min_fdp_axis) .. why_en,
          },
          plain = {
            ja = "あなたを ささえる ひとたちが あつまって そうだんします。",
            en = "The people who support you will meet and talk together.",
          },
        }
      end
      return {
        code = "long_term_risk",
        severity = "info",
        reason = {
          ja = string.format("FDPの最低軸レベル%d（長期化リスク）：訪問と同行を続け、プラン期間は長めに。次の合同ケース会議はプランの終わり・評価・FDPの変化のとき", case.min_fdp_axis),
          en = string.format("lowest FDP axis at level %d (long-term risk): keep visiting and accompanying, plan for longer; the next joint case conference comes at the plan's end, the evaluation or a change in FDP", case.min_fdp_axis),
        },
        plain = {
          ja = "あせらず、いっしょに すすめていきます。",
          en = "We will take our time and go forward together.",
        },
      }
    end,
  },
  {
    id = "SG-14",
    title = {
      ja = "複数の機関で持つケース：関係機関の合同ケース会議",
      en = "A case several agencies hold: a joint case conference of the agencies",
    },
    references = {
      { id = "diversity_bukai", section = "第1回部会 谷口委員 資料⑤: 関係機関を巻き込んだ合同ケース会議で、問題点の見える化、協働化による課題解決（単一機関による縦割り的対応では複合的な問題を解決することができない）" },
    },
    note = "加わってから会議までの日数は既定値（case_conference_notice_days）",
    decide = function(case, ctx)
      if not open(case) or #case.agencies < 2 then return nil end
      local last = case.agencies[#case.agencies]
      for _, m in ipairs(case.meetings) do
        if m.kind == "joint_case" and m.on >= last.joined_on then return nil end
      end
      return {
        code = "joint_conference_due",
        meeting = "info_shared",
        due = ctx.add_days(last.joined_on, ctx.param("case_conference_notice_days")),
        severity = "warning",
        reason = {
          ja = string.format("%sが%sに加わり%dつの機関（%s）で持つ：合同ケース会議で見立てと役割分担を共有する（縦割りにしない）",
            network.name(last), last.joined_on, #case.agencies, network.names(case, "・")),
          en = string.format("%s joined on %s and %d agencies (%s) hold the case: share the assessment and the division of roles at a joint case conference (not each agency on its own)",
            network.name(last), last.joined_on, #case.agencies, network.names(case, ", ")),
        },
        plain = {
          ja = "あなたを ささえる きかんが あつまって そうだんします。",
          en = "The agencies that support you will meet and talk together.",
        },
      }
    end,
  },
  {
    id = "SG-13",
    title = {
      ja = "長期化リスク：つなぎは同行で（ウォーム・ハンドオフ）",
      en = "Long-term risk: hand-overs are accompanied (warm hand-off)",
    },
    references = {
      { id = "diversity_bukai", section = "第1回部会 谷口委員: 合同ケース会議・協働化; ネットワークの力" },
      { id = "nakapotsu_kikan", section = "丸投げ・ベルトコンベアのつなぎを避ける" },
    },
    decide = function(case, ctx)
      if not open(case) or not long_term(case, ctx) then return nil end
      for _, r in ipairs(case.referrals) do
        if r.status == "made" and not r.warm_handoff then
          return {
            code = "warm_handoff_needed",
            due = ctx.add_days(r.made_on, 7),
            severity = "warning",
            reason = {
              ja = string.format("長期化リスクのあるケースを%sへ書類だけでつないだ（%s）：同行または合同面談で引き継ぐ", r.target, r.made_on),
              en = string.format("a long-term-risk case was referred to %s on paper only (%s): hand over in person or at a joint meeting", r.target, r.made_on),
            },
            plain = {
              ja = "あたらしい ところへは いっしょに いきます。",
              en = "We will go with you to the new place.",
            },
          }
        end
      end
      return nil
    end,
  },
  {
    id = "SG-02",
    title = { ja = "アウトリーチ中の訪問の間隔", en = "Home visits while outreach is under way" },
    references = {
      { id = "diversity_bukai", section = "第1回部会 谷口委員 資料⑤: アウトリーチ(訪問支援)" },
    },
    note = "本人に会えるまで手紙と訪問を続ける。14日は既定値（outreach_visit_interval_days）",
    decide = function(case, ctx)
      if not open(case) or not outreach_under_way(case) then return nil end
      local since = case.days_since_contact
      if since ~= nil and not ctx.at_least("days_since_contact", since, "outreach_visit_interval_days") then return nil end
      local due = since ~= nil and ctx.add_days(ctx.as_of, ctx.param("outreach_visit_interval_days") - since) or ctx.as_of
      return {
        code = "outreach_visit_due",
        due = due,
        severity = case.failed_contacts > 0 and "warning" or "info",
        reason = {
          ja = since ~= nil and string.format("最後に会えてから%d日（不通%d回）：次の訪問を（手紙・訪問を続ける）", since, case.failed_contacts)
                           or string.format("まだ本人に会えていない（不通%d回）：手紙と訪問を続ける", case.failed_contacts),
          en = since ~= nil and string.format("%d days since the person was last met (%d failed attempts): visit again (keep writing and visiting)", since, case.failed_contacts)
                           or string.format("the person has not been met yet (%d failed attempts): keep writing and visiting", case.failed_contacts),
        },
        plain = {
          ja = "また たずねます。",
          en = "We will visit you again.",
        },
      }
    end,
  },
}
