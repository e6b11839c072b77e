-- Dさん：解雇をくり返した52歳、発達障害の診断から障害者雇用・障害福祉へ（全国パック、J4）
-- D-san: 52, dismissed again and again; a developmental-disorder diagnosis, then disability
-- employment or disability services (national pack, journey J4).
--
-- 学習目標 / learning goal: see `goal` below. The national pack routes a suspected disability to a
-- medical consultation (RF-MEDICAL) and a borderline joint case to Nakapotsu (RF-NAKA, and the core
-- centre's coordination for difficult cases, RF-KIKAN; the scenario's agency records make the
-- partner centre's difficult case call for the core centre's supervision, NK-01), enters certified work training only on the
-- municipality's decision (JK-03), moves on to employment-type training (JK-08), and, from
-- October 2025, asks for employment-choice support before new use of 就労継続支援B型 — except from
-- age 50 (RF-SENTAKU, RF-SENTAKU-EXEMPT). The choice in month 6 is the way of working he chooses.

local TRAINING_HOURS = 12        -- 認定就労訓練（非雇用型）：週3日×4時間
local KOYO_HOURS = 20            -- 雇用型の訓練：週4日×5時間
local JOB_HOURS = 30             -- 障害者雇用：週5日×6時間
local OSAKA_MINWAGE_2025 = 1177  -- 大阪府最低賃金（円／時、2025年10月16日から）
local KOYO_WAGE = OSAKA_MINWAGE_2025 + 3  -- 雇用型訓練の時給：最低賃金をわずかに上回る
local JOB_WAGE = 1200            -- 障害者雇用の時給
local LEVEL = 0.93               -- 出勤：決まった手順の清掃は安定している
local WOBBLE = 0.03              -- month-to-month spread of attendance (seeded)
local WEEKS = 4

local path = "shogai_koyo"       -- month 6: "shogai_koyo" (disability employment) or "keizoku_b"
local placement = nil
local closed = false
local reported = false

local function start(m, day, id, kind, employer, hours, fields)
  local e = { date = m.day(day), placement_id = id, employer = employer, kind = kind, hours_per_week = hours, contract = "none" }
  for k, v in pairs(fields or {}) do e[k] = v end
  m.event("placement_started", e)
  placement = { id = id, hours = hours }
end

return {
  id = "national-j4-handover",
  title = { ja = "Dさん：診断のあとの二つの道", en = "D-san: two ways on after a diagnosis" },
  goal = {
    ja = "解雇をくり返してきた人に発達障害が疑われるとき、受診（RF-MEDICAL）、手帳申請中からのなかぽつとの共同支援（RF-NAKA・RF-KIKAN。協力センターが持つ困難事例には基幹型のスーパーバイズ：NK-01）、行政の決定による認定就労訓練（JK-03→JK-08）を経て、障害者雇用へ進む道と、就労継続支援B型を使う道を比べる。2025年10月から新たにB型を使う人は就労選択支援が必要だが、50歳以上は例外（RF-SENTAKU-EXEMPT）であることを確かめ、どちらの道でも自立相談がどこで手を離し、だれに引き継ぐかを考える。",
    en = "When a developmental disorder is suspected in someone dismissed again and again: a medical consultation (RF-MEDICAL), joint support with Nakapotsu from the certificate application on (RF-NAKA, RF-KIKAN; a partner centre holding a difficult case asks the core centre for supervision, NK-01), certified work training entered on the municipality's decision (JK-03 → JK-08); then compare a way into disability employment with the use of continuous employment support type B. From October 2025 new type-B users need employment-choice support first, but not from age 50 (RF-SENTAKU-EXEMPT). On either way, think about where the consultation lets go and to whom it hands over.",
  },
  region = "national",
  regions = { "national", "osaka" },
  start = "2025-05-12",
  months = 12,
  person = { pseudonym = "Dさん", birth_date = "1973-04-08", gender = "male", disability_cert = "none" },
  household = { size = 1, kind = "single", housing = "rented", rent_yen = 45000, prefecture = "27", municipality = "271403" },
  intake = { channel = "referral", source = "hellowork", concerns = { "job_search", "work_trouble", "debt", "health_disability" }, stage = "employment" },
  -- 堺市の支援のネットワーク（hashigo.agency/1 の記録。docs/agencies.md）：自立相談、なかぽつ（協力センター）と、
  -- それをスーパーバイズする基幹型センター
  -- The network around him (agency records, docs/agencies.md): the consultation centre, a partner
  -- Nakapotsu centre, and the core centre that supervises it.
  agencies = {
    { id = "jiritsu-soudan", name = "自立相談支援機関（堺市）", since = "2015-04-01", role = "centre", areas = { "271403" } },
    { id = "naka-sakai", name = "障害者就業・生活支援センター（堺市）", since = "2015-04-01", role = "nakapotsu",
      serves = { "nakapotsu" }, areas = { "271403" }, capacity = 40 },
    { id = "naka-kikan", name = "障害者就業・生活支援センター（基幹型）", since = "2021-06-01", role = "nakapotsu", kikan = true,
      partners = { "naka-sakai" }, serves = { "nakapotsu" }, areas = { "271403" } },
  },

  month = function(m)
    if m.month == 1 then
      m.say { ja = "ハローワークの一般窓口から紹介。3回目の解雇。「指示がわからない」「段取りが組めない」と言われ続けてきた。",
              en = "Referred by Hello Work's general desk after his third dismissal. He has always been told he cannot follow instructions or plan his work." }
      m.event("consent", { date = m.first_day, info_sharing = true })
      m.event("agency_joined", { date = m.first_day, agency_id = "jiritsu-soudan", lead = true })
      m.event("contact", { date = m.day(15), kind = "interview", minutes = 60 })
      m.event("job_lost", { date = m.day(15), lost_on = "2025-04-30", cause = "dismissal" })
      m.event("assessment", { date = m.day(22), kind = "initial",
        fdp = { interpersonal = 2, mental = 3, stress = 3, thinking = 2, environment = 3 }, daily_rhythm = 4 })
      -- 雇用保険の基本手当で月14万円、消費者金融の借入40万円（返済が月2万円）
      m.event("household_finance", { date = m.day(22), income_yen = 140000, financial_assets_yen = 200000,
        debt_total_yen = 400000, arrears_months = 0, expenses_yen = 136000 })
      return
    end

    if m.month == 2 then
      m.event("plan", { date = m.day(2), start_on = m.day(9), end_on = "2026-03-31",
        goals = { { text = "受診して、困りごとの理由を一緒に確かめる", domain = "life" }, { text = "借入の返済計画を立てる", domain = "life" },
                  { text = "自分に合う働き方を見つける", domain = "work" } } })
      m.event("plan_approved", { date = m.day(9) })
      m.event("program_enrolled", { date = m.day(9), program = "kakei", route = "budget_trouble" })
      m.say { ja = "本人の了解を得て、精神科クリニックの受診に同行。", en = "With his agreement, the worker goes with him to a psychiatric clinic." }
      m.event("referral_made", { date = m.day(12), referral_id = "r1", target = "medical", warm_handoff = true })
      m.event("referral_answered", { date = m.day(12), referral_id = "r1", outcome = "accepted" })
      m.event("contact", { date = m.day(19), kind = "accompany", minutes = 150 })
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 1 })
      return
    end

    if m.month == 3 then
      m.say { ja = "自閉スペクトラム症の診断。精神障害者保健福祉手帳を申請。支援調整会議で認定就労訓練（非雇用型）を市が決定し、社会福祉法人の清掃で訓練を始める。",
              en = "Diagnosed with autism spectrum disorder; he applies for the mental-health disability certificate. The coordination meeting: the city decides on non-employment certified training, and he starts cleaning at a social-welfare corporation." }
      m.event("disability_status", { date = m.day(3), cert = "applying" })
      m.event("referral_made", { date = m.day(8), referral_id = "r2", target = "nakapotsu", agency_id = "naka-sakai", warm_handoff = true,
        reason = "手帳申請中から共同支援" })
      m.event("referral_answered", { date = m.day(10), referral_id = "r2", outcome = "accepted" })
      -- The partner centre holds the case with the consultation centre from here; he agreed to it
      -- (本人の自発性, NK-03). A difficult case at a partner centre: NK-01 asks for the core centre.
      m.event("agency_joined", { date = m.day(10), agency_id = "naka-sakai", agreed = true, referral_id = "r2" })
      m.event("program_enrolled", { date = m.day(16), program = "kunren", route = "hikoyo" })
      start(m, 22, "p1", "kunren_hikoyo", "社会福祉法人（施設の清掃）", TRAINING_HOURS)
      m.attendance { placement_id = "p1", hours = TRAINING_HOURS * 1.5, level = LEVEL, wobble = WOBBLE }
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 2 })
      return
    end

    if m.month == 4 then
      m.say { ja = "協力センターが基幹型センターにスーパーバイズを求め、基幹型も共同で支援に入る。Dさんも了解した。",
              en = "The partner centre asks the core centre for supervision, and the core centre joins the support. D-san agrees." }
      m.event("agency_joined", { date = m.day(7), agency_id = "naka-kikan", agreed = true })
    end

    if m.month == 5 then
      m.say { ja = "手帳（精神3級）が交付された。", en = "The certificate is issued (mental health, grade 3)." }
      m.event("disability_status", { date = m.day(10), cert = "seishin", grade = "3級" })
    end

    if m.month == 6 then
      m.say { ja = "訓練は安定している。なかぽつと三者で、これからの働き方を話し合う。", en = "Training is steady. With Nakapotsu, the three of them talk about how he wants to work from here." }
      local c = m.choose("work_path", {
        ja = "Dさんの希望と特性を踏まえ、どの道を支えますか",
        en = "Given his wishes and traits, which way do you support?",
      }, {
        a = { ja = "障害者雇用をめざす：ハローワークの専門援助部門となかぽつと一緒に、訓練先の雇用型の訓練へ",
              en = "disability employment: with Hello Work's specialist section and Nakapotsu, on to employment-type training at the same place" },
        b = { ja = "「自分のペースで働きたい」という本人の希望で、就労継続支援B型を利用する",
              en = "as he asks to \"work at my own pace\", use continuous employment support type B" },
      })
      path = c == "a" and "shogai_koyo" or "keizoku_b"
      if path == "shogai_koyo" then
        m.event("referral_made", { date = m.day(8), referral_id = "r3", target = "hellowork", warm_handoff = true, reason = "専門援助部門（障害者の職業紹介）" })
        m.event("referral_answered", { date = m.day(10), referral_id = "r3", outcome = "accepted" })
      else
        m.event("referral_made", { date = m.day(20), referral_id = "r3", target = "keizoku_b", warm_handoff = true, reason = "相談支援専門員とともに支給申請" })
      end
    end

    if path == "keizoku_b" and m.month == 7 then
      m.say { ja = "50歳以上なので就労選択支援を経ずに申請でき、市が支給を決定。B型の作業所（軽作業）に通い始め、認定就労訓練を終える。",
              en = "At over 50 he may apply without employment-choice support; the city grants it. He starts at a type-B workshop (light work) and leaves certified training." }
      m.event("referral_answered", { date = m.day(6), referral_id = "r3", outcome = "accepted" })
      m.event("program_enrolled", { date = m.day(10), program = "keizoku_b" })
      m.event("placement_ended", { date = m.day(9), placement_id = placement.id, reason = "moved_to_disability_services" })
      m.event("program_ended", { date = m.day(9), program = "kunren", reason = "moved_on" })
      placement = nil
    end
    if path == "keizoku_b" and m.month == 9 then
      m.say { ja = "作業所に通えている。相談支援専門員に引き継ぎ、本人の同意で自立相談は終結（家計は支払いが落ち着いた）。",
              en = "He goes to the workshop regularly. The case is handed to his disability-services planner and, with his agreement, closed (his repayments have settled)." }
      m.event("program_ended", { date = m.day(20), program = "kakei", reason = "goal_achieved" })
      m.event("review", { date = m.day(22), kind = "evaluation", goals_total = 3, goals_achieved = 3 })
      m.event("closed", { date = m.last_day, reason = "moved_to_disability_services", agreed = true })
      closed = true
      return
    end

    if path == "shogai_koyo" and m.month == 7 then
      m.say { ja = "訓練先と雇用契約。雇用型の訓練（週4日×5時間、大阪府最低賃金を上回る時給）。", en = "An employment contract with the host: employment-type training (4 days × 5 hours, above the Osaka minimum wage)." }
      m.event("placement_ended", { date = m.day(3), placement_id = placement.id, reason = "stepped_up" })
      start(m, 3, "p2", "kunren_koyo", "社会福祉法人（施設の清掃）", KOYO_HOURS, { contract = "employment", wage_per_hour_yen = KOYO_WAGE })
    end
    if path == "shogai_koyo" and m.month == 10 then
      m.say { ja = "ビルメンテナンス会社に障害者雇用で採用（週5日×6時間）。なかぽつが定着支援を引き継ぐ。", en = "Hired under the disability employment quota by a building-maintenance firm (5 days × 6 hours). Nakapotsu takes over retention support." }
      m.event("placement_ended", { date = m.day(1), placement_id = placement.id, reason = "hired" })
      m.event("program_ended", { date = m.day(1), program = "kunren", reason = "employed" })
      start(m, 2, "p3", "shogai_koyo", "ビルメンテナンス会社", JOB_HOURS, { contract = "employment", wage_per_hour_yen = JOB_WAGE })
      m.event("lead_changed", { date = m.day(2), agency_id = "naka-sakai" })  -- retention is its work now
    end
    if path == "shogai_koyo" and m.month == 12 then
      m.say { ja = "定着をなかぽつに引き継ぎ（つなぎ完了）、家計の目標も達成。本人の同意で終結。", en = "Retention handed to Nakapotsu (hand-over done) and the budget goals met: closed with his agreement." }
      m.attendance { placement_id = placement.id, hours = JOB_HOURS * WEEKS, level = LEVEL, wobble = WOBBLE }
      m.event("referral_answered", { date = m.day(5), referral_id = "r2", outcome = "done" })
      m.event("program_ended", { date = m.day(10), program = "kakei", reason = "goal_achieved" })
      m.event("review", { date = m.day(15), kind = "evaluation", goals_total = 3, goals_achieved = 3 })
      m.event("closed", { date = m.last_day, reason = "moved_to_disability_services", agreed = true })
      closed = true
      return
    end

    if closed then
      if not reported then  -- the next 支援調整会議 hears the closure and evaluates the support
        m.event("meeting", { date = m.day(8), meeting_id = "chosei-" .. string.sub(m.day(8), 1, 7), kind = "shien_chosei",
          decisions = { { decision = "closure_reported" } }, note = "障害福祉サービスへの引き継ぎによる終結を報告" })
        reported = true
      end
      m.event("follow_up", { date = m.day(10), kind = "referral_check", minutes = 15, note = "相談支援専門員に様子を確認" })
      return
    end

    if placement ~= nil then
      m.attendance { placement_id = placement.id, hours = placement.hours * WEEKS, level = LEVEL, wobble = WOBBLE }
    else
      m.event("contact", { date = m.day(15), kind = "interview", minutes = 40 })
    end
    if path == "shogai_koyo" and m.month == 11 then
      m.event("contact", { date = m.day(3), kind = "home_visit", minutes = 40, note = "就職1か月の定着訪問（なかぽつと同行）" })
    end
    m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = (m.month >= 5) and 3 or 2 })
  end,
}
