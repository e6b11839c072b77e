-- Saga referrals: outreach for people who cannot come to the window or who score low on the
-- Five Different Positions axes that make a window hard to reach (RF-OUTREACH, overriding the
-- national rule, which waits for failed contacts only); SSF's youth and hikikomori centres
-- (SG-04); the host-employer network (職親) for people at long-term risk (SG-05).

local facts = require("case_facts")
local is_open, referred, active = facts.is_open, facts.referred, facts.in_program
local listed = require("lists").contains

-- The lowest FDP axis among `axes`, and its name; nil without an assessment.
local function lowest_axis(case, axes)
  if case.fdp == nil then return nil end
  local low, name = nil, nil
  for _, axis in ipairs(axes) do
    local v = case.fdp[axis]
    if v ~= nil and (low == nil or v < low) then low, name = v, axis end
  end
  return low, name
end

local axis_ja = { interpersonal = "対人関係", mental = "メンタル", stress = "ストレス", thinking = "思考", environment = "環境" }

-- The national proposer, with every hand-over warm here (SSF); without consent only 支援会議
-- members, as a sharing of information there (JS-02).
local propose = require("referrals").proposer({ always_warm = true })
local long_term = require("fdp").long_term

return {
  {
    id = "RF-OUTREACH",
    title = {
      ja = "窓口に来られない人・FDPの低い人へのアウトリーチ（SSF）",
      en = "Outreach for people who cannot come to the window or score low on FDP (SSF)",
    },
    references = {
      { id = "diversity_bukai", section = "第1回部会 谷口委員 資料⑤: アウトリーチ(訪問支援); Five Different Positions の多軸的アセスメント" },
    },
    note = "窓口に来られない・孤立・FDPの低い軸。回数・日数は既定値",
    decide = function(case, ctx)
      if not is_open(case) or active(case, "outreach") then return nil end
      -- home visits in the last 30 days: the work is already done at the person's home
      local visits = (case.contacts_30d.home_visit or 0) + (case.contacts_30d.outreach_attempt or 0)
      if visits > 0 and not ctx.at_least("failed_contacts", case.failed_contacts, "outreach_failed_contacts") then
        return nil
      end
      local why_ja, why_en
      local low, axis = lowest_axis(case, ctx.param("outreach_fdp_axes"))
      local failed = ctx.at_least("failed_contacts", case.failed_contacts, "outreach_failed_contacts")
      -- Silent: no successful contact, no review and no attendance for a while (a person who
      -- comes to reviews or to a workplace is reachable, whatever the contact log says).
      local silent = case.days_since_contact ~= nil
        and ctx.at_least("days_since_contact", case.days_since_contact, "outreach_no_contact_days")
        and (case.days_since_review == nil or ctx.at_least("days_since_review", case.days_since_review, "outreach_no_contact_days"))
        and case.attendance_30d == nil
      local withdrawn = false
      for _, c in ipairs(ctx.param("outreach_concerns")) do
        if listed(case.concerns, c) then withdrawn = true end
      end
      -- met at the office or accompanied, or at a workplace, in the last 30 days: reachable
      local comes = (case.contacts_30d.interview or 0) + (case.contacts_30d.accompany or 0) > 0
        or case.attendance_30d ~= nil
      if low ~= nil and not comes and ctx.at_most("fdp_" .. axis, low, "outreach_fdp_level") then
        why_ja = string.format("FDPの%sがレベル%d：窓口で待たずに訪問で関係をつくる", axis_ja[axis], low)
        why_en = string.format("FDP %s at level %d: build the relationship through home visits, not at the window", axis, low)
      elseif failed then
        why_ja = string.format("連絡が%d回続けてとれない：訪問支援に切り替える", case.failed_contacts)
        why_en = string.format("%d contact attempts in a row failed: switch to home visits", case.failed_contacts)
      elseif silent then
        why_ja = string.format("%d日間、連絡・振り返り・出勤のいずれもない：訪問支援に切り替える", case.days_since_contact)
        why_en = string.format("no contact, review or attendance for %d days: switch to home visits", case.days_since_contact)
      elseif withdrawn and case.intake_source ~= "self" and not case.consent then
        why_ja = "ひきこもりの相談が本人以外から届き、本人の同意がまだない：訪問で本人に会う"
        why_en = "a withdrawal concern raised by someone else, and no consent from the person yet: visit to meet the person"
      else
        return nil
      end
      return propose(case, ctx, "outreach", {
        urgency = "soon",
        reason = { ja = why_ja, en = why_en },
        plain = {
          ja = "こちらから あいに いきます。むりに でかけなくて だいじょうぶです。",
          en = "We will come to see you. You do not have to go out.",
        },
      })
    end,
  },
  {
    id = "SG-04",
    title = {
      ja = "子ども・若者総合相談センター／ひきこもり地域支援センターへのつなぎ",
      en = "Referral to the youth consultation centre or the hikikomori support centre",
    },
    references = {
      { id = "diversity_bukai", section = "第1回部会 谷口委員: 重層的な支援ネットワーク" },
      { id = "kodomo_wakamono_ho", section = "子ども・若者総合相談センター（おおむね39歳まで）" },
      { id = "saposute_summary", section = "サポステの年齢" },
    },
    note = "佐賀ではスチューデント・サポート・フェイスがサポステ、子ども・若者総合相談センター、ひきこもり地域支援センターを運営",
    decide = function(case, ctx)
      if not is_open(case) or not case.consent or case.age == nil then return nil end -- a hand-over shares data
      if not listed(case.concerns, "hikikomori_futoko") then return nil end
      local target
      if ctx.at_most("age", case.age, "youth_centre_age_max") then
        -- young people at the サポステ stages are routed there (RF-SAPO); before, the youth centre
        if listed(ctx.param("sapo_stages"), case.stage) or referred(case, "saposute") then return nil end
        target = "saga_youth_centre"
      elseif ctx.above("age", case.age, "sapo_max_age") then
        target = "saga_hikikomori_centre"
      else
        return nil -- 40 up to the サポステ limit: RF-SAPO
      end
      local youth = target == "saga_youth_centre"
      return propose(case, ctx, target, {
        reason = {
          ja = youth and string.format("%d歳・ひきこもりの相談：子ども・若者総合相談センターと同行でつなぎ、協働で支える", case.age)
                     or string.format("%d歳・ひきこもりの相談（サポステの年齢を超える）：ひきこもり地域支援センターと同行でつなぎ、協働で支える", case.age),
          en = youth and string.format("aged %d with a withdrawal concern: accompany the person to the children and youth consultation centre and work together", case.age)
                     or string.format("aged %d with a withdrawal concern, beyond the Youth Support Station ages: accompany the person to the hikikomori support centre and work together", case.age),
        },
        plain = {
          ja = "あなたを ささえる なかまを ふやします。さいしょは いっしょに いきます。",
          en = "We will add more people to support you. We will go with you the first time.",
        },
      })
    end,
  },
  {
    id = "SG-05",
    title = { ja = "職親（受け入れ事業所）へのつなぎ", en = "Referral to host employers (職親)" },
    references = {
      { id = "diversity_bukai", section = "第1回部会 谷口委員: 190を超える多職種の事業所（職親）を組織; Level 1〜2 は長期化" },
      { id = "uwn_chiba_report", section = "個別支援計画の目標による評価" },
    },
    note = "段階（positions）は既定値（shokuoya_positions）",
    decide = function(case, ctx)
      if case.status ~= "in_support" or not case.consent then return nil end
      if not listed(ctx.param("shokuoya_positions"), case.stage) then return nil end
      if case.placement ~= nil or not long_term(case, ctx) then return nil end
      local fresh = ctx.at_most("days_since_review", case.days_since_review, "review_fresh_days")
      local met = ctx.at_least("goal_attainment", case.goal_attainment, "goal_attainment_min")
      if not (fresh and met) then return nil end
      return propose(case, ctx, "shokuoya", {
        reason = {
          ja = "長期化リスクがあり、短期目標を達成したが職場体験の場がまだない：職親（受け入れ事業所）の中から本人に合う場を探す",
          en = "at long-term risk, short-term goals met and no workplace yet: find a suitable host among the 職親 employers",
        },
        plain = {
          ja = "はたらく たいけんが できる ばしょを さがします。",
          en = "We will look for a place where you can try working.",
        },
      })
    end,
  },
}
