-- Nさん：納税の窓口から始まったチーム支援（座間市パック、チーム座間）
-- N-san: team support that began at the tax desk (Zama pack, Team Zama).
--
-- 学習目標 / learning goal: see `goal` below. Zama's pack reads one household through several
-- city-hall desks: the tax section brings the case in (利用勧奨), the community care centre takes
-- the mother's care (RF-HOUKATSU), the city recognises the son's need for readiness support although
-- the household's money is above the lines (JR-02, 市町村が必要と認める者), offers its own place to
-- belong (RF-SANKA) and, after readiness support, universal work (ZM-07, ZM-13). The choice in
-- month 2 is how the team divides the work.

local WEEKS = 4
local TRIAL_HOURS = 9          -- はたらっく・ざまの農園体験：週3日×3時間
local COMMUTER_HOURS = 9       -- ユニバーサル就労：週3日×3時間
local STAFF_HOURS = 12         -- 最賃保障職員：週3日×4時間
local KANAGAWA_MINWAGE_2024 = 1162  -- 神奈川県最低賃金（円／時、2024年10月1日から）
local STIPEND = 500            -- 有償コミューターの謝礼（1回あたり円）
local LEVEL = 0.9              -- 通い方：ほぼ予定どおり
local WOBBLE = 0.04            -- month-to-month spread of attendance (seeded)

-- 2か月目の選択ごとの月の流れ / what each month holds, by the month-2 choice
--   team     : 庁内連携会議で役割を分け、すぐに「はたらっく・ざま」へ
--   separate : 母の介護・税はそれぞれの課に引き継ぎ、本人の相談は待つ（5か月目に動き出す）
--   ibasho   : まず座間市の居場所から、はたらっく・ざまは3か月後
local SHIFT = { team = 0, separate = 4, ibasho = 3 }  -- 就労準備の開始が何か月遅れるか

local path = "team"
local seq = 0
local placement = nil          -- { id =, kind = }
local hired_staff = false

local function start(m, kind, day, hours, fields)
  seq = seq + 1
  local e = { date = m.day(day), placement_id = "p" .. seq, kind = kind, hours_per_week = hours, contract = "none",
              employer = (kind == "taiken") and "はたらっく・ざま協力農園" or "社会福祉法人（特別養護老人ホーム）" }
  for k, v in pairs(fields or {}) do e[k] = v end
  m.event("placement_started", e)
  placement = { id = "p" .. seq, kind = kind, hours = hours }
end

local function stop(m, day, reason)
  m.event("placement_ended", { date = m.day(day), placement_id = placement.id, reason = reason })
  placement = nil
end

-- チームでの役割分担（庁内連携会議）と、就労準備・家計の利用開始 / the team meeting and the programmes
local function team_meeting(m, refer_care)
  m.say { ja = "庁内連携会議：納税課・介護保険課・地域包括支援センター・生活援護課（自立相談）。母の介護は地域包括、国保税は分納、Nさんは自立相談が担当。",
          en = "A cross-department meeting: tax, long-term care, the community care centre and the livelihood section. The centre takes the mother's care, the tax is paid in instalments, and the consultation takes N-san." }
  m.event("contact", { date = m.day(5), kind = "case_conference", minutes = 90 })
  if refer_care then
    m.event("referral_made", { date = m.day(6), referral_id = "r1", target = "houkatsu", warm_handoff = true, reason = "母の介護（要介護認定の申請）" })
    m.event("referral_answered", { date = m.day(8), referral_id = "r1", outcome = "accepted" })
  end
end

local function plan(m, with_readiness)
  m.event("plan", { date = m.day(17), start_on = m.day(20), end_on = "2025-08-31",
    goals = { { text = "週3日、午前中にはたらっく・ざまに通う", domain = "life" }, { text = "家計表をつけ、国保税の分納を続ける", domain = "life" },
              { text = "母の介護サービスの日に、自分の予定を入れる", domain = "social" } } })
  m.event("plan_approved", { date = m.day(20) })
  m.event("program_enrolled", { date = m.day(20), program = "kakei", route = "budget_trouble" })
  if with_readiness then
    m.event("program_enrolled", { date = m.day(20), program = "jyunbi", planned_end_on = "2025-05-19", route = "municipal_recognition" })
  end
end

return {
  id = "zama-team",
  title = { ja = "Nさん：窓口をまたぐチーム支援", en = "N-san: team support across city-hall desks" },
  goal = {
    ja = "座間市パックでは、世帯の収入・資産が就労準備支援の基準を超えても、ひきこもりや長期化リスクのある人を市が必要と認めて「はたらっく・ざま」を使える（JR-02）。母の介護（地域包括）、税の分納（納税課）、本人の就労準備を庁内で分担するチーム支援と、ばらばらに引き継いで本人を待つ場合、居場所から始める場合を比べ、段の移動（SU-02・UW-01・SU-05）と、就労準備のあとのユニバーサル就労へのつなぎ（ZM-07）がいつ来るかを見る。全国パックと並べると、同じ世帯が就労準備の対象外になることも確かめる。",
    en = "Under the Zama pack, a withdrawn person or one at long-term risk can use Hatarakku Zama on the city's recognition (JR-02) even when the household's income and assets are above the readiness lines. Compare team support — the care centre takes the mother's care, the tax desk an instalment plan, the consultation the son's readiness — with handing each matter to its desk and waiting for the son, and with starting at a place to belong: see when he moves on the ladder (SU-02, UW-01, SU-05) and when universal work is proposed after readiness support (ZM-07). Side by side with the national pack, see that the same household is not eligible for readiness support there.",
  },
  region = "zama",
  regions = { "zama", "national" },
  start = "2024-05-13",
  months = 16,
  person = { pseudonym = "Nさん", birth_date = "1978-11-02", gender = "male", disability_cert = "none" },
  household = {
    size = 2, kind = "8050", housing = "owned", prefecture = "14", municipality = "142166",
    members = { { relation = "mother", birth_date = "1947-03-09" } },
  },
  intake = { channel = "referral", source = "municipal_dept", concerns = { "tax_utility", "care", "hikikomori_futoko" }, stage = "life" },

  month = function(m)
    if m.month == 1 then
      m.say { ja = "国保税の滞納の相談に来た母親（77歳）の話から、納税課の職員が生活援護課へ同行。45歳の息子は15年ほど働いておらず、母の物忘れも進んでいる。",
              en = "The mother (77) came to the tax desk about health-insurance tax arrears; the tax officer walks her over to the livelihood section. Her son, 45, has not worked for about fifteen years, and her memory is failing." }
      m.event("contact", { date = m.day(13), kind = "interview", minutes = 60, note = "母親と納税課職員" })
      m.event("contact", { date = m.day(27), kind = "home_visit", minutes = 60 })
      m.event("consent", { date = m.day(27), info_sharing = true })
      -- 母の年金（厚生年金・遺族年金）で月17万円、貯金110万円、国保税3か月滞納
      m.event("household_finance", { date = m.day(27), income_yen = 170000, financial_assets_yen = 1100000,
        debt_total_yen = 0, arrears_months = 3, expenses_yen = 185000 })
      m.say { ja = "自宅でNさんに会えた。母のことは心配しているが、自分のことは「もう遅い」と言う。", en = "N-san is met at home. He worries about his mother, but says of himself that it is too late." }
      return
    end

    if m.month == 2 then
      local c = m.choose("team", {
        ja = "母の介護、税の滞納、Nさんの長いひきこもり。チームとしてどう動きますか",
        en = "The mother's care, the tax arrears, N-san's long withdrawal: how does the team move?",
      }, {
        a = { ja = "庁内連携会議で役割を分け、Nさんは市が必要と認めて「はたらっく・ざま」へすぐつなぐ",
              en = "divide the roles at a cross-department meeting, and take N-san to Hatarakku Zama now on the city's recognition" },
        b = { ja = "介護は地域包括、税は納税課にそれぞれ引き継ぎ、Nさん本人の相談は本人から申し出があるまで待つ",
              en = "hand the care to the community care centre and the tax to the tax desk, and wait for N-san to ask for help himself" },
        c = { ja = "庁内連携会議で役割を分け、Nさんはまず座間市の居場所から。就労準備はそのあと",
              en = "divide the roles at a cross-department meeting, and start N-san at the city's place to belong; readiness support later" },
      })
      path = c == "a" and "team" or (c == "b" and "separate" or "ibasho")
      if path == "separate" then
        m.event("referral_made", { date = m.day(6), referral_id = "r1", target = "houkatsu", warm_handoff = false, reason = "母の介護" })
        m.event("referral_answered", { date = m.day(10), referral_id = "r1", outcome = "accepted" })
        m.event("referral_made", { date = m.day(6), referral_id = "r2", target = "chonai_renkei", warm_handoff = false, reason = "国保税の分納（納税課）" })
        m.event("referral_answered", { date = m.day(7), referral_id = "r2", outcome = "accepted" })
        return
      end
      team_meeting(m, true)
      m.event("assessment", { date = m.day(12), kind = "initial",
        fdp = { interpersonal = 2, mental = 3, stress = 3, thinking = 3, environment = 2 }, daily_rhythm = 2 })
      plan(m, path == "team")
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 1 })
      return
    end

    local r = m.month - 2 - SHIFT[path]   -- months since readiness support began (0 = its first month)

    if path == "separate" and r < 0 then
      if r == -2 then
        m.say { ja = "地域包括のケアマネジャーから「息子さんが母親の介護で疲れ切っている」と連絡。自宅を訪ね、アセスメント。",
                en = "The care manager calls: the son is worn out caring for his mother. A home visit and an assessment." }
        m.event("contact", { date = m.day(10), kind = "home_visit", minutes = 60 })
        m.event("assessment", { date = m.day(10), kind = "initial",
          fdp = { interpersonal = 2, mental = 2, stress = 2, thinking = 3, environment = 2 }, daily_rhythm = 2 })
      elseif r == -1 then
        team_meeting(m, false)
        plan(m, false)
        m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 1 })
      else
        m.event("contact", { date = m.day(15), kind = "phone", minutes = 15, note = "母親に様子を聞く" })
      end
      return
    end

    if path == "ibasho" and r < 0 then
      if r == -2 then
        m.say { ja = "座間市の居場所に、支援員と一緒に週1回通い始める。", en = "With the worker, he starts going to the city's place to belong once a week." }
        m.event("referral_made", { date = m.day(3), referral_id = "r2", target = "zama_ibasho", warm_handoff = true })
        m.event("referral_answered", { date = m.day(4), referral_id = "r2", outcome = "accepted" })
      end
      m.event("contact", { date = m.day(10), kind = "accompany", minutes = 120 })
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = r == -2 and 2 or 3 })
      return
    end

    if r == 0 and path ~= "team" then
      if path == "ibasho" then
        m.say { ja = "居場所に慣れてきた。市が必要と認め、はたらっく・ざまへ。", en = "He has settled at the place to belong. On the city's recognition, on to Hatarakku Zama." }
      end
      m.event("program_enrolled", { date = m.day(3), program = "jyunbi", planned_end_on = "2025-08-31", route = "municipal_recognition" })
    end

    -- はたらっく・ざま（就労準備支援）/ readiness support
    if r >= 0 and r <= 3 then
      if r == 1 then
        m.say { ja = "はたらっく・ざまに週3日、午前中に通えている。", en = "He goes to Hatarakku Zama three mornings a week." }
      end
      m.event("contact", { date = m.day(8), kind = "interview", minutes = 45 })
      local achieved = ({ [0] = 2, [1] = 3, [2] = 2, [3] = 3 })[r]
      if path == "ibasho" then achieved = 3 end
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = achieved })
      return
    end
    if r == 4 or r == 5 then
      if r == 4 then
        m.say { ja = "はたらっく・ざまの協力農園で就労体験を始める。", en = "A work trial at Hatarakku Zama's partner farm." }
        start(m, "taiken", 3, TRIAL_HOURS)
      end
      m.attendance { placement_id = placement.id, hours = TRIAL_HOURS * WEEKS, level = LEVEL, wobble = WOBBLE }
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 3 })
      return
    end
    if r == 6 then
      m.say { ja = "はたらっく・ざまを修了。職場はまだない。", en = "Readiness support is complete; no workplace yet." }
      m.attendance { placement_id = placement.id, hours = TRIAL_HOURS * 2, level = LEVEL, wobble = WOBBLE }
      stop(m, 15, "completed")
      m.event("program_ended", { date = m.day(15), program = "jyunbi", reason = "moved_on" })
      m.say { ja = "国保税の分納が終わり、家計表で支出も見直せた。家計改善支援を終える。", en = "The tax instalments are paid off and the budget has been reworked: budget support ends." }
      m.event("household_finance", { date = m.day(20), income_yen = 170000, financial_assets_yen = 950000,
        debt_total_yen = 0, arrears_months = 0, expenses_yen = 166000 })
      m.event("program_ended", { date = m.day(20), program = "kakei", reason = "goal_achieved" })
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 3 })
      return
    end

    -- ユニバーサル就労 / universal work
    if r == 7 then
      m.say { ja = "座間市のユニバーサル就労につなぎ、特別養護老人ホームで無償コミューターとして清掃を手伝う。",
              en = "Referred to Zama's universal work: he helps with cleaning at a nursing home as an unpaid commuter." }
      m.event("referral_made", { date = m.day(2), referral_id = "r3", target = "zama_universal", warm_handoff = true })
      m.event("referral_answered", { date = m.day(4), referral_id = "r3", outcome = "accepted" })
      start(m, "commuter_unpaid", 7, COMMUTER_HOURS, { contract = "commuter_confirmation" })
    end
    if placement ~= nil and placement.kind == "commuter_unpaid" and m.case.rung == "commuter_paid" then
      m.say { ja = "目標を達成し、有償コミューターに。1回500円の謝礼。", en = "Goals met: he becomes a paid commuter, 500 yen a shift." }
      stop(m, 1, "stepped_up")
      start(m, "commuter_paid", 1, COMMUTER_HOURS, { contract = "commuter_confirmation", stipend_per_shift_yen = STIPEND })
    elseif placement ~= nil and placement.kind == "commuter_paid" and m.held("SU-02") and not hired_staff then
      m.say { ja = "施設が最賃保障職員として雇用契約を申し出る（神奈川県最低賃金）。", en = "The home offers him an employment contract as minimum-wage staff (Kanagawa minimum wage)." }
      stop(m, 1, "stepped_up")
      start(m, "minwage_staff", 1, STAFF_HOURS, { contract = "employment", wage_per_hour_yen = KANAGAWA_MINWAGE_2024 })
      hired_staff = true
    end
    if r == 8 then
      m.say { ja = "再アセスメント：対人関係3・環境3。施設の職員と雑談できるようになった。", en = "Re-assessment: interpersonal 3, environment 3. He now chats with the staff at the home." }
      m.event("assessment", { date = m.day(20), kind = "re",
        fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 }, daily_rhythm = 4 })
    end
    if placement ~= nil then
      m.attendance { placement_id = placement.id, hours = placement.hours * WEEKS, level = LEVEL, wobble = WOBBLE }
    end
    m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = (r == 7) and 2 or 3 })
    if m.month % 2 == 0 then
      m.event("contact", { date = m.day(12), kind = "case_conference", minutes = 45, note = "チーム座間の定例：母の介護・家計・本人の仕事" })
    end
  end,
}
