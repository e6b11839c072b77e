-- Kanagawa eligibility: which optional programmes each city runs (Inclusion Net Kanagawa materials: 鎌倉市 任意事業なし;
-- 藤沢市 就労準備支援・家計相談支援・学習支援), learning support (GK-01) and byturn (BT-01).
--
-- JR-01, JR-02 and KK-05 narrow national's rules of the same id: in a city that does not run
-- the programme they say so (eligible = false, or nothing for JR-02); in a city that runs it they
-- call national's rule (`base`) unchanged.

local is_open = require("case_facts").is_open
local contains = require("lists").contains

local municipality_of = require("municipalities").of

-- True when the case's city runs `program` (an optional programme, 任意事業).
local function runs(case, ctx, program)
  local _, city = municipality_of(case, ctx)
  return contains(city.programs, program)
end

local JYUNBI_NOT_RUN = {
  ja = "%sは就労準備支援事業（任意事業）を実施していない：インクルージョンネットかながわの自主事業（民間助成）へ（JR-09）",
  en = "%s does not run the readiness programme (optional): Inclusion Net Kanagawa's self-funded programme instead (JR-09)",
}
local KAKEI_NOT_RUN = {
  ja = "%sは家計相談支援事業（任意事業）を実施していない：家計の相談は自立相談支援で受け、債務は法テラス・資金は社会福祉協議会へ",
  en = "%s does not run household-budget support (optional): the consultation service takes budget questions; debt to Houterasu, loans to the council of social welfare",
}

-- JR-01 speaks until the person is in general work.
local function before_general(case)
  return case.stage ~= "general"
end

-- KK-05's triggers, for the "not run here" answer: only a household with budget trouble is told.
local function kakei_trouble(case, ctx)
  local h = case.household
  if h.income_yen == nil then return false end
  return (h.arrears_months or 0) >= ctx.param("kakei_arrears_months_min")
    or (h.debt_total_yen or 0) >= ctx.param("kakei_debt_min_yen")
    or (h.expenses_yen ~= nil and h.income_yen - h.expenses_yen < ctx.param("kakei_surplus_min_yen"))
end

-- In a city that does not run `program`: an eligible = false answer (or nil when the case is
-- closed or `relevant` says the person has no need). In a city that runs it: false, and the
-- national rule decides.
local function not_run_here(case, ctx, program, text, relevant)
  local _, city = municipality_of(case, ctx)
  if contains(city.programs, program) then return false end
  if not is_open(case) then return nil end
  if relevant ~= nil and not relevant(case, ctx) then return nil end
  return {
    program = program,
    eligible = false,
    reason = { ja = string.format(text.ja, city.ja), en = string.format(text.en, city.en) },
    plain = {
      ja = "この まちには この じぎょうが ありません。かわりの しえんを いっしょに さがします。",
      en = "This city does not run this program. We will find other support with you.",
    },
  }
end

return {
  {
    id = "JR-01",
    references = {
      { id = "inclusion_net_kanagawa", section = "鎌倉市と藤沢市の概要（鎌倉市 任意事業: なし; 藤沢市: 就労準備支援を実施）" },
      { id = "jiritsu_ho_kisoku", section = "第4条第1号（収入が基準額＋住宅扶助基準以下、資産が基準額×6以下）" },
      { id = "wam_qa_setai", section = "世帯単位の収入・資産要件" },
      { id = "jiritsu_ho_kisoku", section = "第5条（期間（1年を超えない））" },
    },
    decide = function(case, ctx, base)
      local not_run = not_run_here(case, ctx, "jyunbi", JYUNBI_NOT_RUN, before_general)
      if not_run ~= false then return not_run or nil end
      return base(case, ctx)
    end,
  },
  {
    id = "JR-02",
    references = {
      { id = "inclusion_net_kanagawa", section = "鎌倉市と藤沢市の概要（鎌倉市 任意事業: なし）" },
      { id = "jiritsu_ho_kisoku", section = "第4条第2号（前号に準ずる者 — 収入・資産の把握が困難な者、このままでは前号に該当するおそれのある者、市町村が必要と認める者）" },
    },
    note = "「おそれのある者」の幅20%は既定値（jyunbi_risk_margin）",
    decide = function(case, ctx, base)
      if not runs(case, ctx, "jyunbi") then return nil end -- JR-01 says it is not run here
      return base(case, ctx)
    end,
  },
  {
    id = "KK-05",
    references = {
      { id = "inclusion_net_kanagawa", section = "鎌倉市と藤沢市の概要（鎌倉市 任意事業: なし; 藤沢市: 家計相談支援を実施）" },
      { id = "kakei_summary", section = "対象と所得要件なし" },
      { id = "jiritsu_ho_kaisei_2024", section = "特定被保護者の家計改善支援の利用（2025-04-01施行）" },
    },
    note = "滞納・債務・収支赤字の基準は既定値（kakei_* parameters）",
    decide = function(case, ctx, base)
      local not_run = not_run_here(case, ctx, "kakei", KAKEI_NOT_RUN, kakei_trouble)
      if not_run ~= false then return not_run or nil end
      return base(case, ctx)
    end,
  },
  {
    id = "GK-01",
    title = { ja = "学習支援事業（藤沢市の任意事業）", en = "Learning support (a Fujisawa optional programme)" },
    references = {
      { id = "inclusion_net_kanagawa", section = "鎌倉市と藤沢市の概要（藤沢市 任意事業: 学習支援事業; 鎌倉市 任意事業: なし）" },
      { id = "jiritsu_ho", section = "子どもの学習・生活支援事業" },
    },
    note = "18歳は既定値（gakushu_age_max）",
    decide = function(case, ctx)
      if case.status == "closed" or case.age == nil then return nil end
      if not ctx.at_most("age", case.age, "gakushu_age_max") then return nil end
      local _, city = municipality_of(case, ctx)
      if not contains(city.programs, "gakushu") then
        return {
          program = "gakushu",
          eligible = false,
          reason = {
            ja = string.format("%sは学習支援事業（任意事業）を実施していない", city.ja),
            en = string.format("%s does not run the learning-support programme (optional)", city.en),
          },
          plain = {
            ja = "この まちには がくしゅう しえんの じぎょうが ありません。",
            en = "This city has no learning-support program.",
          },
        }
      end
      return {
        program = "gakushu",
        eligible = true,
        route = "municipal",
        reason = {
          ja = string.format("%sの学習支援事業：生活困窮世帯の%d歳（%d歳まで）", city.ja, case.age, ctx.param("gakushu_age_max")),
          en = string.format("%s learning support: aged %d in a household in need (up to %d)", city.en, case.age, ctx.param("gakushu_age_max")),
        },
        plain = {
          ja = "べんきょうの サポートが つかえます。",
          en = "You can use the study support program.",
        },
      }
    end,
  },
  {
    id = "BT-01",
    title = { ja = "バイターンの対象（高校生）", en = "Byturn: who can take part (high-school students)" },
    references = {
      { id = "inclusion_net_kanagawa", section = "高校生支援で成功してきた「バイターン」; 参加生徒の募集" },
    },
    note = "ages 15–19 [default value, not from a source]",
    decide = function(case, ctx)
      if case.status == "closed" or case.age == nil then return nil end
      local old_enough = ctx.at_least("age", case.age, "byturn_age_min")
      local young_enough = ctx.at_most("age", case.age, "byturn_age_max")
      if not (old_enough and young_enough) then return nil end
      local byturn = case.programs.byturn
      if byturn ~= nil and not byturn.active then return nil end -- taken part already (graduated or left)
      if byturn ~= nil or ctx.equals("intake_source", case.intake_source, "school") then
        return {
          program = "byturn",
          eligible = true,
          route = "school_recruitment",
          reason = {
            ja = string.format("高校から紹介された%d歳の生徒：バイターン（事前研修・マッチング面談・3日間職場体験・学校が介入するアルバイト）の対象", case.age),
            en = string.format("a %d-year-old student referred by the school: byturn (pre-training, matching interview, three-day experience, part-time work with the school involved)", case.age),
          },
          plain = {
            ja = "こうこうせいの「バイターン」に さんかできます。",
            en = "You can join Byturn, the part-time internship for high-school students.",
          },
        }
      end
      return {
        program = "byturn",
        eligible = false,
        reason = {
          ja = string.format("%d歳だが高校からの紹介ではない：バイターンは参加高校で募集する（在学の確認が必要）", case.age),
          en = string.format("aged %d but not referred by a school: byturn recruits through participating high schools (enrolment must be confirmed)", case.age),
        },
        plain = {
          ja = "バイターンは こうこうを とおして もうしこみます。",
          en = "Byturn is joined through your high school.",
        },
      }
    end,
  },
}
