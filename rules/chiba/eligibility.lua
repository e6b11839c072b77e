-- Chiba eligibility (UWNちば「本人の状態像に応じた支援のあり方」): universal work, for everyone who wants to work but
-- finds it hard, with the reason group (UW-02; domain UW-01 target, UW-02 reasons). The national
-- rules for the statutory programmes (就労準備支援 and the others) apply unchanged.

local contains = require("lists").contains

local groups = {
  health_disability = { ja = "精神的・身体的な理由", en = "mental or physical reasons" },
  hikikomori_futoko = { ja = "社会的な理由（ニート・ひきこもり）", en = "social reasons (NEET, withdrawal)" },
  childcare = { ja = "社会的な理由（子育て中）", en = "social reasons (raising children)" },
  care = { ja = "社会的な理由（介護中）", en = "social reasons (caring for someone)" },
  dv_abuse = { ja = "社会的な理由（DV被害）", en = "social reasons (domestic violence)" },
  income = { ja = "社会的な理由（生活に困窮している）", en = "social reasons (living in need)" },
  debt = { ja = "社会的な理由（生活に困窮している）", en = "social reasons (living in need)" },
  criminal_record = { ja = "社会的な理由（刑余者・保護観察中）", en = "social reasons (a past offence, probation)" },
}
-- The same social reason, when it is known from the legal status rather than the concerns.
local past_offence = groups.criminal_record

return {
  {
    id = "UW-02",
    title = { ja = "ユニバーサル就労の対象と理由", en = "Who universal work is for, and why" },
    references = {
      { id = "uwn_chiba_report", section = "ユニバーサル就労の定義: はたらきたいのにはたらきにくいすべての人（触法状態の人を除く）, 過去に触法歴のある人も対象, 障害者手帳の有無に関わらず; 社会的な理由・身体的知的な理由・精神的な理由の例" },
    },
    decide = function(case, ctx)
      if case.status == "closed" or case.stage == "general" then return nil end
      local legal = case.legal
      if legal ~= nil and contains(ctx.param("uw_excluded_legal_statuses"), legal.status) then
        return {
          program = "universal_work",
          eligible = false,
          reason = {
            ja = string.format("触法状態（%s）の人は対象外：刑を終えた後や保護観察中なら対象になる", legal.status),
            en = string.format("not while in conflict with the law (%s): eligible once the sentence is served or on probation", legal.status),
          },
          plain = {
            ja = "いまは ユニバーサルしゅうろうを つかえません。ほかの しえんを いっしょに かんがえます。",
            en = "You cannot use universal work right now. We will look for other support with you.",
          },
        }
      end
      local why = nil
      for _, c in ipairs(case.concerns) do
        if groups[c] then why = groups[c]; break end
      end
      if why == nil and legal ~= nil and legal.status ~= "none" then why = past_offence end
      why = why or { ja = "はたらきづらさがある", en = "finding it hard to work" }
      return {
        program = "universal_work",
        eligible = true,
        route = "uw_all",
        reason = {
          ja = string.format("はたらきたいのにはたらきにくい人（%s）：障害者手帳の有無を問わず対象（触法状態の人は除く）", why.ja),
          en = string.format("wants to work but finds it hard (%s): eligible with or without a disability certificate (not while in conflict with the law)", why.en),
        },
        plain = {
          ja = "ユニバーサルしゅうろうを つかえます。じぶんに あった はたらきかたを いっしょに さがします。",
          en = "You can use universal work. We will find a way of working that fits you.",
        },
      }
    end,
  },
}
