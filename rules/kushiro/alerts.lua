-- Kushiro alerts (釧路社会的企業創造協議会「自己紹介します」, みんなで守るルール 平成26年7月14日版): an absence
-- without a call breaks house rule 5, "お休みする時は、必ず連絡する" — the worker gets in touch
-- (rule 2: 悩みや考えごとを一人で抱え込まない). National SU-01 (monthly review) and JS-06 apply.
-- The programme network (釧路市の事業連携体制): a case from one of the seven towns around the city
-- is held with the prefecture's regional office, which runs the system for the towns (KN-01).
local contains = require("lists").contains
local network = require("network")

return {
  {
    id = "KN-01",
    title = { ja = "管内町村のケース：釧路総合振興局と共同で", en = "A case from the towns around Kushiro: held with the prefecture's regional office" },
    references = {
      { id = "kushiro_kyogikai", section = "2013年困窮者自立支援モデル事業（釧路市・北海道釧路総合振興局１市7町村）; 事業連携体制: 管内町村・管内関係機関" },
      { id = "jiritsu_ho", section = "第4条（都道府県は福祉事務所のない町村の区域で事業を行う）" },
    },
    note = "管内7町村のコード（kushiro_towns）は釧路総合振興局の管内",
    decide = function(case, ctx)
      if case.status == "closed" or case.status == "suspended" or #case.agencies == 0 then return nil end
      local town = case.household.municipality
      if town == nil or not contains(ctx.param("kushiro_towns"), town) then return nil end
      if network.held_by_role(case, "municipality") then return nil end
      local lead = case.agencies[1]
      return {
        code = "town_office_joint",
        due = lead.joined_on,
        severity = "info",
        reason = {
          ja = string.format("世帯は管内町村（%s）に住む：町村部の実施主体である北海道（釧路総合振興局）と共同で持ち、町村の担当と情報を共有する", town),
          en = string.format("the household lives in one of the towns around Kushiro (%s): hold the case with Hokkaido's Kushiro regional office, which runs the system for the towns, and share with the town's staff", town),
        },
        plain = { ja = "すんでいる まちの たんとうの ひとにも そうだんします。", en = "We will also work with the staff of the town where you live." },
      }
    end,
  },
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
