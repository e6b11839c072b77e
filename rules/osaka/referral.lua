-- Osaka referrals: the specialist organisation of the person's main category (態様別支援団体との
-- ケース支援の協働: OS-11), Nakapotsu for borderline cases too (RF-NAKA, overriding the national
-- certificate-only rule), readiness support of the prefecture's wide-area scheme (広域事業: OS-12),
-- and the cooperating-company network that offers visits, practicums, training and employment
-- with training under the amended Heartful Ordinance (JK-04, overriding the national あっせん to a
-- certified provider only).

local contains = require("lists").contains
local open = require("case_facts").is_open
local in_category = require("categories").in_category

local facts = require("case_facts")
local active, position_of = facts.in_program, facts.position_of
local by_size = require("household").by_size

-- A referral not rejected counts; a rejected one may be proposed again.
local function referred_to(case, target)
  return facts.referred(case, target, true)
end

-- The national proposer (no repeat referrals, warm hand-offs at long-term risk, only 支援会議
-- members without consent), except that a rejected referral may be proposed again.
local propose = require("referrals").proposer({ again_after_rejection = true })
local long_term = require("fdp").long_term
local network = require("network")

-- "Needs stepped work" (pack.lua): long-term risk, a certificate (held or applied for), or a
-- category with a specialist partner or the disability category. Returns a short reason or nil.
local function needs_stepped_work(case, ctx)
  if long_term(case, ctx) then
    return { ja = string.format("FDPの最低軸レベル%d", case.min_fdp_axis), en = string.format("lowest FDP axis at level %d", case.min_fdp_axis) }
  end
  if case.person.disability_cert ~= nil and case.person.disability_cert ~= "none" then
    return { ja = "障害者手帳（申請中を含む）", en = "a disability certificate (held or applied for)" }
  end
  for _, cat in ipairs(ctx.param("diversity_categories")) do
    if (cat.partner ~= nil or cat.code == "disability") and in_category(case, ctx, cat) then
      return { ja = "態様：" .. cat.ja, en = "category: " .. cat.en }
    end
  end
  return nil
end

return {
  {
    id = "OS-11",
    title = {
      ja = "主たる態様の専門団体へのつなぎ（ケース支援の協働）",
      en = "Warm hand-over to the main category's specialist organisation (joint case support)",
    },
    references = {
      { id = "osaka_ladder_2", section = "態様別就労支援の連携; ケース支援の協働の可能性; 障害者就労支援事業所がボーダーラインケースに関する支援を経験する; 注1 就業・生活支援センターが困窮支援と連携" },
    },
    note = "category order and partners [default value, not from a source]",
    decide = function(case, ctx)
      if not open(case) or not case.consent then return nil end -- JS-02: a hand-over shares data
      for _, cat in ipairs(ctx.param("diversity_categories")) do
        if cat.partner ~= nil and in_category(case, ctx, cat) then
          if referred_to(case, cat.partner) then return nil end -- the lead partner is already involved
          return {
            target = cat.partner,
            urgency = "routine",
            warm_handoff = true,
            reason = {
              ja = string.format("主たる態様は「%s」：その分野の専門団体へ同行でつなぎ、自立相談と協働で支援する（丸投げにしない）", cat.ja),
              en = string.format("main category '%s': hand over in person to that field's specialist organisation and support the person jointly (no hand-off and forget)", cat.en),
            },
            plain = {
              ja = "あなたの ことに くわしい ところと いっしょに ささえます。さいしょは いっしょに いきます。",
              en = "We will support you together with people who know your situation well. We will go with you the first time.",
            },
          }
        end
      end
      return nil
    end,
  },
  {
    id = "OS-12",
    title = {
      ja = "大阪府広域事業の就労準備支援へのつなぎ",
      en = "Referral to readiness support of Osaka Prefecture's wide-area scheme",
    },
    references = {
      { id = "osaka_ladder_2", section = "生活困窮者自立支援に取り組む大阪府や市町村（広域事業には府と11市9町村が参加）" },
      { id = "jiritsu_ho", section = "就労準備支援事業" },
      { id = "jiritsu_ho_kisoku", section = "第4条（就労準備支援の対象）" },
    },
    note = "広域事業の参加は既定値（kouiki_member）",
    decide = function(case, ctx)
      if not (case.status == "assessment" or case.status == "planning" or case.status == "in_support") then return nil end
      if not case.consent then return nil end
      if not ctx.equals("kouiki_member", ctx.param("kouiki_member"), true) then return nil end
      local positions = ctx.param("readiness_positions")
      if not (contains(positions, case.stage) or contains(positions, position_of(case))) then return nil end
      if case.placement ~= nil and case.placement.contract == "employment" then return nil end
      for _, p in ipairs(ctx.param("readiness_programs")) do
        if case.programs[p] ~= nil then return nil end -- in it, or used it already
      end
      if referred_to(case, "osaka_kouiki_jyunbi") then return nil end
      -- at 就労自立 only when more than a job search is needed
      if case.stage == "employment" and needs_stepped_work(case, ctx) == nil then return nil end
      -- within the readiness lines (JR-01, or JR-02's margin) on the household's finances
      local h = case.household
      if h.income_yen == nil then return nil end
      local base, cap = by_size(ctx, "kijungaku_by_size", h.size), by_size(ctx, "jutaku_fujo_by_size", h.size)
      if base == nil or cap == nil then return nil end  -- no line for this size in the region's table
      local margin = 1 + ctx.param("jyunbi_risk_margin")
      local income_line = (base + cap) * margin
      local asset_line = base * ctx.param("jyunbi_asset_multiple") * margin
      if not (ctx.at_most("household_income_yen", h.income_yen, income_line)
              and ctx.at_most("household_assets_yen", h.financial_assets_yen, asset_line)) then
        return nil
      end
      return {
        target = "osaka_kouiki_jyunbi",
        urgency = "routine",
        warm_handoff = true,
        reason = {
          ja = "生活・社会・就労自立の段階：府と市町村の広域事業で実施する就労準備支援を使う",
          en = "at the life, social or employment stage: use the readiness support run jointly by the prefecture and its municipalities",
        },
        plain = {
          ja = "はたらく じゅんびの プログラムを しょうかいします。",
          en = "We will introduce a program to get ready for work.",
        },
      }
    end,
  },
  {
    id = "JK-04",
    title = {
      ja = "協力企業ネットワークへのあっせん（ハートフル条例：見学・体験実習・就労訓練・訓練付き雇用）",
      en = "Placement through the cooperating-company network (Heartful Ordinance: visits, practicums, training, employment with training)",
    },
    references = {
      { id = "diversity_bukai", section = "第3回部会 西岡部会長: 協力企業ネットワークによる、多様な教育訓練の開発、体験・訓練付き雇用等を大阪府改正ハートフル条例の中で推進" },
      { id = "osaka_ladder_2", section = "協力企業等の開拓; 中間的就労の定義・言語化（シート）" },
      { id = "shien_center_symposium", section = "しごと情報を活用したマッチング" },
      { id = "jiritsu_ho_kisoku", section = "第21条（認定就労訓練事業所は自立相談のあっせんを受けた者を受け入れる）" },
    },
    -- Any stage kigyo_positions names, not only the national rule's employment stage.
    applies_to = { statuses = { "in_support" } },
    decide = function(case, ctx)
      if case.status ~= "in_support" then return nil end
      local positions = ctx.param("kigyo_positions")
      if not (contains(positions, case.stage) or contains(positions, position_of(case))) then return nil end
      if case.placement ~= nil then return nil end -- already at a workplace
      for _, p in ipairs({ "jyunbi", "kunren" }) do
        if active(case, p) then return nil end -- the programme arranges its own places
      end
      local need = needs_stepped_work(case, ctx)
      if need == nil then return nil end
      return propose(case, ctx, "osaka_kyoryoku_kigyo", {
        warm_handoff = true,
        reason = {
          ja = string.format("直ちに一般就労は難しい（%s）：協力企業（認定就労訓練事業所を含む）のしごと情報シートから、見学・体験実習・就労訓練・訓練付き雇用の場を本人と選ぶ", need.ja),
          en = string.format("general employment is not yet within reach (%s): choose a visit, practicum, training or employment with training with the person, from the job information sheets of the cooperating companies (certified providers included)", need.en),
        },
        plain = {
          ja = "はたらく ばしょを みに いきましょう。いっしょに えらびます。",
          en = "Let's go and see some workplaces. We will choose together.",
        },
      })
    end,
  },
  {
    id = "RF-NAKA",
    title = {
      ja = "障害者就業・生活支援センター（なかぽつ）との協働（ボーダーラインケースを含む）",
      en = "Joint support with a Nakapotsu centre (borderline cases included)",
    },
    references = {
      { id = "osaka_ladder_2", section = "障害者就労支援事業所がボーダーラインケースに関する支援を経験する; 注1 就業・生活支援センターが自治体の生活困窮者自立支援と連携した支援を進めるための人材配置" },
      { id = "nakapotsu_summary" },
    },
    decide = function(case, ctx)
      if not open(case) then return nil end
      local cert = case.person.disability_cert
      local certified = contains(ctx.param("nakapotsu_certs"), cert)
      local borderline = not certified and (cert == "applying" or contains(case.concerns, "health_disability"))
      if not (certified or borderline) then return nil end
      local wants_work = case.stage == "employment" or case.stage == "intermediate" or case.stage == "general"
        or contains(case.concerns, "job_search")
      if not wants_work then return nil end
      if network.held_by_role(case, "nakapotsu") then return nil end  -- a centre already holds it with us
      return propose(case, ctx, "nakapotsu", {
        urgency = "soon",
        reason = {
          ja = certified and string.format("障害者手帳（%s）があり働くことを希望：なかぽつと就業・生活の一体的な支援を協働で", cert)
                          or "障害が疑われるが手帳はない（ボーダーライン）：態様横断の協働として、なかぽつ（困窮支援との連携担当）と見立てと支援を共有する",
          en = certified and string.format("holds a disability certificate (%s) and wants to work: joint support for work and daily life with Nakapotsu", cert)
                          or "a disability is suspected but no certificate is held (a borderline case): as cross-category work, share the assessment and the support with Nakapotsu (its staff for needy-person support)",
        },
        plain = {
          ja = "しごとと くらしを いっしょに ささえる センター（なかぽつ）とも いっしょに すすめます。",
          en = "A centre that supports both your work and daily life will work with us too.",
        },
      })
    end,
  },
}
