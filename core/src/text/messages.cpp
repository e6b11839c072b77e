// The catalogue itself. Ids group by where a text is shown (`cli.`, `decision.`, `help.` …) or,
// for the name of a code, by the kind of code (`stage.`, `status.`, `check.` …). Every id has a
// Japanese and an English text with the same placeholders (tests/unit/text checks it). Japanese for
// the person (`person.`) is やさしい日本語: short sentences, mostly hiragana, words spaced.
#include <hashigo/text/messages.hpp>

#include <algorithm>

namespace hashigo::text {

namespace {

// Kept in one list, sorted by id when first used; an id given twice is a test failure.
const std::vector<entry> k_entries = {
    // ── Stages, rungs and process statuses ────────────────────────────────────────────────
    // English names of stages and statuses are their codes: the ladder's own English words.
    {"stage.life", "生活自立", "life"},
    {"stage.social", "社会自立", "social"},
    {"stage.employment", "就労自立", "employment"},
    {"stage.intermediate", "中間的就労", "intermediate"},
    {"stage.general", "一般就労", "general"},
    {"status.intake", "相談受付", "intake"},
    {"status.assessment", "アセスメント", "assessment"},
    {"status.planning", "プラン作成中", "planning"},
    {"status.in_support", "支援中", "in_support"},
    {"status.evaluation", "評価", "evaluation"},
    {"status.closed", "終結", "closed"},
    {"status.suspended", "中断", "suspended"},
    {"step.up", "上がる", "up"},
    {"step.down", "下がる", "down"},
    {"step.stay", "現状維持", "stay"},
    {"module.eligibility", "利用要件", "eligibility"},
    {"module.stepup", "梯子", "stepup"},
    {"module.referral", "つなぎ", "referral"},
    {"module.alerts", "アラート", "alerts"},
    {"severity.info", "情報", "info"},
    {"severity.warning", "注意", "warning"},
    {"severity.urgent", "緊急", "urgent"},
    {"urgency.routine", "通常", "routine"},
    {"urgency.soon", "早めに", "soon"},
    {"urgency.urgent", "至急", "urgent"},
    {"closure.goal_achieved", "目標達成", "goal achieved"},
    {"closure.employed", "就職", "employed"},
    {"closure.income_up", "収入増加", "income up"},
    {"closure.moved_to_public_assistance", "生活保護へ移行", "moved to public assistance"},
    {"closure.moved_to_disability_services", "障害福祉サービスへ移行", "moved to disability services"},
    {"closure.referred_other", "他機関へつなぎ", "referred elsewhere"},
    {"closure.moved_out", "転出", "moved out"},
    {"closure.person_request", "本人の希望", "at the person's request"},
    {"closure.contact_lost", "連絡途絶", "contact lost"},
    {"closure.deceased", "死亡", "deceased"},
    {"closure.info_only", "情報提供のみ", "information only"},
    {"closure.other", "その他", "other"},
    {"school.junior_high", "中学校", "junior high school"},
    {"school.high", "高等学校（全日制）", "high school"},
    {"school.high_part_time", "高等学校（定時制）", "part-time high school"},
    {"school.high_correspondence", "高等学校（通信制）", "correspondence high school"},
    {"school.special_needs_high", "特別支援学校高等部", "special-needs high school"},
    {"school.kosen", "高等専門学校", "college of technology"},
    {"school.university", "大学・短期大学・大学院", "university"},
    {"school.vocational", "専修学校・各種学校", "vocational school"},
    {"school.other", "その他の学校", "other school"},
    {"legal.none", "なし", "none"},
    {"legal.suspect", "被疑者", "suspect"},
    {"legal.defendant", "被告人", "defendant"},
    {"legal.incarcerated", "受刑中", "incarcerated"},
    {"legal.juvenile_training", "少年院", "juvenile training school"},
    {"legal.parole", "仮釈放・仮退院（保護観察）", "parole"},
    {"legal.probation", "保護観察", "probation"},
    {"legal.suspended_sentence", "執行猶予", "suspended sentence"},
    {"legal.sentence_served", "刑の執行を終えた", "sentence served"},
    {"event.intake", "相談受付", "intake"},
    {"event.consent", "情報共有への同意", "consent"},
    {"event.assessment", "アセスメント", "assessment"},
    {"event.household_finance", "世帯の収入・資産", "household finance"},
    {"event.job_lost", "離職", "job lost"},
    {"event.school_enrolled", "在学", "school enrolled"},
    {"event.school_left", "卒業・中退", "school left"},
    {"event.legal_status", "触法・更生の状況", "legal status"},
    {"event.plan", "プラン", "plan"},
    {"event.plan_approved", "支援調整会議で承認", "plan approved"},
    {"event.program_enrolled", "事業の利用開始", "programme enrolled"},
    {"event.program_extended", "事業の期間の延長", "programme extended"},
    {"event.placement_started", "見学・体験・就労の開始", "placement started"},
    {"event.attendance", "出勤の記録", "attendance"},
    {"event.job_search", "求職活動の記録", "job search"},
    {"event.review", "振り返り・評価", "review"},
    {"event.appraisal", "人事考課", "appraisal"},
    {"event.referral_made", "つなぎ", "referral made"},
    {"event.referral_answered", "つなぎ先の回答", "referral answered"},
    {"event.contact", "面談・訪問・連絡", "contact"},
    {"event.disability_status", "障害者手帳", "disability status"},
    {"event.concerns_changed", "困りごとの変化", "concerns changed"},
    {"event.stage_changed", "梯子の移動", "stage changed"},
    {"event.placement_ended", "就労先の終了", "placement ended"},
    {"event.program_ended", "事業の利用終了", "programme ended"},
    {"event.suspended", "中断", "suspended"},
    {"event.reopened", "再開", "reopened"},
    {"event.household_moved", "転居", "household moved"},
    {"event.closed", "終結", "closed"},
    {"event.follow_up", "フォローアップ", "follow-up"},
    {"event.event_voided", "記録の取り消し", "record voided"},
    {"screening.continue", "継続して支援", "continue"},
    {"screening.refer_out", "他機関へつなぐ", "refer out"},
    {"screening.info_only", "情報提供のみ", "information only"},
    {"contract.none", "契約なし", "no contract"},
    {"contract.commuter_confirmation", "コミューター確認書", "commuter confirmation"},
    {"contract.employment", "雇用契約", "employment contract"},
    // Placement kinds that are not rungs of any pack (the rest are named by the packs' rung_names).
    {"placement.kengaku", "見学", "site visit"},
    {"placement.taiken", "体験", "work experience"},
    {"placement.regular_staff", "一般賃金職員", "regular-wage staff"},
    {"placement.shogai_koyo", "障害者雇用", "disability employment"},
    {"value.true", "はい", "true"},
    {"value.false", "いいえ", "false"},
    {"value.unknown", "不明", "unknown"},

    // ── Check labels: the case-view fields every pack reads (a pack names its own in check_labels) ──
    // English labels are the field names: rule authors read and write them.
    {"field.age", "年齢", "age"},
    {"field.attendance_14d", "過去14日の出勤率", "attendance_14d"},
    {"field.attendance_30d", "過去30日の出勤率", "attendance_30d"},
    {"field.attendance_90d", "過去90日の出勤率", "attendance_90d"},
    {"field.unannounced_absences_30d", "過去30日の無断欠勤", "unannounced_absences_30d"},
    {"field.min_fdp_axis", "FDPの最も低い軸", "min_fdp_axis"},
    {"field.previous_min_fdp_axis", "前回のFDPの最も低い軸", "previous_min_fdp_axis"},
    {"field.hours_per_week", "週の勤務時間", "hours_per_week"},
    {"field.wage_per_hour_yen", "時給（円）", "wage_per_hour_yen"},
    {"field.days_since_contact", "最後に連絡がついてからの日数", "days_since_contact"},
    {"field.failed_contacts", "連絡がつかなかった回数", "failed_contacts"},
    {"field.days_since_hire", "就職からの日数", "days_since_hire"},
    {"field.days_since_review", "前回の振り返りからの日数", "days_since_review"},
    {"field.goal_attainment", "短期目標の達成率", "goal_attainment"},
    {"field.appraisal_average", "人事考課の平均点", "appraisal_average"},
    {"field.days_since_appraisal", "前回の人事考課からの日数", "days_since_appraisal"},
    {"field.days_to_plan_end", "プラン終了までの日数", "days_to_plan_end"},
    {"field.consent", "情報共有への同意", "consent"},
    {"field.screening", "スクリーニング", "screening"},
    {"field.intake_source", "相談経路", "intake_source"},
    {"field.in_school", "在学中", "in_school"},
    {"field.months_open", "支援開始からの月数", "months_open"},
    {"field.months_in_stage", "今の段階での月数", "months_in_stage"},
    {"field.months_in_rung", "今の位置での月数", "months_in_rung"},
    {"field.stage", "段階", "stage"},
    {"field.rung", "段", "rung"},
    {"field.status", "状態", "status"},
    {"field.household_income_yen", "世帯の収入（月額・円）", "household_income_yen"},
    {"field.household_assets_yen", "世帯の金融資産（円）", "household_assets_yen"},
    {"field.income_yen", "世帯の収入（月額・円）", "income_yen"},
    {"field.financial_assets_yen", "世帯の金融資産（円）", "financial_assets_yen"},
    {"field.debt_total_yen", "債務の合計（円）", "debt_total_yen"},
    {"field.arrears_months", "滞納の月数", "arrears_months"},
    {"field.expenses_yen", "月の支出（円）", "expenses_yen"},
    {"field.rent_yen", "家賃（月額・円）", "rent_yen"},
    {"field.basic_pension_grade", "障害基礎年金の等級", "basic_pension_grade"},
    {"field.contract", "契約", "contract"},
    {"field.placement_kind", "就労先の種類", "placement_kind"},

    // ── Decisions (eval) ──────────────────────────────────────────────────────────────────
    {"decision.header", "{} · {} · パック {}（{}）", "{} · {} · pack {} ({})"},
    {"decision.rule_error", "ルールエラー: {} {}: {}", "rule error: {} {}: {}"},
    {"decision.status", "状態: {} · 現在の位置: {}", "status: {} · position: {}"},
    {"decision.stay", "判定: 現状維持", "step: stay"},
    {"decision.step", "判定: {} {} {} [{}]{}", "step: {} {} {} [{}]{}"},
    {"decision.accepted", "承認", "accepted"},
    {"decision.refused", "却下: {}", "refused: {}"},
    {"decision.skip", "（飛び越し）", " (skip)"},
    {"decision.overruled", "優先順位により採用されなかった提案:", "overruled (down beats hold beats up):"},
    {"decision.superseded_by", "{} が発火したため採用されない", "superseded by {}"},
    {"decision.would_flip", "判定が変わる条件:", "would change if:"},
    {"decision.eligibility", "利用要件 {}: {}", "eligibility {}: {}"},
    {"decision.eligible", "あり", "eligible"},
    {"decision.not_eligible", "なし", "not eligible"},
    {"decision.referral", "つなぎ先 {}: {}{}", "referral {}: {}{}"},
    {"decision.warm_handoff", "・同行", ", warm handoff"},
    {"decision.alert", "アラート [{}] {}{}", "alert [{}] {}{}"},
    {"decision.due", "（期限 {}）", " (due {})"},
    {"decision.source", "出典", "source"},
    {"decision.trace", "評価したルール:", "rules evaluated:"},
    {"decision.legend", "凡例: ● 発火した / ○ 発火しなかった / ✓ 条件を満たした / ✗ 満たさなかった",
     "legend: ● fired / ○ did not fire / ✓ condition met / ✗ condition not met"},
    {"decision.trace_superseded", " — {} が優先", " — superseded by {}"},
    {"line.committed", "記録済み", "committed"},
    {"line.applied", "反映", "applied"},
    {"line.accepted", "承認", "accepted"},
    {"line.refused", "却下: {}", "refused: {}"},
    {"line.held_by", "（{} により保留）", "(held by {})"},

    // ── Check descriptions (engine::describe) ─────────────────────────────────────────────
    {"op.>=", "{}以上", ">= {}"},
    {"op.<=", "{}以下", "<= {}"},
    {"op.>", "{}超", "> {}"},
    {"op.<", "{}未満", "< {}"},
    {"op.==", "{}と一致", "== {}"},
    {"describe.unknown", "{} 不明（基準: {}）", "{} unknown (needs {})"},
    {"describe.short_months", "{} {} — 必要: {}（あと{}か月）", "{} {} — needs {} ({} more month(s))"},
    {"describe.short_days", "{} {} — 必要: {}（あと{}日）", "{} {} — needs {} ({} more day(s))"},
    {"describe.passed", "{} {}（基準: {}）", "{} {} ({})"},
    {"describe.failed", "{} {} — 必要: {}", "{} {} — needs {}"},

    // ── The person's view (eval --audience person): やさしい日本語 ─────────────────────────
    {"person.stage.life", "くらしを ととのえる だんかい", "looking after daily life"},
    {"person.stage.social", "ひとと かかわる だんかい", "taking part with other people"},
    {"person.stage.employment", "はたらく じゅんびの だんかい", "getting ready for work"},
    {"person.stage.intermediate", "ささえを うけながら はたらく だんかい", "working with support"},
    {"person.stage.general", "ふつうの しごとで はたらく だんかい", "working in a regular job"},
    {"person.header", "{} の ようす", "How things are on {}"},
    {"person.position", "いまの ところ: {}", "Where you are now: {}"},
    {"person.up", "つぎの だんかいに すすみます: {}", "You move on to: {}"},
    {"person.up_refused", "つぎの ことは たんとうの ひとと いっしょに きめます。", "You and your support worker will decide what comes next."},
    {"person.down", "すこし もどって、むりなく つづけます: {}", "You step back a little to go on at an easier pace: {}"},
    {"person.stay", "いまの ところで つづけます。", "You carry on where you are."},
    {"person.programs", "つかえる しえん:", "Support you can use:"},
    {"person.referrals", "そうだん できる ところ:", "Places you can talk to:"},
    {"person.alerts", "おしらせ:", "Things to know:"},
    {"person.item", "・{}", "- {}"},
    {"person.error", "いまは けっかを だせません。たんとうの ひとに きいて ください。",
     "No result can be given now. Please ask your support worker."},

    // ── Timeline (case show) ──────────────────────────────────────────────────────────────
    {"timeline.as_of", "基準日", "as of"},
    {"timeline.status", "状態: {}{} · 開始: {} · 現在の位置: {}", "status: {}{} · opened: {} · position: {}"},
    {"timeline.closure", "（{}）", " ({})"},
    {"timeline.history", "梯子の履歴:", "ladder timeline:"},
    {"timeline.start", "開始", "start"},
    {"timeline.closed", "終結", "closed"},
    {"timeline.voided", "取り消された記録（event_voided）:", "voided records (event_voided):"},
    {"timeline.voided_by", "取り消し", "voided by"},
    {"facts.lives_in", "住所地", "lives in"},
    {"facts.municipality", "市区町村", "municipality"},
    {"facts.moved", "（{} に転居）", " (moved {})"},
    {"facts.school", "学校: {}", "school: {}"},
    {"facts.enrolled", "学校: {} 在学中（{} から{}）", "school: {}, enrolled since {}{}"},
    {"facts.graduation", "、卒業予定 {}", ", expected to graduate {}"},
    {"facts.graduated", "卒業", "graduated"},
    {"facts.dropped_out", "中退", "dropped out"},
    {"facts.left", "退学", "left"},
    {"facts.legal", "触法・更生: {}{}", "legal status: {}{}"},
    {"facts.period", "（{}）", "{}"},
    {"facts.since", "{} から", " since {}"},
    {"facts.until", "{} まで", " until {}"},
    {"facts.released", "、出所 {}", ", released {}"},
    {"facts.follow_ups", "フォローアップ: {}回", "follow-ups: {}"},
    {"facts.follow_up_last", "（最後 {}{}）", " (last {}{})"},
    {"facts.after_closure", "、終結後 {}回", ", {} after the closure"},
    {"facts.unreached", "、届かなかった試み {}回", "; {} that reached nobody"},

    // ── rules show / rules diff ───────────────────────────────────────────────────────────
    {"rules.extends", "継承", "extends"},
    {"rules.base_pack", "なし（基準パック）", "nothing (a base pack)"},
    {"rules.digest", "ダイジェスト", "digest"},
    {"rules.ladder", "梯子:", "ladder:"},
    {"rules.rules", "ルール（評価順）:", "rules (in evaluation order):"},
    {"rules.own", "独自", "own"},
    {"rules.from", "{} から", "from {}"},
    {"rules.replaces", "、{} のルールを置き換え", ", replaces {}'s"},
    {"rules.may_skip", "  飛び越し可", "  may skip"},
    {"rules.supersedes", "  優先して取り消す: {}", "  supersedes {}"},
    {"rules.disabled", "無効化", "disabled"},
    {"rules.parameters", "パラメータ（基準日ごとの値）:", "parameters (value in force from each date):"},
    {"rules.declaration.programs", "事業:", "programmes:"},
    {"rules.declaration.referral_targets", "つなぎ先:", "referral targets:"},
    {"rules.declaration.rung_names", "段の名前:", "rung names:"},
    {"rules.declaration.alert_names", "アラートの名前:", "alert names:"},
    {"rules.declaration.check_labels", "条件の名前:", "check labels:"},
    {"rules.differences", "差分 {} ↔ {}", "differences {} ↔ {}"},
    {"rules.difference_count", "差分 {}件", "{} difference(s)"},
    {"diff.kind.parameter", "パラメータ", "parameter"},
    {"diff.kind.rule", "ルール", "rule"},
    {"diff.kind.rungs", "段", "rungs"},
    {"diff.kind.declaration", "宣言", "declaration"},
    {"diff.value_since", "{}（{} から）", "{} from {}"},
    {"diff.table_head", "| 種類 | 名前 |", "| kind | name |"},
    {"diff.table_foot", "{}行が {}つのパックで異なります。", "{} row(s) differ across {} pack(s)."},

    // ── check / test / watch / case / event / history / init / db ─────────────────────────
    {"lint.summary", "{}: エラー {}件、警告 {}件", "{}: {} error(s), {} warning(s)"},
    {"lint.warning", "警告: ", "warning: "},
    {"test.ok", "ok  ", "ok  "},
    {"test.fail", "失敗", "FAIL"},
    {"test.skip", "省略", "SKIP"},
    {"test.patched", " [{}、{} が修正]", " [{}, patched by {}]"},
    {"test.coverage_all", "カバレッジ: すべてのルールがテストで発火しました", "coverage: every rule fires in some test"},
    {"test.unreached", "{}:{}: 未到達: {} はどのテストでも発火しません", "{}:{}: unreached: no test makes {} fire"},
    {"test.summary", "成功 {}件、失敗 {}件、省略 {}件", "{} passed, {} failed, {} skipped"},
    {"pack_test.differs", "{} {}: 期待 {}、実際 {}", "{} {}: expected {}, got {}"},
    {"pack_test.failed", "{}: 評価に失敗しました: {} {}: {}", "{}: the evaluation failed: {} {}: {}"},
    {"pack_test.not_fired", "{} fired: {} が発火するはずが、しませんでした", "{} fired: expected {} to fire, it did not"},
    {"pack_test.not_evaluated", "{}: 評価していません（評価した月 {} 〜 {}）", "{}: not evaluated (months run {} .. {})"},
    {"pack_test.excluded", "{} が除外: {}", "excluded by {}: {}"},
    {"watch.run", "実行", "run"},
    {"watch.check", "検査: {}", "check: {}"},
    {"watch.clean", "問題なし", "clean"},
    {"watch.errors", "エラーあり", "errors"},
    {"watch.reload", "再読み込み {}: {}", "reload {}: {}"},
    {"watch.keeping", "以前の版を継続: {}", "keeping the previous version: {}"},
    {"watch.tests", "テスト: 成功 {}件、失敗 {}件、省略 {}件", "tests: {} passed, {} failed, {} skipped"},
    {"case.created", "ケース {} を作成（イベント{}件）", "created case {} with {} event(s)"},
    {"history.events", "イベント:", "events:"},
    {"history.voided_by", "  （#{} により取り消し）", "  (voided by #{})"},
    {"history.receipts", "判定の記録:", "decision receipts:"},
    {"history.accepted", "（承認）", "(accepted)"},
    {"history.pack", "パック", "pack"},
    {"init.schema", "{}（スキーマ {}）", "{} (schema {})"},
    {"db.rebuilt", "{}件のケースのスナップショットを再構築しました", "rebuilt the snapshots of {} case(s)"},
    {"db.integrity", "整合性検査: {}", "integrity: {}"},
    {"db.cases_checked", "ケース: {}件を検査、読めないもの{}件", "cases: {} checked, {} unreadable"},
    {"db.unreadable", "読めないケース {}: {}: {}", "unreadable case {}: {}: {}"},
    {"db.ok", "問題なし", "ok"},

    // ── Errors the CLI raises (printed as `CODE: message`) ────────────────────────────────
    {"error.internal", "内部エラー: {}", "internal error: {}"},
    {"error.usage", "E_USAGE: {}\n使い方は --help で表示します。", "E_USAGE: {}\nRun with --help for more information."},
    {"error.no_events_as_of", "ケースにイベントがありません。--as-of を指定してください", "the case has no events; give --as-of"},
    {"error.no_events", "ケースにイベントがありません", "the case has no events"},
    {"error.case_new_needs", "case new には --file か --id が必要です", "case new needs --file or --id"},
    {"error.commit_file", "--commit はデータベースのケースに使います（ケースファイルには使えません）",
     "--commit needs a case in the database, not a case file"},
    {"error.from_needs_monthly", "--from には --monthly が必要です", "--from needs --monthly"},
    {"error.from_after", "--from {} が --as-of {} より後です", "--from {} is after --as-of {}"},
    {"error.before_opening", "{} にはまだケースがありません: ケース '{}' の開始は {} です",
     "no case yet on {}: case '{}' opened on {}"},
    {"error.pack_errors", "{}: パックにエラーが{}件あります", "{}: the pack has {} error(s)"},
    {"error.tests_failed", "{}: パックのテストが{}件失敗しました", "{}: {} pack test(s) failed"},
    {"error.unreached", "{}: どのテストでも発火しないルールが{}件あります", "{}: {} rule(s) not reached by any test"},
    {"error.not_clean", "パックの検査にエラーがあります", "the pack does not check clean"},
    {"error.rules_folder", "--rules {}: ルールパックのフォルダではありません", "--rules {}: not a folder of rule packs"},
    {"error.rules_unreadable", "--rules {}: 読めません（{}）", "--rules {}: {}"},
    {"error.too_large", "1つのJSON入力の上限 {} バイトを超えています（--max-input-size）",
     "is larger than the limit of {} bytes for one JSON input (--max-input-size)"},
    {"error.cannot_read", "ファイルを読めません（{}）", "cannot read the file ({})"},
    {"error.is_folder", "フォルダです（ファイルではありません）", "is a folder, not a file"},
    {"error.permission", "ファイルを読めません（権限がない可能性があります）", "cannot read the file (permission denied?)"},
    {"error.no_pack_folder", "パックのフォルダがありません", "no such pack folder"},
    {"error.pack_folder_unreadable", "パックのフォルダを読めません（{}）", "cannot read the pack folder ({})"},
    {"error.db_folder", "{}: データベースのフォルダを作れません（{}）", "{}: cannot create the folder for the database ({})"},
    {"error.integrity", "{}: 整合性検査に失敗しました", "{}: integrity check failed"},
    {"error.unreadable_cases",
     "{}: {}件のケースを読めません（{}）。上に示したイベントを `event_voided` で訂正してください（docs/architecture.md「Repairing an unreadable case」）",
     "{}: {} case(s) do not fold ({}); repair each with an `event_voided` correction of the event named above "
     "(docs/architecture.md, \"Repairing an unreadable case\")"},
    // Core errors that users meet most: the English text comes from the throw site, these give
    // the Japanese (cli/errors.cpp matches them by their stable English shape).
    {"error.file_not_found", "ファイルがありません", "no such file"},
    {"error.unknown_case", "ケース '{}' はありません", "no case '{}'"},
    {"error.unknown_region", "ルールパック '{}' はありません（使えるもの: {}）", "no rule pack '{}' (available: {})"},
    {"error.bad_json", "JSON の書き方に誤りがあります: {}", "invalid JSON: {}"},
    {"error.unknown_field_here", "知らない項目です（つづりを確かめてください）", "unknown field"},
    {"error.bad_date", "'{}' は日付ではありません（YYYY-MM-DD で書いてください）", "'{}' is not a date (expected YYYY-MM-DD)"},

    // ── --help ────────────────────────────────────────────────────────────────────────────
    {"help.app", "hashigo — 就労支援のケースをキャリアラダーで上げていくエンジン（地域のルールは Lua）",
     "hashigo — employment-support cases up a career ladder, with regional rules in Lua"},
    {"help.footer",
     "終了コード: 0 正常、2 使い方の誤り、3 入力の誤り、4 ルールのエラー、5 保存のエラー。言語は --lang ja|en（既定はロケール）。",
     "Exit codes: 0 ok, 2 usage, 3 invalid input, 4 rule error, 5 storage error. Language: --lang ja|en (default: the locale)."},
    {"help.version", "バージョンを表示して終了", "Display program version information and exit"},
    {"help.help", "このヘルプを表示して終了", "Print this help message and exit"},
    {"help.db", "SQLite のデータベースファイル", "SQLite database file"},
    {"help.rules", "ルールパックのフォルダ（既定: ./rules）", "folder of rule packs (default: ./rules)"},
    {"help.lang", "出力の言語（既定: 日本語のロケールなら ja、ほかは en）",
     "output language (default: ja for a Japanese locale, else en)"},
    {"help.max_input_size", "受け付ける JSON 入力（ケース・イベントのファイル）の最大サイズ。例: 8MiB、512KiB",
     "largest JSON input accepted (case and event files), e.g. 8MiB or 512KiB"},
    {"help.eval", "保存したケース（ID）またはケースファイルを地域のルールで判定する",
     "evaluate a stored case (by id) or a case file under a region's rules"},
    {"help.eval.case", "データベースのケース ID、またはケースファイル（JSON）", "case id in the database, or a case file (JSON)"},
    {"help.eval.region", "地域のパック（既定: ケースの地域）", "region pack (default: the case's region)"},
    {"help.eval.as_of", "判定する日（YYYY-MM-DD）", "the day to decide on (YYYY-MM-DD)"},
    {"help.eval.monthly", "--from（既定: 開始の月）から --as-of まで毎月末に判定する。ケースファイルでは承認された移動を引き継ぐ",
     "evaluate at every month end from --from (default: the opening month) to --as-of; a case file carries accepted steps forward"},
    {"help.eval.from", "--monthly の最初の日（YYYY-MM-DD）", "first day for --monthly (YYYY-MM-DD)"},
    {"help.eval.json", "判定を1件1行の JSON で出力する", "print each decision as one line of JSON"},
    {"help.eval.explain", "評価したすべてのルールと、各条件をその基準とともに表示する",
     "show every rule evaluated and each condition with its threshold"},
    {"help.eval.audience", "職員向けの表現（staff）か、本人向けのやさしい表現（person）か",
     "wording for staff, or plain wording for the person"},
    {"help.eval.commit", "判定の記録を保存し、承認された移動をイベントとして記録する",
     "store a receipt of each decision and record accepted steps as events"},
    {"help.case", "ケースの作成・一覧・表示", "create, list and show cases"},
    {"help.case.new", "ケースファイル（本人・世帯・イベント）からケースを作る",
     "create a case from a case file (person, household, events)"},
    {"help.case.new.file", "ケースファイル（JSON、docs/case-format.md）。- で標準入力", "case file (JSON, see docs/case-format.md), - for stdin"},
    {"help.case.new.id", "ケース ID（ファイルの ID より優先。--file がなければ必須）",
     "case id (overrides the file's; required without --file)"},
    {"help.case.new.region", "ケースの地域のパック（ファイルの指定より優先）", "region pack of the case (overrides the file's)"},
    {"help.case.list", "データベースのケースを一覧する", "list the cases in the database"},
    {"help.case.show", "ケースの状態と、理由つきの梯子の履歴を表示する", "show a case's status and ladder timeline with reasons"},
    {"help.case.show.case", "ケース ID", "case id"},
    {"help.case.show.as_of", "この日でケースをまとめる（既定: 最後のイベントの日）", "fold the case on this day (default: its last event)"},
    {"help.case.show.json", "まとめた状態を JSON で出力する", "print the folded state as JSON"},
    {"help.event", "ケースのイベントを記録する", "record events of a case"},
    {"help.event.add", "ケースにイベント（JSON オブジェクト1つ、または配列）を追加する",
     "append events (one JSON object, or an array) to a case"},
    {"help.event.add.file", "イベントの JSON ファイル（既定: - で標準入力）", "event JSON file (default: - for stdin)"},
    {"help.history", "ケースのイベントと判定の記録を記録順に一覧する", "list a case's events and decision receipts in recorded order"},
    {"help.history.json", "ケースファイルと判定の記録を JSON で出力する", "print the case as a case file followed by its receipts"},
    {"help.init", "データベースを作成（または移行）する", "create (or migrate) the database"},
    {"help.db_cmd", "データベースの保守", "database maintenance"},
    {"help.db.rebuild", "スナップショットを捨て、イベントから作り直す", "drop the snapshot cache and rebuild it from the events"},
    {"help.db.check", "SQLite の整合性検査と、全ケースのまとめ直し", "run SQLite's integrity check and fold every case"},
    {"help.test", "ルールパックのテスト（rules/<地域>/tests/*.lua）と基準パックのテストを実行する",
     "run a rule pack's tests (rules/<region>/tests/*.lua) and its bases' tests"},
    {"help.test.coverage", "どのテストでも発火しないルールを一覧する（あれば失敗）", "list the rules no test makes fire (and fail if any)"},
    {"help.pack", "パックのフォルダ。例: rules/chiba", "pack folder, e.g. rules/chiba"},
    {"help.check", "ルールパックを読み込んで検査する（出力は ファイル:行: コード: メッセージ）。終了コード 0 か 4",
     "load and lint a rule pack: file:line: code: message; exit 0 or 4"},
    {"help.check.time_budget", "検査全体にかけてよい秒数（0: 無制限）。既定 60", "seconds the whole check may take (0: no limit); default 60"},
    {"help.rules_cmd", "ルールパックを調べる", "inspect rule packs"},
    {"help.rules.show", "地域の有効なルール一式と、各ルール・各値の出どころ",
     "the effective rule set of a region, and where each rule and value comes from"},
    {"help.rules.show.region", "地域の名前、またはパックのフォルダ", "region name or pack folder"},
    {"help.rules.diff", "パック間で異なるパラメータとルール（2つなら並べて、3つ以上か --markdown なら表）",
     "parameters and rules that differ between packs (two: side by side; more, or --markdown: a table)"},
    {"help.rules.diff.regions", "2つ以上の地域またはパックのフォルダ", "two or more regions or pack folders"},
    {"help.rules.diff.markdown", "パックごとに1列の Markdown の表を出力する", "print a Markdown table with one column per pack"},
    {"help.watch", "保存のたびに検査・テスト・ケースの判定をやり直す", "re-run check, tests and an evaluation of a case on every save"},
    {"help.watch.case", "変更のたびに判定するケースファイル", "case file to evaluate after each change"},
    {"help.watch.as_of", "ケースを判定する日（既定: 最後のイベントの日）", "day to evaluate the case on (default: its last event)"},
    {"help.watch.interval", "ファイルを見る間隔（ミリ秒）", "milliseconds between looks at the files"},
    {"help.watch.runs", "この回数だけ実行して終える（既定: Ctrl-C まで）", "stop after this many runs (default: until Ctrl-C)"},
    {"help.watch.time_budget", "1回の検査にかけてよい秒数（check と同じ。0: 無制限）。既定 60",
     "seconds each check may take, as in `check` (0: no limit); default 60"},
    // CLI11's own words in a help screen and its parse errors.
    {"help.usage", "使い方", "Usage"},
    {"help.range", "{}〜{}", "in [{} - {}]"},
    {"help.options", "オプション", "OPTIONS"},
    {"help.subcommand", "サブコマンド", "SUBCOMMAND"},
    {"help.subcommands", "サブコマンド", "SUBCOMMANDS"},
    {"help.options_group", "オプション", "Options"},
    {"help.subcommands_group", "サブコマンド", "Subcommands"},
    {"help.env", "環境変数", "Env"},
    {"help.type.TEXT", "文字列", "TEXT"},
    {"help.type.INT", "整数", "INT"},
    {"help.type.UINT", "整数", "UINT"},
    {"help.type.FLOAT", "数値", "FLOAT"},
    {"help.positionals", "引数", "Positionals"},
    {"help.required", "必須", "REQUIRED"},
};

const std::vector<entry>& sorted() {
  static const std::vector<entry> entries = [] {
    std::vector<entry> out = k_entries;
    std::stable_sort(out.begin(), out.end(), [](const entry& a, const entry& b) { return a.id < b.id; });
    return out;
  }();
  return entries;
}

const entry* find(std::string_view id) {
  const auto& all = sorted();
  const auto it = std::lower_bound(all.begin(), all.end(), id, [](const entry& e, std::string_view x) { return e.id < x; });
  return it != all.end() && it->id == id ? &*it : nullptr;
}

}  // namespace

const std::vector<entry>& catalogue() { return sorted(); }

std::string_view raw(std::string_view id, std::string_view lang) {
  const entry* e = find(id);
  if (!e) return id;
  return lang == "ja" ? e->ja : e->en;
}

bool has(std::string_view id) { return find(id) != nullptr; }

std::optional<std::string> label(std::string_view kind, std::string_view code, std::string_view lang) {
  std::string id;
  id.reserve(kind.size() + 1 + code.size());
  id.append(kind).append(".").append(code);
  if (const entry* e = find(id)) return std::string(lang == "ja" ? e->ja : e->en);
  return std::nullopt;
}

std::vector<std::string> placeholders(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      if (i + 1 < text.size() && text[i + 1] == '{') {
        ++i;
        continue;
      }
      const std::size_t end = text.find('}', i);
      if (end == std::string_view::npos) {
        out.emplace_back(text.substr(i));  // an unclosed brace: different from any placeholder
        break;
      }
      out.emplace_back(text.substr(i, end - i + 1));
      i = end;
    } else if (text[i] == '}' && i + 1 < text.size() && text[i + 1] == '}') {
      ++i;
    }
  }
  return out;
}

}  // namespace hashigo::text
