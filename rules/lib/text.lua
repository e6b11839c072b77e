-- Numbers and names as reasons print them. Shared by every pack: `local text = require("text")`.
local text = {}

---12345678 → "12,345,678" (yen amounts, rounded to the yen).
---@param n number
---@return string
function text.yen(n)
  local digits = string.format("%d", math.floor(n + 0.5))
  local grouped = string.reverse((string.gsub(string.reverse(digits), "(%d%d%d)", "%1,")))
  return (string.gsub(grouped, "^,", ""))
end

---0.666 → "67%" (nil prints as 0%).
---@param x number|nil
---@return string
function text.pct(x)
  return string.format("%.0f%%", (x or 0) * 100)
end

---Joins texts { ja = …, en = … } into one line of `lang` ("／" between Japanese parts, "; " in English).
---@param items hashigo.Text[]
---@param lang "ja"|"en"
---@return string
function text.joined(items, lang)
  local parts = {}
  for _, item in ipairs(items) do parts[#parts + 1] = item[lang] end
  return table.concat(parts, lang == "ja" and "／" or "; ")
end

---The employer of a placement, or `fallback` ({ ja = …, en = … }) in `lang` when none is named.
---@param placement hashigo.Placement
---@param lang "ja"|"en"
---@param fallback hashigo.Text
---@return string
function text.employer(placement, lang, fallback)
  if placement.employer ~= nil and placement.employer ~= "" then return placement.employer end
  return fallback[lang]
end

return text
