-- Osaka alerts: the cross-category case conference (態様横断のケース支援の協働), the review of a
-- practicum that runs long, and pay below the Osaka minimum wage on an employment contract (訓練付き
-- 就労 is employment: the minimum wage applies).

local contains = require("lists").contains
local open = require("case_facts").is_open
local in_category = require("categories").in_category
local minimum_wage = require("minimum_wage")
local employer = require("text").employer
local EMPLOYER = { ja = "雇用主", en = "the employer" }

return {
  {
    id = "OS-32",
    title = {
      ja = "態様横断のケース会議（複数の態様にまたがるケース）",
      en = "Cross-category case conference (a case spanning several categories)",
    },
    references = {
      { id = "osaka_ladder_2", section = "各団体の限界ケースについて協働で支援; 他の専門支援も含むより包括的支援; 態様横断的な支援の可能性の検証" },
      { id = "diversity_bukai", section = "第1回部会 谷口委員: 合同ケース会議" },
    },
    decide = function(case, ctx)
      if not (case.status == "assessment" or case.status == "planning" or case.status == "evaluation") then return nil end
      local ja, en, partners = {}, {}, {}
      for _, cat in ipairs(ctx.param("diversity_categories")) do
        if in_category(case, ctx, cat) then
          ja[#ja + 1] = cat.ja
          en[#en + 1] = cat.en
          if not contains(partners, cat.partner) then partners[#partners + 1] = cat.partner end
        end
      end
      if not ctx.at_least("partner_organisations", #partners, 2) then return nil end
      return {
        code = "cross_category_conference",
        due = case.plan ~= nil and case.plan.start_on or ctx.as_of,
        severity = "warning",
        reason = {
          ja = string.format("複数の態様（%s）にまたがる：%s の各団体とケース会議を開き、役割を分けて協働で支援する", table.concat(ja, "・"), table.concat(partners, "・")),
          en = string.format("the case spans several categories (%s): hold a case conference with %s and share out the roles", table.concat(en, ", "), table.concat(partners, ", ")),
        },
        plain = {
          ja = "あなたを ささえる いくつかの だんたいが あつまって そうだんします。",
          en = "Several organisations that support you will meet and talk together.",
        },
      }
    end,
  },
  {
    id = "OS-31",
    title = { ja = "体験実習の見直し", en = "Practicum review" },
    references = {
      { id = "osaka_ladder_2", section = "体験実習" },
      { id = "uwn_chiba_report", section = "就労体験は6ヶ月以内; 1か月ごとの振り返り" },
    },
    note = "60日は既定値",
    decide = function(case, ctx)
      if not open(case) or not (case.stage == "intermediate" and case.rung == "taiken") then return nil end
      for _, p in ipairs(case.placements) do
        if p.active and p.kind == "taiken" then
          local days = ctx.days_between(p.start_on, ctx.as_of)
          if ctx.at_least("practicum_days", days, "taiken_review_days") then
            return {
              code = "practicum_review",
              due = ctx.add_days(p.start_on, ctx.param("taiken_review_days")),
              severity = "warning",
              reason = {
                ja = string.format("体験実習が%d日続いている（%d日で見直し）：就労訓練・訓練付き雇用へ進むか、別の場を探すかを本人・企業と話し合う", days, ctx.param("taiken_review_days")),
                en = string.format("the practicum has run %d days (review at %d): decide with the person and the company whether to move on to training or employment with training, or find another place", days, ctx.param("taiken_review_days")),
              },
              plain = {
                ja = "たいけんの あとの ことを いっしょに かんがえましょう。",
                en = "Let's think together about what comes after the practicum.",
              },
            }
          end
        end
      end
      return nil
    end,
  },
  {
    id = "OS-33",
    title = {
      ja = "雇用契約の賃金が大阪府最低賃金未満（訓練付き就労を含む）",
      en = "Paid below the Osaka minimum wage on an employment contract (employment with training included)",
    },
    references = {
      { id = "saitei_chingin_ho", section = "第4条" },
      { id = "osaka_rodokyoku_minwage" },
      { id = "osaka_ladder_2", section = "訓練付き就労" },
    },
    decide = function(case, ctx)
      if not open(case) then return nil end
      local p, yen = minimum_wage.underpaid(case, ctx)
      if p == nil then return nil end
      return {
        code = "below_minimum_wage",
        due = ctx.as_of,
        severity = "urgent",
        reason = {
          ja = string.format("%sとの雇用契約の時給%.0f円が大阪府最低賃金%d円を下回る：雇用主と賃金を見直す", employer(p, "ja", EMPLOYER), p.wage_per_hour_yen, yen),
          en = string.format("the contract with %s pays %.0f yen an hour, below the Osaka minimum wage of %d: review the pay with the employer", employer(p, "en", EMPLOYER), p.wage_per_hour_yen, yen),
        },
        plain = {
          ja = "きゅうりょうが きまりより すくないです。かいしゃと はなしあいます。",
          en = "Your pay is less than the legal minimum. We will talk with the employer.",
        },
      }
    end,
  },
}
