---@meta hashigo
---@diagnostic disable: lowercase-global, global-element, unused-local, missing-return, duplicate-doc-field
-- LuaLS type definitions for hashigo rule packs (rules/<region>/*.lua).
-- hashigo rule pack の型定義（エディタ補完用）。実行時には読み込まれません。
--
-- Nothing here runs: the engine never loads this file. rules/.luarc.json points the Lua language
-- server at it, so an editor completes `case.`, `ctx.` and the outcome fields, and flags names the
-- sandbox does not have (os, io, debug, load, coroutine, collectgarbage, print, …).
-- The case view is declared in core/src/engine/case_view_fields.hpp (its part below is generated
-- from there), ctx in core/src/pack/ctx.cpp, outcomes are checked in core/src/engine/outcome.cpp and
-- tests read by core/src/authoring/pack_tests.cpp; tests/cli/schema_doc.sh fails when the
-- generated part is stale, tests/cli/authoring_doc.sh when ctx has a function this file lacks.
--
-- Use in a rule file / ルールファイルでの使い方:
--   ---@type hashigo.StepRule[]
--   local rules = { { id = "X-01", title = { ja = "…", en = "…" },
--                     references = { { id = "jiritsu_ho_kisoku", section = "第4条第1号" } },
--                     decide = function(case, ctx) … end } }
--   return rules

-- ───────────────────────────────── vocabulary ─────────────────────────────────

---A date as text, `YYYY-MM-DD` (the only kind of time rules see: there is no clock).
---@alias hashigo.Date string

---The ladder's stages, lowest first: 生活自立 → 社会自立 → 就労自立 → 中間的就労 → 一般就労.
---@alias hashigo.Stage
---| "life"         # 生活自立: daily living
---| "social"       # 社会自立: social participation
---| "employment"   # 就労自立: readiness for work
---| "intermediate" # 中間的就労: supported / intermediate work
---| "general"      # 一般就労: general employment

---Where the case stands in the support process.
---@alias hashigo.ProcessStatus
---| "intake"      # 相談受付
---| "assessment"  # アセスメント
---| "planning"    # プラン作成中
---| "in_support"  # 支援中 (after 支援調整会議 approval)
---| "evaluation"  # 評価
---| "closed"      # 終結
---| "suspended"   # 中断

---A position on the ladder: a stage, and a rung when the pack declares rungs for that stage.
---@class hashigo.Position
---@field stage hashigo.Stage the stage
---@field rung? string the rung inside the stage (pack.lua `rungs`), nil for stages without rungs

-- ───────────────────────────────── the case view ─────────────────────────────────
-- The case view and its types (hashigo.Text included) are generated from the field table the
-- engine writes the view from; do not edit them here: run
--   hashigo schema view --format lua --update rules/hashigo.d.lua
-- BEGIN generated: hashigo schema view --format lua
---The read-only case a rule receives (first argument of `decide`). Every number is computed by the core from the events dated on or before `as_of`; a fact that is not known is nil. Writing to it is an error ("attempt to modify read-only case field …").
---ルールが受け取る読み取り専用のケース（`decide` の1つ目の引数）。数はすべて評価日までの記録からコアが計算する。分からない事実は nil。書き込むとエラー（attempt to modify read-only case field …）
---@class hashigo.Case
---@field age? integer whole years at as_of; nil without person.birth_date / 評価日の満年齢（生年月日がなければ nil）
---@field agencies hashigo.CaseAgency[] the agencies holding the case now, in the order they joined (one alone, several jointly) / いまケースを持っている機関（加わった順。単独なら1つ、共同なら複数）
---@field appraisal? hashigo.Appraisal the latest 人事考課 appraisal with its items; nil before any / 最新の人事考課と項目（まだなければ nil）
---@field appraisal_average? number mean item score (1–5) of the latest 人事考課 appraisal; nil before any / 最新の人事考課の項目の平均（1〜5。まだなければ nil）
---@field as_of hashigo.Date the day being decided (same as ctx.as_of) / 評価日（`ctx.as_of` と同じ）
---@field attendance_14d? number attended ÷ scheduled hours over the last 14 days (0–1, prorated); nil with nothing scheduled / 直近14日の出勤率（出勤÷予定時間、0〜1、按分）。予定がなければ nil
---@field attendance_30d? number the same over the last 30 days / 同じく直近30日
---@field attendance_90d? number the same over the last 90 days / 同じく直近90日
---@field closure_agreed? boolean whether the person agreed to the closure (the `closed` event's `agreed`); nil when not recorded or open / 本人が終結に同意したか（`closed` の `agreed`。記録がない・終結していなければ nil）
---@field closure_reason? string reason code of the closure (employed, goal_achieved, …); nil while open / 終結理由のコード（`employed`・`goal_achieved` …。終結していなければ nil）
---@field concerns string[] concerns on as_of: recorded at intake, changed by `concerns_changed` ("job_search", "debt", "lgbt", …; the codes are listed in docs/case-format.md) / 評価日の困りごと（受付時に記録し `concerns_changed` で変わる：`job_search`・`debt`・`lgbt` …。一覧は docs/case-format.md）
---@field consent boolean the person consented to information sharing (情報共有への同意) / 情報共有への同意
---@field contacts table<string, hashigo.ContactKind> every kind of contact ever tried (follow-ups included), by kind; a kind never tried is nil / 試みたことのある連絡の種類ごとの記録（フォローアップを含む）。試みたことのない種類は nil
---@field contacts_30d table<string, integer> successful contacts of the last 30 days by kind (interview, home_visit, phone, …) / 直近30日に連絡がとれた回数（種類別：`interview`・`home_visit`・`phone` …）
---@field days_since_appraisal? integer days since the latest appraisal; nil before any / 最新の人事考課からの日数（まだなければ nil）
---@field days_since_contact? integer days since the last successful contact (follow-ups included); nil before any / 最後に連絡がとれてからの日数（フォローアップを含む。まだなければ nil）
---@field days_since_hire? integer days since hired_on (retention visits at 1, 3 and 6 months); nil before any hire / `hired_on` からの日数（定着支援の1・3・6か月。まだなければ nil）
---@field days_since_review? integer days since the latest review; nil before any / 最新の振り返りからの日数（まだなければ nil）
---@field days_to_plan_end? integer days from as_of to plan.end_on, negative once it has passed; nil without a plan / 評価日からプラン終了日までの日数（過ぎると負。プランがなければ nil）
---@field episode integer episode number: 1, then +1 at each `reopened` / 受付の回数：1、再開（`reopened`）ごとに +1
---@field failed_contacts integer failed contact attempts since the last successful contact / 最後に連絡がとれてから、とれなかった試みの回数
---@field fdp? hashigo.Fdp the latest Five Different Positions result; nil before any assessment with FDP / 最新の Five Different Positions の結果（FDP のアセスメントの前は nil）
---@field follow_ups hashigo.FollowUps follow-ups (`follow_up` events), which a closed case still takes / フォローアップ（`follow_up`）。終結したケースも受ける
---@field goal_attainment? number goals achieved ÷ goals total at the latest review (0–1); nil before any / 最新の振り返りの目標達成率（達成÷目標数、0〜1。まだなければ nil）
---@field hired_on? hashigo.Date start of the latest placement on an employment contract; nil before any / 雇用契約の就労先で最も新しく始まった日（まだなければ nil）
---@field hours_per_week number weekly hours summed over active placements (0 without one) / 有効な就労先の週あたり時間の合計（なければ 0）
---@field household hashigo.Household the household; eligibility is tested per household / 世帯（資格は世帯ごとに判断する）
---@field id string case id / ケース ID
---@field in_school boolean enrolled in a school on as_of / 評価日に在学中
---@field intake_source string who brought the case: "self", "family", "hellowork", "houkatsu", … / 相談経路：`self`・`family`・`hellowork`・`houkatsu` …
---@field job_loss? hashigo.JobLoss the latest job loss recorded (`job_lost` event); nil if none / 記録された最新の離職（`job_lost`。なければ nil）
---@field job_search_30d hashigo.JobSearch job search in records ending in the last 30 days / 直近30日に終わる求職活動の記録
---@field lead_agency? string the lead agency's id; nil when no agency leads / 主担当の機関の ID（いなければ nil）
---@field legal? hashigo.Legal the latest legal status (触法・更生); nil when none is recorded / 触法・更生の最新の状況（記録がなければ nil）
---@field meetings hashigo.Meeting[] the meetings that discussed the case (every episode), in date order / ケースを話し合った会議（すべての受付期間、日付順）
---@field min_fdp_axis? integer lowest Five Different Positions axis (1 most severe … 5) of the latest assessment with FDP / FDP のある最新のアセスメントの最も低い軸（1が最も重い〜5）
---@field months_in_rung integer whole months since the current position (stage and rung) was entered / 今の位置（段階と段）に入ってからの満月数
---@field months_in_stage integer whole months since the current stage was entered / 今の段階に入ってからの満月数
---@field months_open integer whole months since the episode opened / 今の受付期間が始まってからの満月数
---@field opened_on hashigo.Date day the current episode opened (its intake, or the last reopening) / 今の受付期間の開始日（受付か、最後の再開）
---@field person hashigo.Person the person (no name, no birth date: only what rules need) / 本人（氏名も生年月日もなく、ルールに要ることだけ）
---@field placement? hashigo.Placement the most recently started active placement; nil when none is active / 最も新しく始まった有効な就労先（なければ nil）
---@field placements hashigo.Placement[] every placement, in the order started / すべての就労先（体験・訓練・雇用）、始まった順
---@field plan? hashigo.Plan the current support plan; nil before a `plan` event / 今の支援プラン（`plan` の記録の前は nil）
---@field position_since hashigo.Date day the current position (stage and rung) was entered / 今の位置（段階と段）に入った日
---@field previous_min_fdp_axis? integer the same for the assessment before it (to see a fall) / その前の FDP の最も低い軸（下がったかを見る）
---@field profile? hashigo.WorkProfile what assessments said for matching; nil before an assessment recorded interests, strengths, constraints, … / マッチングのためのアセスメント（興味・強み・条件 … を記録したアセスメントの前は nil）
---@field programs table<string, hashigo.Program> programmes by name (jyunbi, kakei, jukyo, …): every programme ever enrolled / 事業名（`jyunbi`・`kakei`・`jukyo` …）ごとの利用。利用したことのある事業すべて
---@field referrals hashigo.Referral[] referrals made, in the order made / つなぎ、つないだ順
---@field review_kind? "monthly"|"evaluation" kind of the latest review; nil before any / 最新の振り返りの種類（まだなければ nil）
---@field rung? string current rung inside the stage; nil when the stage has no rungs / 段階の中の今の段（段のない段階では nil）
---@field school? hashigo.School the current school, or the last one left; nil when no schooling is recorded / 今の学校か最後に離れた学校（学校の記録がなければ nil）
---@field screening "continue"|"refer_out"|"info_only" intake screening / 受付時のスクリーニング
---@field stage hashigo.Stage current stage on the ladder / 梯子の今の段階
---@field status hashigo.ProcessStatus process status on as_of / 評価日の支援の状態
---@field status_since hashigo.Date day the case entered its current status (the day it closed, was suspended, …) / 今の状態になった日（終結・中断の日など）
---@field unannounced_absences_30d integer unannounced absences in attendance records ending in the last 30 days / 直近30日に終わる出勤記録の無断欠勤の回数
---@field wage_per_hour_yen? number highest hourly wage over active placements; nil when none is paid by the hour / 有効な就労先の最高の時給（時給の就労先がなければ nil）

---The person (no name, no birth date: only what rules need).
---本人（氏名も生年月日もなく、ルールに要ることだけ）
---@class hashigo.Person
---@field basic_pension_grade? integer 障害基礎年金 grade 1 or 2 when received; nil otherwise / 障害基礎年金の等級 1 か 2（受けていなければ nil）
---@field disability_cert "none"|"shintai"|"ryoiku"|"seishin"|"applying" disability certificate / 障害者手帳
---@field disability_grade? string certificate grade as recorded ("3級"); nil when not recorded / 手帳の等級（記録のまま「3級」。なければ nil）
---@field gender "male"|"female"|"other"|"unknown" gender / 性別

---The household; eligibility is tested per household. The finance fields appear once a `household_finance` event exists.
---世帯（資格は世帯ごとに判断する）。家計の項目は `household_finance` の記録があるときだけ
---@class hashigo.Household
---@field arrears_months? integer months of arrears (rent, utilities, …) / 滞納の月数（家賃・公共料金など）
---@field debt_total_yen? integer total debt in yen / 負債の総額（円）
---@field expenses_yen? integer monthly expenses in yen, when the latest household_finance gave them / 月の支出（円。最新の家計の記録にあれば）
---@field finance_as_of? hashigo.Date date of the latest household_finance event (in a linked household, the newest in any member's case) / 最新の家計の記録の日（つながった世帯では世帯員のケースのうち最新のもの）
---@field financial_assets_yen? integer household financial assets in yen / 世帯の金融資産（円）
---@field has_member_65_plus boolean someone in the household (the person and linked members included) is 65 or older on as_of / 評価日に65歳以上の人が世帯にいる（本人・つながった世帯の世帯員を含む）
---@field housing ""|"owned"|"rented"|"public"|"company"|"homeless"|"facility"|"other" housing / 住まい
---@field income_yen? integer monthly household income, from the latest household_finance event / 世帯の月収（最新の家計の記録）
---@field kind ""|"single"|"couple"|"single_parent"|"multi_gen"|"8050"|"other" kind of household (a linked household record's kind, when it gives one) / 世帯の形（つながった世帯の記録に形があればそれ）
---@field linked? hashigo.LinkedHousehold the household record linking this case to others (`hashigo household new`), showing the other members and their cases; nil when not linked / ケースをつなぐ世帯の記録（`hashigo household new`）。ほかの世帯員とそのケースが見える。つながっていなければ nil
---@field moved_on? hashigo.Date day of the latest `household_moved`; nil when the household never moved during the case / 最後の転居（`household_moved`）の日（支援中に転居していなければ nil）
---@field municipality? string the municipality's 全国地方公共団体コード, six digits ("142051" Fujisawa); nil when not recorded / 市区町村の全国地方公共団体コード6桁（`"142051"` 藤沢市。記録がなければ nil）
---@field on_public_assistance boolean the household receives 生活保護 / 世帯が生活保護を受けている
---@field prefecture? string where the household lives: JIS X 0401 prefecture code, "01" … "47" ("14" Kanagawa); nil when not recorded / 住所地の都道府県コード（JIS X 0401 の2桁、`"14"` 神奈川県。記録がなければ nil）
---@field prefecture_name? hashigo.Text the prefecture's name (神奈川県 / Kanagawa); nil when not recorded / 都道府県の名前（神奈川県 / Kanagawa。記録がなければ nil）
---@field rent_yen integer monthly rent in yen (0 when none) / 月の家賃（円。なければ 0）
---@field size integer people in the household, the person included (never fewer than a linked household record's members) / 世帯の人数（本人を含む。つながった世帯の記録の世帯員の数より少なくはならない）

---The household record that links cases (`hashigo.household/1`), the version in force on as_of.
---ケースをつなぐ世帯の記録（`hashigo.household/1`、評価日に有効な版）
---@class hashigo.LinkedHousehold
---@field finance_case? string the case whose household_finance the household's finance fields show, when another member's record is newer; nil for the case's own / 世帯の家計の項目が示す記録のケース（ほかの世帯員のケースの記録のほうが新しいとき。本人のケースの記録なら nil）
---@field id string the household record's id / 世帯の記録の ID
---@field kind? "single"|"couple"|"single_parent"|"multi_gen"|"8050"|"other" kind of household; nil when the record gives none / 世帯の形（記録になければ nil）
---@field members hashigo.HouseholdMember[] the members, the person included, in the record's order / 世帯員（本人を含む、記録の順）
---@field since hashigo.Date day this version of the record took effect / この版の記録が有効になった日

---A member of the linked household, and where their own case stands on as_of.
---つながった世帯の一員と、その人のケースの評価日の状況
---@class hashigo.HouseholdMember
---@field age? integer age on as_of; nil when the birth date is not known / 評価日の年齢（生年月日が分からなければ nil）
---@field case? string the member's case id; nil for a member without a case / その人のケース ID（ケースのない世帯員は nil）
---@field closure_reason? string the member's closure reason; nil unless their case is closed / その人のケースの終結理由（終結していなければ nil）
---@field programs string[] programmes the member is using on as_of; empty without a case / その人が評価日に利用中の事業（ケースがなければ空）
---@field relation "head"|"spouse"|"parent"|"child"|"sibling"|"grandparent"|"grandchild"|"other" relation to the head of the household / 世帯主との続柄
---@field rung? string the member's rung; nil without one or without a case / その人の梯子の段（段のない段階・ケースがなければ nil）
---@field self boolean this is the person of the case being evaluated / 評価しているケースの本人
---@field stage? "life"|"social"|"employment"|"intermediate"|"general" the member's stage; nil without a case or before it opened / その人の梯子の段階（ケースがない・まだ開いていなければ nil）
---@field status? "intake"|"assessment"|"planning"|"in_support"|"evaluation"|"closed"|"suspended" the member's case status; nil without a case or before it opened / その人のケースの状態（ケースがない・まだ開いていなければ nil）
---@field status_since? hashigo.Date day the member's case entered its status / その人のケースが今の状態になった日

---The current support plan.
---今の支援プラン
---@class hashigo.Plan
---@field approved boolean the plan was approved (plan_approved, 支援調整会議) / プランが承認された（`plan_approved`、支援調整会議）
---@field approved_by? "shien_chosei"|"shien_kaigi"|"joint_case"|"case_review"|"centre" the kind of meeting that approved it, or centre (the centre alone); nil while not approved / 承認した会議の種類か `centre`（センター単独）。未承認なら nil
---@field approved_on? hashigo.Date day it was approved; nil while not approved / 承認された日（未承認なら nil）
---@field end_on hashigo.Date last day of the plan period / プラン期間の最終日
---@field goals integer number of goals in the plan / プランの目標の数
---@field meeting_id? string the meeting whose decision approved it (when a meeting record did); nil otherwise / 承認した会議の ID（会議の記録の決定で承認されたとき。ほかは nil）
---@field review boolean not the episode's first plan (a re-plan) / この受付期間の最初のプランではない（再プラン）
---@field start_on hashigo.Date first day of the plan period / プラン期間の初日

---One programme, all its enrolments merged.
---1つの事業。その利用をすべてまとめたもの
---@class hashigo.Program
---@field active boolean an enrolment is active on as_of / 評価日に利用中のものがある
---@field extensions integer program_extended events on the active enrolment (0 when none is active) / 利用中のものの延長の回数（利用中がなければ 0）
---@field history hashigo.ProgramEnrolment[] every enrolment of this programme, in order / この事業のすべての利用（順に）
---@field last_end_on? hashigo.Date end of the last ended enrolment; nil if none has ended / 最後に終わった利用の終了日（終わったものがなければ nil）
---@field last_end_reason? string reason of the last ended enrolment; nil if none has ended / 最後に終わった利用の理由（終わったものがなければ nil）
---@field months integer whole months of use, all enrolments summed (to their end or to as_of) / 利用の満月数（すべての利用の合計。終わりか評価日まで）
---@field months_granted integer months granted, all enrolments summed; an active one counts to its planned end, a started month counting whole / 認められた月数の合計（利用中のものは予定の終了まで、始まった月を1か月と数える）
---@field planned_end_on? hashigo.Date planned end of the active enrolment; nil when none is active or none was planned / 利用中のものの予定の終了日（利用中がないか予定がなければ nil）
---@field route? string route of the active enrolment (e.g. "income_asset"); nil when none is active / 利用中のものの経路（`income_asset` など。利用中がなければ nil）
---@field start_on? hashigo.Date start of the active enrolment; nil when none is active / 利用中のものの開始日（利用中がなければ nil）

---One enrolment in a programme.
---事業への1回の利用
---@class hashigo.ProgramEnrolment
---@field end_on? hashigo.Date day it ended; nil while active / 終わった日（利用中は nil）
---@field end_reason string program_ended reason ("" while active) / `program_ended` の理由（利用中は ""）
---@field extensions integer program_extended events on this enrolment / この利用の延長（`program_extended`）の回数
---@field planned_end_on? hashigo.Date planned end (after extensions); nil if none was planned / 予定の終了日（延長後。予定がなければ nil）
---@field route string route recorded at enrolment ("" if none) / 利用の経路（記録がなければ ""）
---@field start_on hashigo.Date day the enrolment started / 利用を始めた日

---A placement: 見学, 体験, 訓練, commuter, staff or general employment.
---就労先：見学・体験・訓練・コミューター・スタッフ・一般就労
---@class hashigo.Placement
---@field active boolean not ended on as_of / 評価日に終わっていない
---@field contract "none"|"commuter_confirmation"|"employment" contract / 契約
---@field employer string employer or host ("" when not recorded) / 受け入れ先（記録がなければ ""）
---@field employer_id? string the employer record's id when the placement came from a carved task; nil otherwise / 事業所の記録の ID（しごと情報から始まったとき。なければ nil）
---@field end_on? hashigo.Date day it ended; nil while active / 終わった日（続いていれば nil）
---@field hours_per_week number scheduled hours per week / 週あたりの予定時間
---@field id string placement id / 就労先の ID
---@field kind "kengaku"|"taiken"|"kunren_hikoyo"|"kunren_koyo"|"commuter_unpaid"|"commuter_paid"|"minwage_staff"|"regular_staff"|"part_time"|"full_time"|"shogai_koyo" kind / 種類
---@field start_on hashigo.Date first day / 初日
---@field stipend_per_shift_yen? integer stipend per shift (commuters); nil when none / 1回あたりの謝礼（コミューター。なければ nil）
---@field task_id? string the carved task's id (しごと情報); nil when the placement names none / しごと情報（切り出した作業）の ID（なければ nil）
---@field wage_per_hour_yen? number hourly wage; nil when not paid by the hour / 時給（時給でなければ nil）

---What assessments said for matching: interests, strengths, qualifications, the conditions and support needed, hours, wishes.
---マッチングのためのアセスメント：興味・強み・資格・必要な条件と支援・週の時間・希望
---@class hashigo.WorkProfile
---@field assessed_on hashigo.Date day of the latest assessment that changed it / これを変えた最新のアセスメントの日
---@field constraints string[] what the person needs of a workplace / 働く場に必要な条件
---@field hours_per_week_max? number the most hours a week the person can work now; nil when not recorded / いま働ける週あたりの時間の上限（記録がなければ nil）
---@field interests string[] fields of work the person is drawn to (codes) / 興味・関心のある仕事の分野（コード）
---@field qualifications string[] qualifications held (codes) / 持っている資格（コード）
---@field strengths string[] strengths (codes) / 強み・できること（コード）
---@field supports_needed string[] the support the person needs at work / 働くときに必要な支援
---@field wishes? string the person's wishes in their words; nil when not recorded / 本人の希望（本人の言葉で。なければ nil）

---An agency holding the case (from `agency_joined`; its role and more when its agency record is known).
---ケースを持つ機関（`agency_joined` から。機関の記録があれば役割など）
---@class hashigo.CaseAgency
---@field agreed? boolean the person agreed to its joining; nil when not recorded / 本人が加わることに同意した（自発性の確認。記録がなければ nil）
---@field id string the agency's id / 機関の ID
---@field in_area? boolean it serves the household's municipality; nil when the municipality or the agency record is not known / 世帯の市区町村を担当している（市区町村か機関の記録が分からなければ nil）
---@field joined_on hashigo.Date the day it started holding the case / ケースを持ちはじめた日
---@field kikan boolean a core (基幹型) Nakapotsu centre; false without its agency record / なかぽつ基幹型（機関の記録がなければ false）
---@field lead boolean the lead agency / 主担当の機関
---@field name? string the agency's name; nil without its agency record / 機関の名前（機関の記録がなければ nil）
---@field referral_id? string the referral it answered by joining; nil when none / 加わるもとになったつなぎの ID（なければ nil）
---@field role? "municipality"|"centre"|"hellowork"|"saposute"|"nakapotsu"|"houkatsu"|"shakyo"|"medical"|"employer"|"school"|"probation"|"other" its role in the network; nil without its agency record / ネットワークでの役割（機関の記録がなければ nil）
---@field supervised_by? string the core centre that names it a partner centre; nil when none / 協力センターとして支える基幹型センターの ID（なければ nil）

---A referral to another agency.
---つなぎ（他機関への紹介）
---@class hashigo.Referral
---@field agency_id? string the agency referred to; nil when the referral names none / つないだ機関の ID（機関を名指ししていなければ nil）
---@field id string referral id / つなぎの ID
---@field made_on hashigo.Date day the referral was made / つないだ日
---@field status "made"|"accepted"|"rejected"|"done" its status / 状況
---@field target string where the person was referred ("hellowork", "saposute", …) / つなぎ先（`hellowork`・`saposute` …）
---@field warm_handoff boolean the worker went along (同行・つなぎ) / 支援員が同行した（同行・つなぎ）

---A meeting that discussed the case (`meeting` event).
---ケースを話し合った会議（`meeting`）
---@class hashigo.Meeting
---@field decisions hashigo.MeetingDecision[] what it decided about the case / このケースについての決定
---@field id string the meeting's id / 会議の ID
---@field kind "shien_chosei"|"shien_kaigi"|"joint_case"|"case_review" kind of meeting / 会議の種類
---@field on hashigo.Date day of the meeting / 会議の日

---One decision of a meeting about the case.
---会議の決定
---@class hashigo.MeetingDecision
---@field decision "plan_approved"|"plan_returned"|"support_decided"|"step_confirmed"|"suspension_reported"|"closure_reported"|"referral_agreed"|"info_shared" the decision / 決定
---@field program? string the programme decided (support_decided, when named); nil otherwise / 支援決定した事業（`support_decided` で書かれたとき。ほかは nil）
---@field target? string the referral target agreed (referral_agreed, when named); nil otherwise / 合意したつなぎ先（`referral_agreed` で書かれたとき。ほかは nil）
---@field to? string where the confirmed step goes, `stage/rung` (step_confirmed); nil otherwise / 確認したステップの行き先 `stage/rung`（`step_confirmed`。ほかは nil）

---Contacts of one kind (interview, home_visit, phone, retention_visit, …), over the whole case.
---ある種類の連絡（面談・訪問・電話・定着支援の訪問 …）のケース全体での記録
---@class hashigo.ContactKind
---@field attempted integer how many were made or tried (successful ones included) / 試みた回数（とれた連絡を含む）
---@field days_since? integer days since a contact of this kind last reached the person; nil when none did / この種類で最後に連絡がとれてからの日数（とれたことがなければ nil）
---@field days_since_attempt integer days since the last one, successful or not / 最後の試み（とれなかったものを含む）からの日数
---@field last_attempt_on hashigo.Date the last one, successful or not / 最後の試みの日（とれなかったものを含む）
---@field last_on? hashigo.Date the last one that reached the person; nil when none did / 最後に連絡がとれた日（とれたことがなければ nil）
---@field successful integer how many reached the person / 連絡がとれた回数

---Follow-ups (`follow_up` events), which a closed case still takes.
---フォローアップ・定着支援（`follow_up`）。終結したケースも受ける
---@class hashigo.FollowUps
---@field after_closure integer follow-ups that reached the person after the closure in force (0 while the case is open) / 今の終結のあとにとれた回数（支援中は 0）
---@field attempts integer follow-ups made or tried / 試みた回数
---@field count integer follow-ups that reached the person / 連絡がとれた回数
---@field days_since? integer days since then; nil before any / 最後にとれてからの日数（まだなければ nil）
---@field last_on? hashigo.Date the last one that reached the person; nil before any / 最後に連絡がとれた日（まだなければ nil）

---The latest 人事考課 appraisal.
---最新の人事考課
---@class hashigo.Appraisal
---@field items table<string, integer> item name → score 1–5 ("rules", "responsibility", "ambition", "horenso", …) / 項目名 → 点数 1〜5（`rules`・`responsibility`・`ambition`・`horenso` …）
---@field on hashigo.Date day of the appraisal / 人事考課の日
---@field placement_id? string the placement appraised; nil when not given / 考課した就労先（記録がなければ nil）

---Five Different Positions (diversity network committee minutes): each axis 1 (most severe) to 5.
---Five Different Positions（多様な就労支援ネットワークの委員会資料）：各軸 1（最も重い）〜5
---@class hashigo.Fdp
---@field environment integer environment / 環境
---@field interpersonal integer relations with others / 対人関係
---@field mental integer mental state / 精神面
---@field stress integer tolerance of stress / ストレス耐性
---@field thinking integer thinking / 思考

---The current school, or the last one left, with every school recorded.
---今の学校（または最後に離れた学校）と、記録されたすべての学校
---@class hashigo.School
---@field enrolled boolean enrolled on as_of (same as case.in_school) / 評価日に在学中（`case.in_school` と同じ）
---@field enrolled_on? hashigo.Date day of enrolment; nil for a school known only from its leaving / 入学日（離れたことだけが分かる学校では nil）
---@field expected_graduation_on? hashigo.Date planned graduation (卒業予定日); nil when not recorded / 卒業予定日（記録がなければ nil）
---@field graduated boolean the person graduated from this school / この学校を卒業した
---@field history hashigo.SchoolRecord[] every school recorded, in order; the last is this one / 記録されたすべての学校（順に。最後がこの学校）
---@field kind "junior_high"|"high"|"high_part_time"|"high_correspondence"|"special_needs_high"|"kosen"|"university"|"vocational"|"other" school kind / 学校の種類
---@field left_on? hashigo.Date day the person left; nil while enrolled / 離れた日（在学中は nil）
---@field left_reason? "graduated"|"dropped_out"|"other" why the person left; nil while enrolled / 離れた理由（在学中は nil）

---One school recorded.
---記録された学校の1つ
---@class hashigo.SchoolRecord
---@field enrolled_on? hashigo.Date day of enrolment, when recorded / 入学日（記録があれば）
---@field expected_graduation_on? hashigo.Date planned graduation, when recorded / 卒業予定日（記録があれば）
---@field kind string school kind, as School.kind / 学校の種類（`School.kind` と同じ）
---@field left_on? hashigo.Date day the person left; nil while enrolled / 離れた日（在学中は nil）
---@field left_reason? "graduated"|"dropped_out"|"other" why the person left; nil while enrolled / 離れた理由（在学中は nil）

---The person's latest recorded standing with the criminal justice system (触法・更生).
---触法・更生の最新の状況
---@class hashigo.Legal
---@field ends_on? hashigo.Date end of a parole, probation or suspension period; nil when not fixed / 仮釈放・保護観察・猶予の期間の終わり（決まっていなければ nil）
---@field released_on? hashigo.Date day the person left prison (出所), the latest recorded; nil when none / 出所日（記録された最新のもの。なければ nil）
---@field since? hashigo.Date day the status began (may precede the intake); nil when not recorded / その状況が始まった日（受付より前のこともある。記録がなければ nil）
---@field status "none"|"suspect"|"defendant"|"incarcerated"|"juvenile_training"|"parole"|"probation"|"suspended_sentence"|"sentence_served" the status / 状況
---@field supervised boolean under probation supervision (保護観察: parole or probation, until its end) / 保護観察中（仮釈放か保護観察で、期間が終わっていない）

---The latest job loss recorded (`job_lost` event).
---記録された最新の離職（`job_lost`）
---@class hashigo.JobLoss
---@field cause "dismissal"|"contract_end"|"business_closure"|"income_drop"|"other" why the work was lost / 離職の理由
---@field lost_on hashigo.Date day the work was lost (may precede the intake) / 離職日（受付より前のこともある）
---@field main_earner boolean the person was the household's main earner / 本人が世帯の主たる生計維持者だった

---Job search in records ending in the last 30 days (HK-04).
---直近30日に終わる求職活動の記録の合計（住居確保給付金 HK-04）
---@class hashigo.JobSearch
---@field applications integer job applications / 応募の数
---@field hw_consultations integer Hello Work consultations / ハローワークでの相談の数
---@field job_interviews integer job interviews / 面接の数
---@field records integer job_search records counted / 数えた `job_search` の記録の数

---Text in both languages. Rule titles must be this table; outcome `reason`/`plain` may also be one string, used for both languages.
---日本語と英語の文（ルールの題名はこの表。結果の `reason`・`plain` は1つの文字列でもよく、両方の言語に使われる）
---@class hashigo.Text
---@field en string English (plain English for `plain`) / 英語（`plain` ではやさしい英語）
---@field ja string Japanese (やさしい日本語 for `plain`) / 日本語（`plain` ではやさしい日本語）
-- END generated: hashigo schema view --format lua

-- ───────────────────────────────── ctx ─────────────────────────────────

---The second argument of `decide`: the day, the region, the ladder around the case and the helpers.
---Compare through at_least/at_most/above/below/equals rather than `>=`: the engine records each
---comparison, so a decision can say "attendance 72% — needs >= 80%" and what would flip it.
---@class hashigo.Ctx
---@field as_of hashigo.Date the day being decided; use it instead of a clock
---@field region string the region whose pack is evaluating (the pack's folder name)
---@field position hashigo.Position the case's current position
---@field up? hashigo.Position the next position up the pack's ladder; nil at the top
---@field down? hashigo.Position the next position down; nil at the bottom
local ctx = {}

---The value of a parameter in force on ctx.as_of (the region's value over its base's).
---Raises "unknown parameter" when the pack declares no such parameter, or when an effective-dated
---parameter has no value yet on as_of (its first date is later).
---@param name string parameter name from pack.lua `parameters`
---@return any value a number, string, boolean or table (read it, do not modify it)
function ctx.param(name) end

---`value >= threshold`, recorded for explanations. A nil value gives false ("unknown").
---@param label string what is compared, shown in explanations; use the case field name ("attendance_30d"). Labels with attendance/attainment/rate/ratio and a threshold between 0 and 1 print as percentages; labels starting months_ or days_in print the shortfall ("1 more month(s)").
---@param value number? the fact, usually a case field
---@param threshold number|string a number, or the name of a numeric parameter (recorded with the check)
---@return boolean
function ctx.at_least(label, value, threshold) end

---`value <= threshold`, recorded for explanations. A nil value gives false.
---@param label string what is compared (see at_least)
---@param value number? the fact
---@param threshold number|string a number or a numeric parameter's name
---@return boolean
function ctx.at_most(label, value, threshold) end

---`value > threshold`, recorded for explanations. A nil value gives false.
---@param label string what is compared (see at_least)
---@param value number? the fact
---@param threshold number|string a number or a numeric parameter's name
---@return boolean
function ctx.above(label, value, threshold) end

---`value < threshold`, recorded for explanations. A nil value gives false.
---@param label string what is compared (see at_least)
---@param value number? the fact
---@param threshold number|string a number or a numeric parameter's name
---@return boolean
function ctx.below(label, value, threshold) end

---Raw equality `value == expected`, recorded for explanations. Unlike the comparisons, a string
---`expected` is compared as text, never looked up as a parameter: pass ctx.param("x") for that.
---@param label string what is compared
---@param value boolean|string|number|nil the fact
---@param expected boolean|string|number|nil the value it must equal
---@return boolean
function ctx.equals(label, value, expected) end

---The date `n` days after `date` (n may be negative). Raises on a malformed date.
---@param date hashigo.Date
---@param n integer
---@return hashigo.Date
function ctx.add_days(date, n) end

---Days from `from` to `to` (negative when `to` is earlier). Raises on a malformed date.
---@param from hashigo.Date
---@param to hashigo.Date
---@return integer
function ctx.days_between(from, to) end

-- ───────────────────────────────── rules and outcomes ─────────────────────────────────

---What every rule table has. A module file (stepup.lua, …) returns a list of rules.
---@class hashigo.Rule
---Any other key is an error (RULE005).
---@field id string unique id; a region rule with a base rule's id replaces it in place
---@field title hashigo.Text title in Japanese and English (both required by `hashigo check`); a replacement without one keeps the replaced rule's
---@field references? hashigo.Citation[] the documents the rule encodes (`hashigo check` warns without them); a replacement without them keeps the replaced rule's references and note. `source` is refused: cite the bibliography instead
---@field note? hashigo.Text|string free text beside the references, e.g. which of its thresholds are defaults
---@field allows_skip? boolean stepup: the move it proposes may pass over a stage or rung (a replacement without it keeps the replaced rule's)
---@field supersedes? string[] stepup: ids of step rules whose proposals are dropped when this rule fires ("superseded by" it); a replacement adds to the replaced rule's list
---@field applies_to? hashigo.Scope the stages and statuses of the cases the rule can fire for: the engine does not run it for other cases, and `hashigo check` runs it there anyway and fails when it fires (a replacement without a decide of its own keeps the replaced rule's)
---@field decide? fun(case: hashigo.Case, ctx: hashigo.Ctx, base?: fun(case: hashigo.Case, ctx: hashigo.Ctx): table?): table? nil when the rule does not apply, else its outcome. A replacing rule gets `base`, the rule it replaces; it may leave decide out to change only the declarations

---Where a rule can fire (`applies_to`). A list left out means any; at least one is given.
---@class hashigo.Scope
---@field stages? ("life"|"social"|"employment"|"intermediate"|"general")[] the stages of the cases it decides
---@field statuses? ("intake"|"assessment"|"planning"|"in_support"|"evaluation"|"closed"|"suspended")[] their process statuses

---A rule of stepup.lua.
---@class hashigo.StepRule: hashigo.Rule
---@field decide? fun(case: hashigo.Case, ctx: hashigo.Ctx, base?: fun(case: hashigo.Case, ctx: hashigo.Ctx): hashigo.StepOutcome?): hashigo.StepOutcome?

---A rule of eligibility.lua.
---@class hashigo.EligibilityRule: hashigo.Rule
---@field decide? fun(case: hashigo.Case, ctx: hashigo.Ctx, base?: fun(case: hashigo.Case, ctx: hashigo.Ctx): hashigo.EligibilityOutcome?): hashigo.EligibilityOutcome?

---A rule of referral.lua.
---@class hashigo.ReferralRule: hashigo.Rule
---@field decide? fun(case: hashigo.Case, ctx: hashigo.Ctx, base?: fun(case: hashigo.Case, ctx: hashigo.Ctx): hashigo.ReferralOutcome?): hashigo.ReferralOutcome?

---A rule of alerts.lua.
---@class hashigo.AlertRule: hashigo.Rule
---@field decide? fun(case: hashigo.Case, ctx: hashigo.Ctx, base?: fun(case: hashigo.Case, ctx: hashigo.Ctx): hashigo.AlertOutcome?): hashigo.AlertOutcome?

---A criterion of matching.lua: scores one carved task for one case (`hashigo match`).
---@class hashigo.MatchingRule: hashigo.Rule
---@field decide? fun(case: hashigo.Case, task: hashigo.Task, ctx: hashigo.Ctx, base?: fun(case: hashigo.Case, task: hashigo.Task, ctx: hashigo.Ctx): hashigo.MatchOutcome?): hashigo.MatchOutcome?

---A carved task as matching criteria read it (`task`): the しごと情報 sheet's fields
---(docs/schema/employer.schema.json, CarvedTask) and what the engine adds.
---@class hashigo.Task
---@field id string the task's id
---@field title hashigo.Text its name
---@field employer { id: string, name: string, industry?: string, legal_form?: string, municipality?: string, kunren_certified: boolean } the employer
---@field job? string the job it was carved from (業務名)
---@field place? string where it is worked
---@field breakdown { time?: string, work: string, content?: string, minutes?: integer, qualified_only: boolean }[] the 業務分解 rows
---@field qualified_only_minutes integer the minutes of its ★ rows
---@field days_per_week number days a week
---@field hours_per_day number hours a day
---@field hours_per_week number days × hours
---@field wage_forms string[] placement kinds it can be worked as
---@field fields string[] fields of work (codes), compared with `case.profile.interests`
---@field skills string[] skills (codes), compared with `case.profile.strengths`
---@field qualification? string the qualification it requires (★)
---@field supports string[] the support the workplace gives
---@field conditions string[] what the workplace offers
---@field openings integer people it can take at once
---@field open integer places not taken on the day (the case's own place counts as open)

---matching.lua outcome: points added to the task's score, or the task excluded.
---@class hashigo.MatchOutcome
---@field points? number -100 to 100; required unless exclude
---@field exclude? boolean the task does not fit this person
---@field reason hashigo.Text|string why, for staff
---@field plain? hashigo.Text|string why, in plain words

---@alias hashigo.Step
---| "up"   # move up (to `to`, or the next position up)
---| "down" # move down (to `to`, or the next position down); beats hold and up
---| "hold" # no move, and it stops any up; beats up
---| "stay" # explicitly no move (listed as a reason only when no rule proposes a move)

---stepup.lua outcome. Down beats hold beats up; rules proposing the winning step must agree on `to`.
---@class hashigo.StepOutcome
---@field step hashigo.Step the proposal
---@field to? hashigo.Position target; default: the neighbour on the pack's ladder (up/down)
---@field reason hashigo.Text|string why, for staff
---@field plain? hashigo.Text|string why, in plain words for the person (default: reason)

---eligibility.lua outcome. Any rule saying eligible = true makes the programme eligible.
---@class hashigo.EligibilityOutcome
---@field program string programme name ("jyunbi", …)
---@field eligible boolean this rule's verdict
---@field route? string the route that makes it eligible (collected over the rules saying yes)
---@field reason hashigo.Text|string why, for staff
---@field plain? hashigo.Text|string why, in plain words

---@alias hashigo.Urgency "routine"|"soon"|"urgent"

---referral.lua outcome. Suggestions for one target merge: the highest urgency, warm hand-off if any asks.
---@class hashigo.ReferralOutcome
---@field target string where to refer ("hellowork", "kakei", …)
---@field urgency? hashigo.Urgency default "routine"
---@field warm_handoff? boolean go along with the person (同行); default false
---@field reason hashigo.Text|string why, for staff
---@field plain? hashigo.Text|string why, in plain words

---@alias hashigo.Severity "info"|"warning"|"urgent"

---alerts.lua outcome. Every alert is kept (sorted by code).
---@class hashigo.AlertOutcome
---@field code string stable code, e.g. "evaluation_due"
---@field due? hashigo.Date the day it is due
---@field severity? hashigo.Severity default "info"
---@field meeting? "plan_approved"|"plan_returned"|"support_decided"|"step_confirmed"|"suspension_reported"|"closure_reported"|"referral_agreed"|"info_shared" the decision a meeting is asked to take: the case goes on `hashigo meeting agenda`
---@field reason hashigo.Text|string why, for staff
---@field plain? hashigo.Text|string why, in plain words

---@alias hashigo.Outcome hashigo.StepOutcome|hashigo.EligibilityOutcome|hashigo.ReferralOutcome|hashigo.AlertOutcome|hashigo.MatchOutcome

-- ───────────────────────────────── references ─────────────────────────────────

---A citation of a document of the bibliography (rules/references.lua, or a region's own
---rules/<region>/references.lua). An id the bibliography lacks is an error (RULE005).
---@class hashigo.Citation
---@field id string the document's id (`jiritsu_ho`, `uwn_chiba_report`, …)
---@field section? string where in it: article (`第4条第1号`), section or slide
---@field quote? string a short quotation of its words

---@alias hashigo.DocumentKind "law"|"official guidance"|"practice document"|"secondary"

---One document of the bibliography: `return { jiritsu_ho = { title = …, kind = …, … }, … }`.
---Any other key is an error (RULE005).
---@class hashigo.Document
---@field title hashigo.Text its own title, in both languages (required)
---@field kind hashigo.DocumentKind what it is (required)
---@field publisher string who issued it (required)
---@field url? string where it is public; leave it out unless the address is known for sure
---@field date? string promulgation or publication: YYYY, YYYY-MM or YYYY-MM-DD
---@field note? string anything a reader needs to find or weigh it

---Where a parameter's value comes from: `default` is a value the pack's authors chose, not a source.
---@alias hashigo.Basis "law"|"official guidance"|"practice document"|"default"

---What a parameter's value counts.
---@alias hashigo.Unit
---| "yen" | "yen/month" | "yen/hour" | "ratio" | "days" | "months" | "hours/week" | "persons"
---| "age" | "count" | "level" | "points" | "times" | "list" | "map" | "flag" | "date" | "text"

---A parameter in the described form. A plain value still loads, but `hashigo check` warns that it
---has no basis; a region overriding a described parameter with a plain value keeps its unit only.
---@class hashigo.Parameter
---@field value any|hashigo.Dated the value, or its dated values
---@field unit hashigo.Unit what it counts (a region's override may leave it out to keep the base's)
---@field basis hashigo.Basis where it comes from (required)
---@field note? hashigo.Text|string why this value; required in effect for a default (`hashigo check` warns)
---@field references? hashigo.Citation[] the documents that fix or suggest it

-- ───────────────────────────────── pack.lua ─────────────────────────────────

---An effective-dated value: `{ ["2015-10-01"] = 798, ["2016-10-01"] = 823 }`. On a day, the value
---of the latest date on or before it is in force; before the first date there is none.
---@alias hashigo.Dated table<hashigo.Date, any>

---What pack.lua returns. A region pack sets `extends` and only what differs from its base. Any
---other key is an error (RULE005).
---@class hashigo.Pack
---@field name hashigo.Text|string the pack's name
---@field description? hashigo.Text|string what the pack is for
---@field version string the pack's version ("0.1.0")
---@field extends? string the base region (folder name, `[a-z][a-z0-9_-]*`); its rules, parameters and rungs apply unless overridden
---@field in_force_from? hashigo.Date first day the pack decides; earlier days are refused (inherited from the base)
---@field sources? string[] ids of the bibliography documents the pack encodes as a whole (added to the base's)
---@field rungs? table<hashigo.Stage, string[]> rungs inside stages, lowest first (replaces the base's list for that stage)
---@field parameters? table<string, hashigo.Parameter|any|hashigo.Dated> named thresholds, best in the described form; a region's value replaces the base's whole value (dated table included)
---@field disable? string[] ids of base rules this region turns off (only the region's own list counts)
---@field programs? table<string, hashigo.Text> programme names, merged entry by entry over the base's
---@field referral_targets? table<string, hashigo.Text> referral target names, merged entry by entry over the base's

-- ───────────────────────────────── tests/*.lua ─────────────────────────────────

---What a test expects on one day. Only the keys given are compared.
---@class hashigo.Expect
---@field status? hashigo.ProcessStatus process status on the day
---@field position? string position before the decision: "social", "general/part_time"
---@field step? "up"|"down"|"stay" the decided step (a winning hold, or a lateral move, decides "stay")
---@field to? string target position of the step, "stage" or "stage/rung"
---@field accepted? boolean the core accepted the move
---@field rules? string|string[] ids of the rules that decided the step (any order)
---@field overruled? string|string[] ids of step proposals that lost
---@field eligibility? table<string, boolean> programme → eligible
---@field referrals? string[] referral targets suggested (exactly these)
---@field alerts? string[] alert codes raised (exactly these)
---@field fired? string[] rules that must fire, in any module (others may fire too)
---@field not_fired? string[] rules that must not fire
---@field error? string the error code the evaluation must fail with ("RULE002")
---@field match? { ranked?: string[], excluded?: string[], scores?: table<string, number>, criteria?: table<string, string[]> } with `employers`: the fitting tasks ("employer/task") in order, the excluded ones (any order), scores, and the criteria that spoke (any order)

---One pack test: `case` and either `as_of` + `expect`, or `months` + `expect` keyed by month.
---@class hashigo.PackTest
---@field name string shown in `hashigo test` output
---@field case string|hashigo.CaseFile a case file path relative to this test file, or the case inline
---@field as_of? hashigo.Date the day to evaluate (without `months`)
---@field months? { from: string, to: string } evaluate every month end from "YYYY-MM" to "YYYY-MM" (or a YYYY-MM-DD end), committing accepted steps as it goes
---@field expect hashigo.Expect|table<string, hashigo.Expect> with `months`: keyed by "YYYY-MM" (its month end) or a YYYY-MM-DD evaluated
---@field household? table a household record (hashigo.household/1, docs/households.md) that names this test's case: the case is evaluated linked to it
---@field household_cases? hashigo.CaseFile[] the other members' cases the household record names, evaluated on the same days
---@field employers? table[] employer records (hashigo.employer/1, docs/employers.md): the case is matched to their carved tasks on `as_of` (expect.match)
---@field filled? table<string, integer> places other cases hold, by "employer/task"
---@field agencies? table[] agency records (hashigo.agency/1, docs/agencies.md): the agencies the case's agency_joined events name are looked up in them

---What a test file returns instead of a list of tests, to change what the bases' tests expect
---under this region (the bases' tests always run under it). Any other key is an error (RULE005).
---@class hashigo.TestFile
---@field tests? hashigo.PackTest[] this pack's own tests
---@field patches? table<string, table<string, hashigo.Expect|false>> base test name → day ("YYYY-MM" or "YYYY-MM-DD") → the expected keys replaced, or false to drop the day
---@field exclude? table<string, string> base test name → why it does not hold here (reported as SKIP)

---A case written inline in a test (the JSON case-file format, docs/case-format.md, as a Lua table).
---@class hashigo.CaseFile
---@field format? "hashigo.case/1"
---@field id string case id
---@field region? string default "national"
---@field person? { pseudonym?: string, birth_date?: hashigo.Date, gender?: string, disability_cert?: string }
---@field household? { size?: integer, kind?: string, housing?: string, rent_yen?: integer, on_public_assistance?: boolean, members?: { relation: string, birth_date?: hashigo.Date }[] }
---@field events hashigo.Event[] the events, the first an intake

---@alias hashigo.EventType
---| "intake"
---| "consent"
---| "assessment"
---| "household_finance"
---| "plan"
---| "plan_approved"
---| "program_enrolled"
---| "program_ended"
---| "program_extended"
---| "placement_started"
---| "placement_ended"
---| "attendance"
---| "review"
---| "appraisal"
---| "referral_made"
---| "referral_answered"
---| "contact"
---| "stage_changed"
---| "suspended"
---| "closed"
---| "reopened"
---| "job_lost"
---| "job_search"
---| "disability_status"
---| "event_voided"
---| "household_moved"
---| "school_enrolled"
---| "school_left"
---| "legal_status"
---| "concerns_changed"
---| "follow_up"
---| "meeting"
---| "agency_joined"
---| "agency_left"
---| "lead_changed"

---One event (fields per type: docs/case-format.md).
---@class hashigo.Event
---@field type hashigo.EventType
---@field date hashigo.Date the day it happened
---@field note? string free text
---@field [string] any the type's own fields

-- ───────────────────────────────── the sandbox's globals ─────────────────────────────────

---Loads a shared module, once per pack: `rules/<region>/lib/<name>.lua` for each pack of the
---chain (the region's own first), then `rules/lib/<name>.lua`. What it returns is read-only.
---Call it at the top of a file, not inside `decide` (RULE002). `name` is `[a-z][a-z0-9_]*`;
---a missing module or a cycle is RULE001.
---@param name string
---@return any
function require(name) end
-- .luarc.json disables LuaLS's "basic" library (which has print, load, require, dofile,
-- collectgarbage, rawget, rawset, …) and the os, io, debug, coroutine and package libraries;
-- the base functions the sandbox does keep are declared here. string, table, math and utf8 come
-- from LuaLS's own definitions, but the sandbox removes string.dump, string.pack, string.packsize,
-- string.unpack, table.move, table.pack, math.random and math.randomseed.

---Raises `message` when `v` is false or nil; returns its arguments otherwise.
---@generic T
---@param v? T
---@param message? any
---@param ... any
---@return T
function assert(v, message, ...) end

---Raises an error; a rule that raises fails the evaluation with RULE002 and its file:line.
---@param message any
---@param level? integer
function error(message, level) end

---Iterates t[1], t[2], … up to the first nil. Use it on lists (ordered, deterministic).
---@generic V
---@param t V[]
---@return fun(t: V[], i?: integer): integer, V
---@return V[]
---@return integer
function ipairs(t) end

---Iterates a table in an unspecified order: sort the keys when the order matters.
---@generic K, V
---@param t table<K, V>
---@return fun(t: table<K, V>, k?: K): K, V
---@return table<K, V>
---@return nil
function pairs(t) end

---The next key and value after `index` (order unspecified).
---@generic K, V
---@param table table<K, V>
---@param index? K
---@return K?
---@return V?
function next(table, index) end

---Calls `f` in protected mode: false and the error instead of raising. (The instruction budget
---cannot be caught.)
---@param f function
---@param ... any arguments for f
---@return boolean success
---@return any ...
function pcall(f, ...) end

---Like pcall, with a message handler.
---@param f function
---@param msgh function
---@param ... any arguments for f
---@return boolean success
---@return any ...
function xpcall(f, msgh, ...) end

---The arguments after `index`, or their count with "#".
---@param index integer|"#"
---@param ... any
---@return any ...
function select(index, ...) end

---@param e any
---@param base? integer
---@return number?
function tonumber(e, base) end

---@param v any
---@return string
function tostring(v) end

---@param v any
---@return "nil"|"number"|"string"|"boolean"|"table"|"function"|"thread"|"userdata"
function type(v) end

---@param v1 any
---@param v2 any
---@return boolean
function rawequal(v1, v2) end

---@param v table|string
---@return integer
function rawlen(v) end

---The metatable, or "locked" for the case, ctx and library tables.
---@param object any
---@return any
function getmetatable(object) end

---Sets a metatable on a table of your own. `__gc` and `__mode` are refused; locked tables cannot
---be changed.
---@generic T: table
---@param table T
---@param metatable? table
---@return T
function setmetatable(table, metatable) end
