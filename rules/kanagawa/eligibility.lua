-- Kanagawa eligibility: which optional programmes each city runs (003: 鎌倉市 任意事業なし;
-- 藤沢市 就労準備支援・家計相談支援・学習支援), and byturn.

-- The municipality a case belongs to: case.household.municipality when the core provides it;
-- until then the case id's prefix ("fujisawa-…", "kamakura-…"); else default_municipality.
local function municipality_of(case, ctx)
  local cities = ctx.param("municipalities")
  local m = case.household.municipality
  if m ~= nil and cities[m] ~= nil then return m, cities[m] end
  for name, city in pairs(cities) do
    if case.id:sub(1, #name + 1) == name .. "-" then return name, city end
  end
  m = ctx.param("default_municipality")
  return m, cities[m]
end

local function contains(list, x)
  for _, v in ipairs(list) do
    if v == x then return true end
  end
  return false
end

return {
  {
    id = "GK-01",
    title = { ja = "学習支援事業（藤沢市の任意事業）", en = "Learning support (a Fujisawa optional programme)" },
    source = "003_dc0ba222058be22b.txt (藤沢市 任意事業: 学習支援事業; 鎌倉市 任意事業: なし); 生活困窮者自立支援法 (子どもの学習・生活支援事業); age 18 [default]",
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
    source = "003_dc0ba222058be22b.txt (高校生支援で成功してきた「バイターン」; 参加生徒の募集); ages 15–19 [default]",
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
