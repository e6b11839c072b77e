-- Zama referrals: 断らない相談支援 (a refer_out screening is a warm hand-over, not a closure: ZM-01),
-- households on public assistance supported jointly by the caseworker and the consultation (JS-09,
-- overriding the national "welfare office leads"), Zama's own places to belong (RF-SANKA,
-- overriding the national 社協/参加支援 target) and universal work after readiness support (ZM-07).

local facts = require("case_facts")
local is_open, referred, active = facts.is_open, facts.referred, facts.in_program
local listed = require("lists").contains

-- The national proposer: no repeat referrals, warm hand-offs for people at long-term risk, only
-- 支援会議 members without consent (JS-02).
local propose = require("referrals").proposer()

return {
  {
    id = "ZM-01",
    title = {
      ja = "断らない相談：他機関へのつなぎは同行で",
      en = "No one turned away: a referral out is a warm hand-over",
    },
    references = {
      { id = "diversity_bukai", section = "林委員: 「断らない相談支援」がつくる連携・協働; チーム座間" },
      { id = "jiritsu_soudan_shiyo", section = "つなぎ先の確認とフォロー" },
    },
    note = "つなぎ先の表は既定値（refer_out_targets）",
    decide = function(case, ctx)
      if case.screening ~= "refer_out" or #case.referrals > 0 then return nil end
      local since = ctx.days_between(case.opened_on, ctx.as_of)
      if not ctx.at_most("days_since_screening", since, "screening_followup_window_days") then return nil end
      local target = ctx.param("refer_out_default_target")
      for _, row in ipairs(ctx.param("refer_out_targets")) do
        if listed(case.concerns, row.concern) then
          target = row.target
          break
        end
      end
      return {
        target = target,
        urgency = "soon",
        warm_handoff = true,
        reason = {
          ja = "スクリーニングで他機関へのつなぎと判断：断らない相談として、つなぎ先へ同行し届いたことを確かめる",
          en = "screened as a referral out: hand the person over in person and confirm the hand-over reached (no one turned away)",
        },
        plain = {
          ja = "ほかの まどぐちに いっしょに いきます。そのあとも れんらくします。",
          en = "We will go with you to the other office, and we will keep in touch.",
        },
      }
    end,
  },
  {
    id = "JS-09",
    title = {
      ja = "生活保護世帯：ケースワーカーと自立相談の共同支援（チーム座間）",
      en = "Household on public assistance: joint support by caseworker and consultation (Team Zama)",
    },
    references = {
      { id = "diversity_bukai", section = "林委員: 生活困窮者自立支援制度と生活保護制度の連携 ―「断らない相談支援」がつくる連携・協働; 地域と庁内が連携した「チーム座間」" },
      { id = "jiritsu_ho_kaisei_2024", section = "特定被保護者（2025-04-01施行）" },
    },
    decide = function(case, ctx)
      if not is_open(case) or not case.household.on_public_assistance then return nil end
      local joint = ctx.param("hihogosha_joint_use")
      return propose(case, ctx, "fukushi_jimusho", {
        warm_handoff = true,
        reason = {
          ja = "生活保護世帯：生活援護課のケースワーカーと自立相談支援が一つのチームで支える（どちらかに任せきりにしない）"
            .. (joint and "。特定被保護者として就労準備支援・家計改善支援も併用できる" or "。就労準備は被保護者就労準備支援事業（はたらっく・ざま）で"),
          en = "household on public assistance: the welfare caseworker and the independence consultation support the person as one team (neither hands the case to the other)"
            .. (joint and "; readiness and budget support may be used jointly (特定被保護者)" or "; readiness support through the recipients' programme at Hatarakku Zama"),
        },
        plain = {
          ja = "せいかつほごの たんとうしゃと いっしょに ささえます。",
          en = "Your public-assistance caseworker and we will support you together.",
        },
      })
    end,
  },
  {
    id = "RF-SANKA",
    title = { ja = "居場所づくりへのつなぎ（チーム座間）", en = "Referral to a place to belong (Team Zama)" },
    references = {
      { id = "diversity_bukai", section = "チーム座間: 居場所づくりの各事業が連携" },
      { id = "mhlw_jusou", section = "参加支援" },
    },
    note = "concerns [default value, not from a source]",
    decide = function(case, ctx)
      if not is_open(case) or case.status ~= "in_support" then return nil end
      if case.stage ~= "life" and case.stage ~= "social" then return nil end
      local isolated = case.min_fdp_axis ~= nil and case.min_fdp_axis <= ctx.param("long_term_fdp_level")
      for _, c in ipairs(ctx.param("ibasho_concerns")) do
        if listed(case.concerns, c) then isolated = true end
      end
      if not isolated or case.placement ~= nil then return nil end
      for _, name in ipairs({ "jyunbi", "hogo_jyunbi", "kunren", "ibasho" }) do
        if active(case, name) then return nil end
      end
      for _, target in ipairs(ctx.param("ibasho_targets")) do
        if referred(case, target) then return nil end -- already connected to a place to belong
      end
      return propose(case, ctx, "zama_ibasho", {
        reason = {
          ja = "孤立・ひきこもり、就労準備にはまだ乗らない：座間市の居場所づくり事業を入口の一つとして案内する",
          en = "isolated or withdrawn, and not yet ready for readiness support: offer Zama's place-to-belong programme as one entrance",
        },
        plain = {
          ja = "あんしんして すごせる ばしょが あります。いっしょに いってみませんか。",
          en = "There is a safe place to spend time. Shall we go there together?",
        },
      })
    end,
  },
  {
    id = "ZM-07",
    title = { ja = "就労準備のあとはユニバーサル就労へ", en = "After readiness support: universal work" },
    references = {
      { id = "diversity_bukai", section = "チーム座間: 多様な就労支援の入口、段階的支援; はたらっく・ざま・ユニバーサル就労支援の連携" },
    },
    decide = function(case, ctx)
      if case.status ~= "in_support" then return nil end
      if not listed(ctx.param("universal_positions"), case.stage) then return nil end
      if case.placement ~= nil then return nil end -- already at a workplace
      for _, p in ipairs(ctx.param("carrying_programs")) do
        if active(case, p) then return nil end
      end
      local used = false
      for _, p in ipairs(ctx.param("readiness_programs")) do
        if case.programs[p] ~= nil then used = true end
      end
      if not used then return nil end -- readiness support first (はたらっく・ざま)
      return propose(case, ctx, "zama_universal", {
        warm_handoff = true,
        reason = {
          ja = "はたらっく・ざまでの就労準備を終え、職場がまだない：ユニバーサル就労の受け入れ先で段階的に働く",
          en = "readiness support at Hatarakku Zama is done and there is no workplace yet: work in steps at a universal-work host",
        },
        plain = {
          ja = "すこしずつ はたらける ばしょを しょうかいします。",
          en = "We will introduce a place where you can start working little by little.",
        },
      })
    end,
  },
}
