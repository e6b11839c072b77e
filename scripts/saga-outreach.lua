-- Lさん：10年近く自室から出ない34歳を、訪問で支える（佐賀パック、アウトリーチ）
-- L-san: a 34-year-old who has hardly left his room for ten years, supported through home
-- visits (Saga pack, outreach).
--
-- 学習目標 / learning goal: see `goal` below. The Saga pack (Student Support Face) sends the team
-- to the person instead of waiting at the window (RF-OUTREACH), keeps a rhythm of visits
-- (SG-02), reads every step through the Five Different Positions (FDP) and calls joint case
-- conferences before the plan and when FDP falls (JS-10), and wants every hand-over made in
-- person (SG-13). Two choices: how to keep going when the first visits reach nobody (month 2),
-- and how to hand him over to a host employer (職親) once he is ready to try work.

local VISIT_GAP = 14          -- 訪問の間隔（日）：SSFの2週間ごと（佐賀パック outreach_visit_interval_days と同じ）
local MET_IF_VISITING = 3     -- 訪問を続けたとき、玄関先で初めて話せる月
local MET_IF_WAITING = 6      -- 母親との電話に切り替えたとき、本人が訪問を受け入れる月
local TRIAL_HOURS = { accompanied = 2, alone = 12 }   -- 職親での体験の始めの週あたり時間
local TRIAL_HOURS_LATER = 6   -- 慣れてからの体験：週2日×3時間
local ACCOMPANIED_LEVEL = 0.92 -- 同行して週1回から：ほぼ毎回通える
local ALONE_LEVEL = 0.55       -- 一人で週3日：最初の週だけ通える
local DROPPED_LEVEL = 0.25     -- 翌月はほとんど行けない
local RESTART_LEVEL = 0.85     -- 同行でやり直した体験
local WOBBLE = 0.05            -- month-to-month spread of attendance (seeded)
local PART_TIME_HOURS = 12     -- 職親でのアルバイト：週3日×4時間
local PART_TIME_WAGE = 1050    -- 時給（円）：佐賀県最低賃金（2024年10月から956円、2025年11月21日から1,030円）を上回る
local WEEKS = 4
local FIRST_WEEKS = { accompanied = 2, alone = 1 }  -- weeks of the first (part) month at the farm
local PLAN_MONTHS = 9         -- プラン期間（か月）：長期化リスクのため長めに（佐賀パック SG-11 は180日以上）

local pace = "visits"         -- month 2: "visits" (keep visiting) or "mother" (phone the mother, wait)
local handover = nil          -- "accompanied" or "alone", chosen when he is ready to try work
local met = nil               -- the month he first talks with the worker
local trial, trial_hours = nil, 0
local hired = false
local seq = 0

-- The last day of the month `n` months after the month of `day` ("YYYY-MM-DD").
local function month_end_after(day, n)
  local y, mo = tonumber(day:sub(1, 4)), tonumber(day:sub(6, 7)) + n
  y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
  local last = ({ 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 })[mo]
  if mo == 2 and (y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)) then last = 29 end
  return string.format("%04d-%02d-%02d", y, mo, last)
end

local function visit(m, day, ok, minutes)
  m.event("contact", { date = m.day(day), kind = ok and "home_visit" or "outreach_attempt", successful = ok, minutes = ok and minutes or nil })
end

local function new_placement(m, day, kind, hours, fields)
  seq = seq + 1
  local e = { date = m.day(day), placement_id = "p" .. seq, employer = "職親（唐津市内の農園）", kind = kind, contract = "none", hours_per_week = hours }
  for k, v in pairs(fields or {}) do e[k] = v end
  m.event("placement_started", e)
  return "p" .. seq
end

return {
  id = "saga-outreach",
  title = { ja = "Lさん：訪問から始まる支援", en = "L-san: support that starts at the door" },
  goal = {
    ja = "窓口に来られない人には、こちらから訪問する（アウトリーチ）。佐賀パックでは、本人以外からのひきこもりの相談・不通1回・FDPの対人関係や環境の低さで訪問を提案し（RF-OUTREACH）、訪問の間隔（SG-02）、プランの前やFDPが下がったときの合同ケース会議（JS-10）、同行によるつなぎ（SG-13）を求める。2か月目に訪問を続けるか母親との電話に切り替えるか、職親につなぐときに同行するか紹介状だけにするかで、本人に会える時期・段の移動・再アセスメントのFDPと保留（SD-02）がどう変わるかを見る。",
    en = "People who cannot come to the window are visited. The Saga pack proposes outreach for a withdrawal concern raised by someone else, after one failed contact, or on low FDP interpersonal/environment scores (RF-OUTREACH), and asks for a rhythm of visits (SG-02), joint case conferences before the plan and when FDP falls (JS-10), and hand-overs in person (SG-13). Compare keeping up the visits with switching to phone calls with his mother in month 2, and an accompanied with a paper hand-over to a host employer (職親): see when he is first met, how he moves on the ladder, what the FDP re-assessments show and when progress is held (SD-02).",
  },
  region = "saga",
  regions = { "saga", "national" },
  start = "2024-06-10",
  months = 18,
  person = { pseudonym = "Lさん", birth_date = "1990-08-03", gender = "male", disability_cert = "none" },
  household = {
    size = 3, kind = "multi_gen", housing = "owned", prefecture = "41", municipality = "412023",
    members = { { relation = "mother", birth_date = "1961-01-15" }, { relation = "father", birth_date = "1958-09-30" } },
  },
  intake = { channel = "phone", source = "family", concerns = { "hikikomori_futoko" }, stage = "life" },

  month = function(m)
    local k = met and (m.month - met) or nil   -- months since he was first met

    if m.month == 1 then
      m.say { ja = "母親から電話。大学を中退して就職したが1年で辞め、それから10年近く自室からほとんど出ない。本人は相談を望んでいない。",
              en = "His mother phones: he left university, quit his first job after a year, and has hardly left his room for nearly ten years. He does not want help." }
      m.event("household_finance", { date = m.day(20), income_yen = 260000, financial_assets_yen = 3000000, debt_total_yen = 0, arrears_months = 0 })
      m.say { ja = "本人の同意がないため、支援会議で情報を共有し、SSFの訪問支援につなぐ。", en = "Without his consent, the support meeting shares the information and asks SSF's outreach team to visit." }
      m.event("referral_made", { date = m.day(14), referral_id = "r1", target = "outreach", warm_handoff = true, reason = "支援会議（法9条）で共有" })
      m.event("referral_answered", { date = m.day(15), referral_id = "r1", outcome = "accepted" })
      m.event("program_enrolled", { date = m.day(15), program = "outreach" })
      visit(m, 24, false)
      m.say { ja = "1回目の訪問。会えず、手紙を置いて帰る。", en = "First visit: nobody comes to the door; a letter is left." }
      return
    end

    if m.month == 2 then
      visit(m, 8, false)
      visit(m, 8 + VISIT_GAP, false)
      m.say { ja = "2回の訪問も会えない。母親は「もう来ないでと本人が言っている」と話す。", en = "Two more visits reach nobody. His mother says he has asked that nobody come again." }
      local c = m.choose("visits", {
        ja = "訪問しても会えない。どう続けますか",
        en = "The visits reach nobody. How do you go on?",
      }, {
        a = { ja = "2週間ごとの訪問を続け、毎回短い手紙を置く（会えなくても、来る人がいることを伝える）",
              en = "keep visiting every two weeks and leave a short letter each time (someone keeps coming, even unseen)" },
        b = { ja = "訪問はいったんやめ、本人が望むまで母親との電話相談に切り替える",
              en = "stop visiting for now and phone his mother until he wants contact" },
      })
      pace = c == "a" and "visits" or "mother"
      if pace == "mother" then
        m.event("program_ended", { date = m.last_day, program = "outreach", reason = "paused" })
      end
      return
    end

    -- まだ本人に会えていない月 / months before he is met
    if met == nil then
      if pace == "visits" and m.month >= MET_IF_VISITING then
        m.say { ja = "手紙に返事の走り書き。次の訪問で、玄関先で初めて話せた（ゲームの話）。", en = "A scribbled reply to the letters. At the next visit, his first words with the worker at the door (about a game)." }
        visit(m, 5, true, 15)
        visit(m, 5 + VISIT_GAP, true, 30)
        met = m.month
      elseif pace == "visits" then
        visit(m, 5, false)
        visit(m, 5 + VISIT_GAP, false)
      elseif m.month >= MET_IF_WAITING then
        m.say { ja = "母親から「支援員さんのことを本人が聞いてきた」。訪問を再開し、玄関先で話せた。", en = "His mother says he asked about the worker. Visits resume; he talks at the door." }
        m.event("program_enrolled", { date = m.day(4), program = "outreach" })
        visit(m, 5, true, 15)
        visit(m, 5 + VISIT_GAP, true, 30)
        met = m.month
      else
        m.event("contact", { date = m.day(12), kind = "phone", minutes = 30, note = "母親との電話相談" })
      end
      return
    end

    if k == 1 then
      m.say { ja = "自室で1時間話す。相談を続けることに本人が同意。FDPでアセスメント：対人関係1、環境2。", en = "An hour in his room. He agrees to go on. FDP assessment: interpersonal 1, environment 2." }
      visit(m, 3, true, 60)
      m.event("consent", { date = m.day(3), info_sharing = true })
      m.event("assessment", { date = m.day(10), kind = "initial",
        fdp = { interpersonal = 1, mental = 3, stress = 2, thinking = 3, environment = 2 }, daily_rhythm = 1 })
      visit(m, 3 + VISIT_GAP, true, 45)
      m.event("contact", { date = m.day(24), kind = "case_conference", minutes = 90, note = "合同ケース会議：子ども・若者総合相談センター、保健福祉事務所" })
      return
    end

    if k == 2 then
      m.event("plan", { date = m.day(3), start_on = m.day(10), end_on = month_end_after(m.first_day, PLAN_MONTHS),
        goals = { { text = "昼夜逆転をなおす", domain = "life" }, { text = "週1回、訪問支援員と外出する", domain = "social" } } })
      m.event("plan_approved", { date = m.day(10) })
      m.event("referral_made", { date = m.day(12), referral_id = "r2", target = "saga_youth_centre", warm_handoff = true })
      m.event("referral_answered", { date = m.day(16), referral_id = "r2", outcome = "accepted" })
      visit(m, 5, true, 45)
      visit(m, 5 + VISIT_GAP, true, 45)
      m.event("review", { date = m.last_day, goals_total = 2, goals_achieved = 1 })
      return
    end

    if k == 3 then
      m.say { ja = "朝起きられる日が増え、訪問支援員とコンビニまで歩いた。", en = "More mornings up on time; he walked to the convenience store with the visitor." }
      visit(m, 5, true, 60)
      visit(m, 5 + VISIT_GAP, true, 60)
      m.event("review", { date = m.last_day, goals_total = 2, goals_achieved = 2 })
      return
    end

    if k == 4 or k == 5 or k == 6 then
      if k == 4 then
        m.say { ja = "訪問支援員と一緒に、子ども・若者総合相談センターの居場所へ週1回通い始める。", en = "With the visitor, he starts going to the youth centre's drop-in space once a week." }
        m.event("program_ended", { date = m.day(28), program = "outreach", reason = "moved_on" })
      end
      if k == 5 then
        m.say { ja = "再アセスメント：対人関係2・環境3に。まだ長期化リスクはある。", en = "Re-assessment: interpersonal 2, environment 3. The long-term risk remains." }
        m.event("assessment", { date = m.day(8), kind = "re",
          fdp = { interpersonal = 2, mental = 3, stress = 2, thinking = 3, environment = 3 }, daily_rhythm = 3 })
      end
      m.event("contact", { date = m.day(7), kind = "accompany", minutes = 120 })
      m.event("contact", { date = m.day(21), kind = "interview", minutes = 60 })
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = k - 3 })  -- 1, 2, then 3 of the social goals
      return
    end

    if k == 7 then
      m.say { ja = "「働いてみたい」と本人。職親の農園が受け入れてくれる。", en = "\"I'd like to try working,\" he says. A host farm in the 職親 network will take him." }
      local c = m.choose("handover", {
        ja = "職親の農園へ、どうつなぎますか",
        en = "How do you hand him over to the host farm?",
      }, {
        a = { ja = "訪問支援員が同行し、顔合わせのうえ週1回2時間から始める",
              en = "the visitor goes with him, introduces him, and he starts at 2 hours once a week" },
        b = { ja = "紹介状を渡し、一人で週3日通ってもらう（早く職場に慣れるために）",
              en = "give him a letter of introduction and let him go alone 3 days a week (to get used to work sooner)" },
      })
      handover = c == "a" and "accompanied" or "alone"
      local warm = handover == "accompanied"
      m.event("referral_made", { date = m.day(warm and 6 or 20), referral_id = "r3", target = "shokuoya", warm_handoff = warm })
      if warm then
        m.event("referral_answered", { date = m.day(8), referral_id = "r3", outcome = "accepted" })
        m.event("contact", { date = m.day(13), kind = "accompany", minutes = 150 })
      end
      trial_hours = TRIAL_HOURS[handover]
      trial = new_placement(m, warm and 13 or 22, "taiken", trial_hours)
      -- 始めた日から月末まで：同行なら3回（約2週）、一人なら最初の1週
      m.attendance { placement_id = trial, hours = trial_hours * (warm and FIRST_WEEKS.accompanied or FIRST_WEEKS.alone), level = warm and ACCOMPANIED_LEVEL or ALONE_LEVEL, wobble = WOBBLE }
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 3 })
      return
    end

    -- 職親での体験のあと / after the hand-over
    local level = ACCOMPANIED_LEVEL
    if k == PLAN_MONTHS + 2 then
      m.say { ja = "プランの期間が終わる。関係機関と合同ケース会議で評価し、次のプランを立てる。", en = "The plan period ends: a joint case conference evaluates it with the agencies, and a new plan is made." }
      m.event("contact", { date = m.day(18), kind = "case_conference", minutes = 90 })
      m.event("review", { date = m.day(20), kind = "evaluation", goals_total = 3, goals_achieved = handover == "accompanied" and 3 or 2 })
      m.event("plan", { date = m.day(24), start_on = m.day(28), end_on = month_end_after(m.first_day, PLAN_MONTHS + 1),
        goals = { { text = "職親での仕事を続ける", domain = "work" }, { text = "困ったときに自分から連絡する", domain = "social" },
                  { text = "生活リズムを保つ", domain = "life" } } })
      m.event("plan_approved", { date = m.day(28) })
    end
    if handover == "alone" and k == 8 then
      m.say { ja = "最初の週のあと、農園に行けなくなる。電話にも出ない。", en = "After the first week he stops going to the farm and does not answer the phone." }
      m.event("referral_answered", { date = m.day(2), referral_id = "r3", outcome = "accepted" })
      m.event("contact", { date = m.day(12), kind = "phone", successful = false })
      m.event("contact", { date = m.day(19), kind = "phone", successful = false })
      m.attendance { placement_id = trial, hours = trial_hours * WEEKS, level = DROPPED_LEVEL, wobble = WOBBLE }
      m.event("placement_ended", { date = m.day(28), placement_id = trial, reason = "dropped_out" })
      trial = nil
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 1 })
      return
    end
    if handover == "alone" and k == 9 then
      m.say { ja = "訪問を再開。再アセスメントで対人関係が1に戻った。合同ケース会議で、同行して週1回からやり直すことに。",
              en = "Visits resume. The re-assessment finds interpersonal back at 1. A joint case conference: start again, accompanied, once a week." }
      m.event("program_enrolled", { date = m.day(2), program = "outreach" })
      visit(m, 3, false)
      visit(m, 10, true, 40)
      m.event("assessment", { date = m.day(10), kind = "re",
        fdp = { interpersonal = 1, mental = 3, stress = 2, thinking = 3, environment = 3 }, daily_rhythm = 2 })
      m.event("contact", { date = m.day(24), kind = "case_conference", minutes = 90 })
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 1 })
      return
    end
    if handover == "alone" and k == 10 then
      m.event("program_ended", { date = m.day(5), program = "outreach", reason = "moved_on" })
      m.event("contact", { date = m.day(6), kind = "accompany", minutes = 150 })
      trial_hours = TRIAL_HOURS.accompanied
      trial = new_placement(m, 6, "taiken", trial_hours)
      level = RESTART_LEVEL
    end

    if handover == "accompanied" and k == 9 then
      m.say { ja = "再アセスメント：対人関係3・ストレス3。長期化リスクの線（レベル2）を越えた。", en = "Re-assessment: interpersonal 3, stress 3 — above the long-term-risk line (level 2)." }
      m.event("assessment", { date = m.day(10), kind = "re",
        fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 }, daily_rhythm = 4 })
      trial_hours = TRIAL_HOURS_LATER
      m.event("placement_ended", { date = m.day(1), placement_id = trial, reason = "hours_changed" })
      trial = new_placement(m, 1, "taiken", trial_hours)
    end
    if handover == "alone" and k == 13 then
      m.say { ja = "再アセスメント：対人関係2に戻る。同行なしで週2日通えるように。", en = "Re-assessment: interpersonal back to 2. He now goes twice a week without the visitor." }
      m.event("assessment", { date = m.day(10), kind = "re",
        fdp = { interpersonal = 2, mental = 3, stress = 3, thinking = 3, environment = 3 }, daily_rhythm = 3 })
      trial_hours = TRIAL_HOURS_LATER
      m.event("placement_ended", { date = m.day(1), placement_id = trial, reason = "hours_changed" })
      trial = new_placement(m, 1, "taiken", trial_hours)
    end

    -- 職親がアルバイトとして雇う / the host farm hires him part-time
    if handover == "accompanied" and k == 11 and not hired then
      m.say { ja = "農園がアルバイトとして雇いたいと申し出る。週3日×4時間。", en = "The farm offers him a part-time job: 3 days × 4 hours." }
      m.event("placement_ended", { date = m.day(1), placement_id = trial, reason = "hired" })
      trial = new_placement(m, 1, "part_time", PART_TIME_HOURS, { contract = "employment", wage_per_hour_yen = PART_TIME_WAGE })
      trial_hours = PART_TIME_HOURS
      hired = true
    end

    if trial ~= nil then
      m.attendance { placement_id = trial, hours = trial_hours * WEEKS, level = level, wobble = WOBBLE }
    end
    if hired then
      m.event("contact", { date = m.day(15), kind = "interview", minutes = 30, note = "農園での定着の面談" })
    else
      m.event("contact", { date = m.day(15), kind = "accompany", minutes = 90 })
    end
    m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = level >= 0.8 and 3 or 2 })
  end,
}
