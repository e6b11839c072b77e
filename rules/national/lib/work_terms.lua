-- Names of the codes carved tasks and assessments share (しごと情報 conditions and supports), for
-- the reasons matching gives: `local work_terms = require("work_terms")`.
local work_terms = {}

local CONDITIONS = {
  quiet_place = { ja = "静かな場所", en = "a quiet place" },
  no_phone = { ja = "電話の応対なし", en = "no phone calls" },
  short_hours = { ja = "短時間", en = "short hours" },
  no_customer_contact = { ja = "接客なし", en = "no customer contact" },
  seated = { ja = "座ってできる", en = "seated work" },
  daytime_only = { ja = "日中のみ", en = "daytime only" },
  fixed_routine = { ja = "決まった手順", en = "a fixed routine" },
  near_transit = { ja = "駅・バス停の近く", en = "near public transport" },
}

local SUPPORTS = {
  workplace_mentor = { ja = "職場の担当者", en = "a workplace mentor" },
  job_coach = { ja = "ジョブコーチ", en = "a job coach" },
  supporter_visits = { ja = "支援員の訪問", en = "visits by the support worker" },
  written_steps = { ja = "手順書", en = "written steps" },
  gradual_start = { ja = "段階的な開始", en = "a gradual start" },
  transport_paid = { ja = "交通費の支給", en = "transport paid" },
}

-- The ways a carved task can be worked (a placement's kind).
local FORMS = {
  kengaku = { ja = "見学", en = "site visit" },
  taiken = { ja = "体験", en = "work experience" },
  kunren_hikoyo = { ja = "就労訓練（非雇用型）", en = "work training (non-employment)" },
  kunren_koyo = { ja = "就労訓練（雇用型）", en = "work training (employment)" },
  commuter_unpaid = { ja = "無償コミューター", en = "unpaid commuter" },
  commuter_paid = { ja = "有償コミューター", en = "paid commuter" },
  minwage_staff = { ja = "最賃保障職員", en = "minimum-wage staff" },
  regular_staff = { ja = "一般賃金職員", en = "regular-wage staff" },
  part_time = { ja = "パート", en = "part time" },
  full_time = { ja = "フルタイム", en = "full time" },
  shogai_koyo = { ja = "障害者雇用", en = "disability employment" },
}

---The names of `codes` in `lang` ("ja" | "en"), joined; a code without a name shows as itself.
---@param kind "condition"|"support"|"form"
---@param codes string[]
---@param lang "ja"|"en"
---@return string
function work_terms.names(kind, codes, lang)
  local table_ = kind == "condition" and CONDITIONS or kind == "form" and FORMS or SUPPORTS
  local out = {}
  for _, c in ipairs(codes) do
    local n = table_[c]
    out[#out + 1] = n and n[lang] or c
  end
  return table.concat(out, lang == "ja" and "・" or ", ")
end

---The elements of `wanted` that are (or, with `missing`, are not) in `offered`, in `wanted`'s order.
---@param wanted string[]
---@param offered string[]
---@param missing boolean?
---@return string[]
function work_terms.overlap(wanted, offered, missing)
  local set = {}
  for _, v in ipairs(offered) do set[v] = true end
  local out = {}
  for _, v in ipairs(wanted) do
    if (set[v] == true) ~= (missing == true) then out[#out + 1] = v end
  end
  return out
end

return work_terms
