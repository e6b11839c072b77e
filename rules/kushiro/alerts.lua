-- Kushiro alerts (釧路社会的企業創造協議会「自己紹介します」, みんなで守るルール 平成26年7月14日版): an absence
-- without a call breaks house rule 5, "お休みする時は、必ず連絡する" — the worker gets in touch
-- (rule 2: 悩みや考えごとを一人で抱え込まない). National SU-01 (monthly review) and JS-06 apply.
return {
  {
    id = "HR-01",
    title = { ja = "みんなで守るルール：連絡のない欠席", en = "House rules: an absence without a call" },
    references = {
      { id = "kushiro_kyogikai", section = "みんなで守るルール 5. お休みする時は、必ず連絡する; 2. 悩みや考えごとを一人で抱え込まない" },
    },
    note = "call within 3 days [default value, not from a source]",
    decide = function(case, ctx)
      if case.status == "closed" or case.placement == nil then return nil end
      if not ctx.at_least("unannounced_absences_30d", case.unannounced_absences_30d, 1) then return nil end
      return {
        code = "house_rule_absence",
        due = ctx.add_days(ctx.as_of, ctx.param("house_rule_call_days")),
        severity = "warning",
        reason = {
          ja = string.format("過去30日に連絡のない欠席が%d回：本人に連絡し、困りごとを聞き、「お休みする時は、必ず連絡する」を確かめる", case.unannounced_absences_30d),
          en = string.format("%d absences without a call in 30 days: call the person, ask what is wrong, and go over 'always call when you will be absent'", case.unannounced_absences_30d),
        },
        plain = {
          ja = "おやすみの ときは れんらくを ください。こまっている ことが あれば きかせてください。",
          en = "Please call us when you cannot come. Tell us if something is troubling you.",
        },
      }
    end,
  },
}
