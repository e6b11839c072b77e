-- Chiba eligibility (003_dc0ba222058be22b.txt): universal work, for everyone who wants to work but
-- finds it hard, with the reason group (UW-02; domain UW-01 target, UW-02 reasons). The national
-- rules for the statutory programmes (就労準備支援 and the others) apply unchanged.

local groups = {
  health_disability = { ja = "精神的・身体的な理由", en = "mental or physical reasons" },
  hikikomori_futoko = { ja = "社会的な理由（ニート・ひきこもり）", en = "social reasons (NEET, withdrawal)" },
  childcare = { ja = "社会的な理由（子育て中）", en = "social reasons (raising children)" },
  care = { ja = "社会的な理由（介護中）", en = "social reasons (caring for someone)" },
  dv_abuse = { ja = "社会的な理由（DV被害）", en = "social reasons (domestic violence)" },
  income = { ja = "社会的な理由（生活に困窮している）", en = "social reasons (living in need)" },
  debt = { ja = "社会的な理由（生活に困窮している）", en = "social reasons (living in need)" },
}

return {
  {
    id = "UW-02",
    title = { ja = "ユニバーサル就労の対象と理由", en = "Who universal work is for, and why" },
    source = "003_dc0ba222058be22b.txt (ユニバーサル就労の定義: はたらきたいのにはたらきにくいすべての人（触法状態の人を除く）, 過去に触法歴のある人も対象, 障害者手帳の有無に関わらず; 社会的な理由・身体的知的な理由・精神的な理由の例)",
    decide = function(case, ctx)
      if case.status == "closed" or case.stage == "general" then return nil end
      local why = nil
      for _, c in ipairs(case.concerns) do
        if groups[c] then why = groups[c]; break end
      end
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
