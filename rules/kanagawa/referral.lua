-- Kanagawa referrals: where readiness support is routed in a city without the statutory
-- programme (JR-09) and the byturn hand-overs after graduation (003: バイターン開始後の流れ②).
--
-- RF-SAPO and RF-SANKA replace national's rules of the same id with one Kanagawa condition each
-- (copied from rules/national/referral.lua, national 0.2.0 — keep them in step):
--   RF-SAPO  stands aside for a byturn student, who is at school (サポステ serves young people
--            neither working nor at school); the case view has no school-enrolment fact.
--   RF-SANKA counts the NPO's self-funded readiness programme (jyunbi_jishu) as readiness support,
--            and byturn as a student's own way into taking part.
-- A referral cannot be withdrawn by another rule, hence the copies; see README.

-- ── copied from national ──────────────────────────────────────────────────────────────────
local function is_open(case)
  return case.status ~= "closed" and case.status ~= "suspended"
end

local function listed(list, value)
  for _, v in ipairs(list) do
    if v == value then return true end
  end
  return false
end

local function referred(case, target)
  for _, r in ipairs(case.referrals) do
    if r.target == target then return true end
  end
  return false
end

-- Working in an employment relationship now (the active placement is on an employment contract).
local function employed(case)
  return case.placement ~= nil and case.placement.contract == "employment"
end

local function propose(case, ctx, target, p)
  if referred(case, target) then return nil end
  local ja, en = { p.reason.ja }, { p.reason.en }
  local warm = p.warm_handoff or false
  local urgency = p.urgency or "routine"
  -- compared first without recording, so a case without long-term risk shows no failed check
  if case.min_fdp_axis ~= nil and case.min_fdp_axis <= ctx.param("long_term_fdp_level")
      and ctx.at_most("min_fdp_axis", case.min_fdp_axis, "long_term_fdp_level") then
    if not warm then
      ja[#ja + 1] = "長期支援のリスク（FDPレベル2以下）：丸投げせず同行・合同面談でつなぐ"
      en[#en + 1] = "long-term risk (an FDP axis at level 2 or below): hand over in person (accompany, joint meeting), not on paper"
    end
    warm = true
  end
  if not ctx.equals("consent", case.consent, true) then
    if not listed(ctx.param("shien_kaigi_members"), target) then return nil end
    warm = false
    if urgency == "routine" then urgency = "soon" end
    ja[#ja + 1] = "本人の同意がないため、支援会議（法9条）での情報共有に限る。正式なつなぎは同意を得てから"
    en[#en + 1] = "no consent yet: share information only in the support meeting (Act art. 9); refer formally once the person consents"
  end
  return {
    target = target,
    urgency = urgency,
    warm_handoff = warm,
    reason = { ja = table.concat(ja, "。"), en = table.concat(en, "; ") },
    plain = p.plain,
  }
end

-- ── Kanagawa ──────────────────────────────────────────────────────────────────────────────

-- The municipality a case belongs to: the household's (case.household.municipality, its
-- 全国地方公共団体コード) when this pack serves it; else default_municipality.
local function municipality_of(case, ctx)
  local cities = ctx.param("municipalities")
  for name, city in pairs(cities) do
    if city.code == case.household.municipality then return name, city end
  end
  local m = ctx.param("default_municipality")
  return m, cities[m]
end

local function contains(list, x)
  for _, v in ipairs(list) do
    if v == x then return true end
  end
  return false
end

local function position_of(case)
  return case.rung and (case.stage .. "/" .. case.rung) or case.stage
end

-- True when a referral to `target` is open or done (not rejected).
local function referred_to(case, target)
  for _, r in ipairs(case.referrals) do
    if r.target == target and r.status ~= "rejected" then return true end
  end
  return false
end

local function active(case, program)
  local p = case.programs[program]
  return p ~= nil and p.active
end

return {
  {
    id = "RF-SAPO",
    title = { ja = "地域若者サポートステーションへのつなぎ", en = "Refer to a Youth Support Station" },
    source = "003_dc0ba222058be22b.txt (バイターン: 在学中の高校生); W-sapo (地域若者サポートステーション: 15〜39歳、2020年度から15〜49歳); 就労・就学していない若者",
    decide = function(case, ctx)
      -- Kanagawa: a byturn student is at school (就学中), which サポステ is not for
      local byturn = case.programs.byturn
      if byturn ~= nil and byturn.active then return nil end
      if not is_open(case) or case.age == nil or employed(case) then return nil end
      if not listed(ctx.param("sapo_stages"), case.stage) then return nil end
      local old_enough = ctx.at_least("age", case.age, "sapo_min_age")
      local young_enough = ctx.at_most("age", case.age, "sapo_max_age")
      if not (old_enough and young_enough) then return nil end
      return propose(case, ctx, "saposute", {
        reason = {
          ja = string.format("%d歳で働いていない（サポステの対象は%d〜%d歳）：個別相談・職場体験・面接練習の並行利用", case.age,
            ctx.param("sapo_min_age"), ctx.param("sapo_max_age")),
          en = string.format("%d and not working (Youth Support Stations serve ages %d–%d): counselling, work experience and interview practice alongside", case.age,
            ctx.param("sapo_min_age"), ctx.param("sapo_max_age")),
        },
        plain = { ja = "わかい ひとの しごとの そうだん ばしょ（サポステ）も つかえます。", en = "You can also use the Youth Support Station for help with work." },
      })
    end,
  },
  {
    id = "RF-SANKA",
    title = { ja = "参加支援・居場所へのつなぎ", en = "Participation support or a community place" },
    source = "003_dc0ba222058be22b.txt (鎌倉市: 就労準備支援はインクルージョンネットかながわ自主事業; バイターン); W-jusou (重層的支援体制整備事業 参加支援: 既存の制度で対応できない狭間のニーズ); 002_df3f346bc5c9f7ea.txt (地域の居場所→見学); 重層なしの地域は社協のサロン [default]",
    decide = function(case, ctx)
      if not is_open(case) or case.status ~= "in_support" then return nil end
      if case.stage ~= "life" and case.stage ~= "social" then return nil end
      local isolated = (case.min_fdp_axis ~= nil and case.min_fdp_axis <= ctx.param("long_term_fdp_level"))
        or listed(case.concerns, "hikikomori_futoko")
      if not isolated or case.placement ~= nil then return nil end
      -- Kanagawa: every readiness programme counts (jyunbi, jyunbi_jishu), and byturn, which is
      -- a student's own way into taking part
      local programs = { "kunren", "byturn" }
      for _, name in ipairs(ctx.param("readiness_programs")) do programs[#programs + 1] = name end
      for _, name in ipairs(programs) do
        local p = case.programs[name]
        if p ~= nil and p.active then return nil end
      end
      local jusou = ctx.param("jusou")
      return propose(case, ctx, jusou and "sanka_shien" or "shakyo", {
        reason = {
          ja = jusou and "就労準備・就労訓練にまだ乗らない参加のニーズ：参加支援で社会資源とつなぎ、受け入れ先も支える"
            or "就労準備・就労訓練にまだ乗らない参加のニーズ：重層的支援体制がないため社協の居場所・サロンへ",
          en = jusou and "a need to take part that readiness support and work training do not yet meet: participation support matches places and supports hosts"
            or "a need to take part that readiness support and work training do not yet meet: no multi-layered system here, so the council of social welfare's community places",
        },
        plain = { ja = "あんしんして すごせる いばしょに いってみませんか。", en = "Would you like to try a friendly place where you can spend time?" },
      })
    end,
  },
  {
    id = "JR-09",
    title = { ja = "就労準備支援事業のない市：代わりのつなぎ先へ", en = "A city without the readiness programme: route to the alternative provider" },
    source = "003_dc0ba222058be22b.txt (鎌倉市: 任意事業なし、就労準備支援はインクルージョンネットかながわ自主事業（民間助成）でカバー; 藤沢市: 就労準備支援を共同事業体で受託、自立相談支援事業から依頼のあった利用者と面談); domain.md JR-09",
    decide = function(case, ctx)
      if case.status ~= "planning" and case.status ~= "in_support" then return nil end
      if not case.consent then return nil end -- JS-02: no referral shares data without consent
      local positions = ctx.param("readiness_positions")
      if not (contains(positions, position_of(case)) or contains(positions, case.stage)) then return nil end
      if active(case, "byturn") or active(case, "skillup") then return nil end -- byturn has its own track
      if case.placement ~= nil and case.placement.contract == "employment" then return nil end -- already working
      for _, program in ipairs(ctx.param("readiness_programs")) do
        if active(case, program) then return nil end
      end
      local _, city = municipality_of(case, ctx)
      -- a city that runs the statutory programme decides its use itself (JR-01, JS-05)
      if contains(city.programs, "jyunbi") then return nil end
      local target = city.readiness_provider
      if referred_to(case, target) then return nil end
      return {
        target = target,
        urgency = "routine",
        warm_handoff = true,
        reason = {
          ja = string.format("%sは就労準備支援事業（任意事業）を実施していない：インクルージョンネットかながわの自主事業（民間助成）へつなぐ", city.ja),
          en = string.format("%s runs no statutory readiness programme: route to Inclusion Net Kanagawa's self-funded programme (private grants)", city.en),
        },
        plain = {
          ja = "まちの じぎょうは ありませんが、NPOの はたらく じゅんびの サポートが つかえます。",
          en = "The city has no program for this, but the NPO's work-readiness support is open to you.",
        },
      }
    end,
  },
  {
    id = "BT-04",
    title = { ja = "バイターン：卒業後のフォロー・スキルアップ研修へ", en = "Byturn: follow-up and skill-up training after graduation" },
    source = "003_dc0ba222058be22b.txt (卒業時点での生徒の成長が正規雇用に満たない場合は、非正規雇用を継続し、NPO法人のサービスを利用しスキルアップ)",
    decide = function(case, ctx)
      local byturn = case.programs.byturn
      if byturn == nil or byturn.active or case.status == "closed" then return nil end
      local p = case.placement
      if p == nil or p.kind ~= "part_time" or p.contract ~= "employment" then return nil end
      if active(case, "skillup") or referred_to(case, "npo_skillup") then return nil end
      return {
        target = "npo_skillup",
        urgency = "soon",
        warm_handoff = true,
        reason = {
          ja = "バイターンを終えて卒業、非正規雇用を継続中：NPOのフォロー／スキルアップ研修で正規雇用をめざす",
          en = "byturn ended at graduation and the part-time job continues: the NPO's follow-up and skill-up training aims at a regular job",
        },
        plain = {
          ja = "そつぎょう おめでとう。アルバイトを つづけながら、NPOで スキルアップして せいしゃいんを めざしましょう。",
          en = "Congratulations on graduating. Keep your part-time job and build your skills with the NPO toward a regular job.",
        },
      }
    end,
  },
  {
    id = "BT-05",
    title = { ja = "バイターン：他社での正規雇用もさがす", en = "Byturn: look for a regular job with other employers too" },
    source = "003_dc0ba222058be22b.txt (雇用受け皿のない企業では、他社への就職を積極的に応援; バイターン先または他社への正規雇用); 6 months [default]",
    decide = function(case, ctx)
      local skillup = case.programs.skillup
      if skillup == nil or not skillup.active then return nil end
      local p = case.placement
      if p == nil or p.kind ~= "part_time" then return nil end
      if referred_to(case, "hellowork") then return nil end
      if not ctx.at_least("months_in_skillup", skillup.months, "byturn_skillup_review_months") then return nil end
      return {
        target = "hellowork",
        urgency = "routine",
        warm_handoff = true,
        reason = {
          ja = string.format("スキルアップ研修%dか月（基準%dか月）でまだ非正規雇用：バイターン先以外の正規雇用もハローワークで応援",
            skillup.months, ctx.param("byturn_skillup_review_months")),
          en = string.format("%d months of skill-up training (review at %d) and still part-time: Hello Work helps look for regular jobs elsewhere too",
            skillup.months, ctx.param("byturn_skillup_review_months")),
        },
        plain = {
          ja = "ほかの かいしゃの せいしゃいんの しごとも いっしょに さがしましょう。",
          en = "Let's also look for regular jobs at other companies.",
        },
      }
    end,
  },
}
