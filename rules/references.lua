-- The bibliography every pack cites: rules and parameters name a document here by its id
-- (`references = { { id = "jiritsu_ho_kisoku", section = "第4条第1号" } }`), and explanations
-- print its title. Each entry says what the document is (kind: law | official guidance |
-- practice document | secondary), who issued it, when, and where it is public. A URL is given
-- only where the address is known for sure; an entry without one is still a document a reader
-- can ask for by its title and publisher. Ids are stable: rename a title, never an id.
-- A region may add its own documents in rules/<region>/references.lua; ids must not collide.
---@type table<string, hashigo.Document>
return {
  -- ── Laws and ordinances ───────────────────────────────────────────────────────────────────
  jiritsu_ho = {
    title = { ja = "生活困窮者自立支援法（平成25年法律第105号）", en = "Act on Self-Reliance Support for Needy Persons (Act No. 105 of 2013)" },
    kind = "law",
    publisher = "国会（法律） / National Diet",
    url = "https://laws.e-gov.go.jp/law/425AC0000000105",
    date = "2013-12-13",
  },
  jiritsu_ho_kisoku = {
    title = { ja = "生活困窮者自立支援法施行規則", en = "Ordinance for Enforcement of the Act on Self-Reliance Support for Needy Persons" },
    kind = "law",
    publisher = "厚生労働省 / Ministry of Health, Labour and Welfare",
    url = "https://iuris.jp/生活困窮者自立支援法施行規則/jpn/l/629",
    date = "2015",
    note = "The URL is a public reproduction of the ordinance's text; the official text is on e-Gov.",
  },
  jiritsu_ho_kaisei_2018 = {
    title = { ja = "生活困窮者自立支援法等の一部を改正する法律（平成30年）", en = "Act Partially Amending the Act on Self-Reliance Support for Needy Persons, etc. (2018)" },
    kind = "law",
    publisher = "国会（法律） / National Diet",
    date = "2018",
    note = "Support meetings (法第9条), the duty to encourage use of the programmes, the effort duties for readiness and budget support.",
  },
  jiritsu_ho_kaisei_2024 = {
    title = { ja = "生活困窮者自立支援法等の一部を改正する法律（令和6年法律第21号）", en = "Act Partially Amending the Act on Self-Reliance Support for Needy Persons, etc. (Act No. 21 of 2024)" },
    kind = "law",
    publisher = "国会（法律） / National Diet",
    url = "https://www.shugiin.go.jp/internet/itdb_rchome.nsf/html/rchome/Horitsu/kourou1777A46670ED123049258ADF001AD86D.htm",
    date = "2024",
    note = "In force from 2025-04-01: joint use by 特定被保護者, housing support (居住支援事業), moving costs in the housing security benefit.",
  },
  seikatsu_hogo_ho = {
    title = { ja = "生活保護法（昭和25年法律第144号）", en = "Public Assistance Act (Act No. 144 of 1950)" },
    kind = "law",
    publisher = "国会（法律） / National Diet",
    url = "https://laws.e-gov.go.jp/law/325AC0000000144",
    date = "1950-05-04",
  },
  saitei_chingin_ho = {
    title = { ja = "最低賃金法（昭和34年法律第137号）", en = "Minimum Wage Act (Act No. 137 of 1959)" },
    kind = "law",
    publisher = "国会（法律） / National Diet",
    url = "https://laws.e-gov.go.jp/law/334AC0000000137",
    date = "1959-04-15",
  },
  sogo_shien_ho = {
    title = {
      ja = "障害者の日常生活及び社会生活を総合的に支援するための法律（障害者総合支援法）",
      en = "Act on Comprehensive Support for the Daily and Social Life of Persons with Disabilities",
    },
    kind = "law",
    publisher = "国会（法律） / National Diet",
    url = "https://laws.e-gov.go.jp/law/417AC0000000123",
    date = "2005-11-07",
  },
  shokugyo_antei_ho = {
    title = { ja = "職業安定法（昭和22年法律第141号）", en = "Employment Security Act (Act No. 141 of 1947)" },
    kind = "law",
    publisher = "国会（法律） / National Diet",
    url = "https://laws.e-gov.go.jp/law/322AC0000000141",
    date = "1947-11-30",
  },
  kodomo_wakamono_ho = {
    title = { ja = "子ども・若者育成支援推進法（平成21年法律第71号）", en = "Act on Promotion of Development and Support for Children and Young People (Act No. 71 of 2009)" },
    kind = "law",
    publisher = "国会（法律） / National Diet",
    url = "https://laws.e-gov.go.jp/law/421AC0000000071",
    date = "2009-07-08",
  },
  osaka_heartful_jorei = {
    title = {
      ja = "大阪府障害者等の雇用の促進等と就労の支援に関する条例（ハートフル条例）",
      en = "Osaka Prefecture ordinance on promoting the employment of persons with disabilities and others (Heartful Ordinance)",
    },
    kind = "law",
    publisher = "大阪府 / Osaka Prefecture",
  },

  -- ── Official guidance: ministries, public bodies, municipalities ─────────────────────────────
  mhlw_hellowork_shuro = {
    title = { ja = "生活保護受給者等就労自立促進事業", en = "Employment self-reliance promotion for public-assistance recipients and others (Hello Work)" },
    kind = "official guidance",
    publisher = "厚生労働省 / Ministry of Health, Labour and Welfare",
    url = "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/koyou/newpage_24655.html",
  },
  mhlw_jusou = {
    title = { ja = "重層的支援体制整備事業（地域共生社会のポータルサイト）", en = "Multi-layered support system programme (community inclusion portal)" },
    kind = "official guidance",
    publisher = "厚生労働省 / Ministry of Health, Labour and Welfare",
    url = "https://www.mhlw.go.jp/kyouseisyakaiportal/jigyou/",
  },
  chohyo_yoshiki = {
    title = { ja = "自立相談支援機関 使用帳票類 標準様式", en = "Standard forms of the independence consultation office" },
    kind = "official guidance",
    publisher = "厚生労働省 / Ministry of Health, Labour and Welfare",
    date = "2015",
    note = "申込票 A/B (consent to share information with related agencies), the assessment and plan sheets.",
  },
  wam_qa_shuketsu = {
    title = { ja = "生活困窮者自立支援制度 Q&A（終結・中断）", en = "Q&A on the self-reliance support system: closure and suspension" },
    kind = "official guidance",
    publisher = "独立行政法人福祉医療機構（WAM NET） / Welfare and Medical Service Agency",
    url = "http://www.wam.go.jp/wamappl/shqa.nsf/adfd51a0a9a445da49257b3a0008c0cc/3fa9fa1dc4ed392e49257ff1002f2ef7?OpenDocument",
  },
  wam_qa_shushoku = {
    title = { ja = "生活困窮者自立支援制度 Q&A（就職後の支援の継続）", en = "Q&A on the self-reliance support system: support after a hire while goals remain" },
    kind = "official guidance",
    publisher = "独立行政法人福祉医療機構（WAM NET） / Welfare and Medical Service Agency",
    url = "https://www.wam.go.jp/wamappl/shqa.nsf/adfd51a0a9a445da49257b3a0008c0cc/8de28b6c36d4062649257ff1002f2eba?OpenDocument",
  },
  wam_qa_setai = {
    title = { ja = "生活困窮者自立支援制度 Q&A（世帯単位の収入・資産要件）", en = "Q&A on the self-reliance support system: the household-unit income and asset test" },
    kind = "official guidance",
    publisher = "独立行政法人福祉医療機構（WAM NET） / Welfare and Medical Service Agency",
    url = "https://www.wam.go.jp/wamappl/shqa.nsf/vQA/9AF5A48A94DC8BFD49257FF1002F2C33",
  },
  hokota_shien_kaigi = {
    title = { ja = "鉾田市生活困窮者自立支援法に基づく支援会議設置要綱", en = "Hokota City rules setting up the support meeting under the Act (art. 9)" },
    kind = "official guidance",
    publisher = "鉾田市 / Hokota City",
    url = "https://www.city.hokota.lg.jp/reiki_int/reiki_honbun/r229RG00000936.html",
  },
  sammu_jukyo = {
    title = { ja = "住居確保給付金（山武市）", en = "Housing security benefit (Sammu City)" },
    kind = "official guidance",
    publisher = "山武市 / Sammu City",
    url = "https://www.city.sammu.lg.jp/kenkou/sya-fukushi/page002582.html",
    note = "The income table by household size and the job-search duties of April 2023; packs use its figures where a region has not set its own.",
  },
  kunren_nintei = {
    title = { ja = "認定就労訓練事業（倉敷市・青森県・松江市の案内）", en = "Certified work training (guidance of Kurashiki City, Aomori Prefecture and Matsue City)" },
    kind = "official guidance",
    publisher = "倉敷市・青森県・松江市 / Kurashiki City, Aomori Prefecture, Matsue City",
    url = "https://www.pref.aomori.lg.jp/soshiki/kenko/kkenkofu/shurou-nintei.html",
    note = "Target group, certification, the non-employment and employment types decided by the municipality after the office's assessment, the step-up to general work.",
  },
  koga_jyunbi_yoko = {
    title = { ja = "古賀市就労準備支援事業実施要綱", en = "Koga City rules for employment-readiness support" },
    kind = "official guidance",
    publisher = "古賀市 / Koga City",
    url = "https://city.koga.fukuoka.jp/cityhall/reiki/reiki_honbun/q025RG00001551.html",
    note = "Three levels of readiness support and retention support after a hire.",
  },
  sentaku_guide = {
    title = { ja = "就労選択支援（水戸市・郡山市・大田区の案内）", en = "Employment-choice support (guidance of Mito, Koriyama and Ota City)" },
    kind = "official guidance",
    publisher = "水戸市・郡山市・大田区 / Mito City, Koriyama City, Ota City",
    url = "https://www.city.mito.lg.jp/site/syogai-service/109934.html",
  },
  jiritsu_soudan_shiyo = {
    title = { ja = "自立相談支援事業 業務委託仕様書（自治体の例）", en = "Independence consultation: a municipality's contract specification" },
    kind = "official guidance",
    publisher = "市町村（委託仕様書） / a municipality",
    note = "Screening defined as referring people to other systems and agencies, and following those referrals up.",
  },
  mhlw_gyosei_review = {
    title = { ja = "行政事業レビュー（生活困窮者自立支援制度）", en = "Administrative programme review: the self-reliance support system" },
    kind = "official guidance",
    publisher = "厚生労働省 / Ministry of Health, Labour and Welfare",
    note = "KPIs of the system, among them referrals to other agencies.",
  },
  chiba_rodokyoku_minwage = {
    title = { ja = "千葉県最低賃金（地域別最低賃金の改正・発効日）", en = "Chiba Prefecture minimum wage (revisions and effective dates)" },
    kind = "official guidance",
    publisher = "千葉労働局 / Chiba Labour Bureau",
  },
  kanagawa_rodokyoku_minwage = {
    title = { ja = "神奈川県最低賃金（地域別最低賃金の改正・発効日）", en = "Kanagawa Prefecture minimum wage (revisions and effective dates)" },
    kind = "official guidance",
    publisher = "神奈川労働局 / Kanagawa Labour Bureau",
  },
  osaka_rodokyoku_minwage = {
    title = { ja = "大阪府最低賃金（地域別最低賃金の改正・発効日）", en = "Osaka Prefecture minimum wage (revisions and effective dates)" },
    kind = "official guidance",
    publisher = "大阪労働局 / Osaka Labour Bureau",
  },
  saga_rodokyoku_minwage = {
    title = { ja = "佐賀県最低賃金（地域別最低賃金の改正・発効日）", en = "Saga Prefecture minimum wage (revisions and effective dates)" },
    kind = "official guidance",
    publisher = "佐賀労働局 / Saga Labour Bureau",
  },
  osaka_chiiki_shuro = {
    title = { ja = "大阪府地域就労支援事業", en = "Osaka Prefecture local employment support programme" },
    kind = "official guidance",
    publisher = "大阪府 / Osaka Prefecture",
    note = "Employment support for people who find it hard to get work (就職困難者等), through municipal local employment support centres.",
  },

  -- ── Practice documents: the seed documents and practitioners' own materials ──────────────────
  osaka_ladder_2 = {
    title = {
      ja = "働きづらい人々のキャリアラダー・モデルの創設 — 大阪地域における態様横断的就労支援モデル2.0の創出",
      en = "A career-ladder model for people who find it hard to work: the cross-category employment support model 2.0 for the Osaka area",
    },
    kind = "practice document",
    publisher = "A´ワーク創造館（日本財団 ワーク・ダイバーシティ モデル事業） / A' Work Sozokan (Nippon Foundation Work! Diversity model project)",
  },
  diversity_bukai = {
    title = {
      ja = "ダイバーシティ就労支援ネットワーク構築検討部会 議事概要（第1回・第3回）",
      en = "Minutes of the committee on building a diversity employment-support network (1st and 3rd meetings)",
    },
    kind = "practice document",
    publisher = "一般社団法人ダイバーシティ就労支援機構 / Japan Organization for Diversity Employment Support",
    url = "https://jodes.or.jp/",
    date = "2021-09",
    note = "Meetings of 2021-07-09 and 2021-09-30. Includes the Five Different Positions assessment and outreach of NPO Student Support Face (谷口委員), Zama City's 'no refusal' consultation (林委員) and the Osaka A´ Works discussions (西岡部会長). The URL is the organisation's site, where the document says its materials are published.",
  },
  shien_center_symposium = {
    title = {
      ja = "しごと・就労を切り口にした地域づくり — ワーカー育成事業のまとめ（シンポジウム資料）",
      en = "Community building through work: summary of the worker-training project (symposium materials)",
    },
    kind = "practice document",
    publisher = "公益社団法人ユニバーサル志縁センター / Universal Shien Center",
    date = "2023-03-23",
    note = "WAM-funded project (FY2021 supplementary budget). 'しごと情報' sheets: a place to belong → a visit → an experience → short part-time work → arranged employment.",
  },
  uwn_chiba_report = {
    title = {
      ja = "本人の状態像に応じた支援のあり方（ユニバーサル就労ネットワークちば）",
      en = "Support according to the person's condition (Universal Employment Network Chiba)",
    },
    kind = "practice document",
    publisher = "特定非営利活動法人ユニバーサル就労ネットワークちば（UWNちば） / NPO Universal Employment Network Chiba",
    date = "2015-07-28",
    note = "平田智子 (vice-chair), at the FY2015 training for readiness-support workers. Chiba City's support flow and menu, the universal-work ladder (unpaid → paid commuter → minimum-wage staff → general-wage staff), individual support plans, the appraisal sheet, Mr B's case.",
  },
  inclusion_net_kanagawa = {
    title = { ja = "インクルージョンネットかながわの取り組み", en = "The work of Inclusion Net Kanagawa" },
    kind = "practice document",
    publisher = "一般社団法人インクルージョンネットかながわ / Inclusion Net Kanagawa",
    date = "2014",
    note = "鈴木晶子 (representative director). Kamakura and Fujisawa: consultation, readiness support (statutory and self-funded), byturn for high-school students.",
  },
  kushiro_kyogikai = {
    title = { ja = "一社釧路社会的企業創造協議会 自己紹介します（就労準備育成研修）", en = "Introducing the Kushiro Social Enterprise Creation Council (readiness-support training)" },
    kind = "practice document",
    publisher = "一般社団法人釧路社会的企業創造協議会 / Kushiro Social Enterprise Creation Council",
    date = "2014-07-28",
    note = "櫛部武俊 (vice-representative), at the training of the National Council of Social Welfare, Tokyo. The Kushiro model (paid work 0% → 100%), the house rules of 2014-07-14, the city's programme network.",
  },
  nakapotsu_kikan = {
    title = {
      ja = "職業生活を支える地域体制の構築 — 障害者就業・生活支援センターにおける「基幹型」の役割から考える",
      en = "Building local systems that sustain working life: the 'core' role of Employment and Life Support Centres",
    },
    kind = "practice document",
    publisher = "特定非営利活動法人全国就業支援ネットワーク / National Employment Support Network",
    note = "藤尾健二 (representative director). Cites the 2021-06 report of the study group on linking employment and welfare policy for persons with disabilities.",
  },
  shunan_shakyo = {
    title = { ja = "生活困窮者自立支援の流れ（周南市社会福祉協議会）", en = "How independence support proceeds (Shunan City Council of Social Welfare)" },
    kind = "practice document",
    publisher = "周南市社会福祉協議会 / Shunan City Council of Social Welfare",
    url = "https://shunan-shakyo.or.jp/thema03",
    note = "The support coordination meeting decides; the municipality makes the support decision.",
  },
  kazenomura_uw = {
    title = { ja = "ユニバーサル就労（生活クラブ風の村）", en = "Universal work (Seikatsu Club Kazenomura)" },
    kind = "practice document",
    publisher = "社会福祉法人生活クラブ / Seikatsu Club Welfare Corporation",
    url = "http://kazenomura.jp/universal/",
  },

  -- ── Secondary: summaries by third parties, cited where no primary page was at hand ──────────
  hitnorth_2018 = {
    title = { ja = "生活困窮者自立支援法の改正（2018年）の概要", en = "Summary of the 2018 amendment of the Act" },
    kind = "secondary",
    publisher = "北海道総合研究調査会（HIT） / Hokkaido Intellect Tank",
    url = "https://hit-north.or.jp/report/2021/04/12/592",
  },
  kakei_summary = {
    title = { ja = "家計改善支援事業の流れと対象", en = "Household-budget improvement support: its steps and who it serves" },
    kind = "secondary",
    publisher = "くらしの相談ネット ほか / kurashinosoudan.net and others",
    url = "https://kurashinosoudan.net/kakeikaizenshien",
  },
  ichiji_summary = {
    title = { ja = "一時生活支援事業の期間", en = "Temporary shelter programme: its period" },
    kind = "secondary",
    publisher = "LivEBank（ソラトブネズミ） / LivEBank",
    url = "https://livebank.soratobunezumi.co.jp/media/itijiseikatu",
  },
  nakapotsu_summary = {
    title = { ja = "障害者就業・生活支援センター（なかぽつ）とは", en = "What an Employment and Life Support Centre (Nakapotsu) does" },
    kind = "secondary",
    publisher = "Kaien",
    url = "https://kaien-lab.com/faq/7-faq-admin/employment-life-support",
  },
  saposute_summary = {
    title = { ja = "地域若者サポートステーションの対象年齢（15〜49歳、2020年度から）", en = "Regional Youth Support Stations: ages served (15–49 from FY2020)" },
    kind = "secondary",
    publisher = "二次的な要約（一次資料は厚生労働省） / secondary summaries (primary: MHLW)",
  },
  houkatsu_summary = {
    title = { ja = "地域包括支援センター", en = "Community General Support Centres" },
    kind = "secondary",
    publisher = "日本医師会 / Japan Medical Association",
    url = "https://med.or.jp/insura/nursing/0203mini.html",
  },
  chiba_city_jukyo = {
    title = { ja = "千葉市 住居確保給付金のご案内（収入基準額・支給上限額）", en = "Chiba City: the housing security benefit (income lines and payment caps)" },
    kind = "official guidance",
    publisher = "千葉市 / Chiba City",
    date = "2021",
    note = "The city's page, 2021–2026 editions: 収入基準額 = 基準額 + 支給上限 for one to three persons.",
  },
  mhlw_jukyo_covid = {
    title = { ja = "住居確保給付金の新型コロナウイルス感染症に係る特例措置（求職活動要件の緩和）", en = "COVID-19 temporary measures of the housing security benefit (relaxed job-search duties)" },
    kind = "official guidance",
    publisher = "厚生労働省 / Ministry of Health, Labour and Welfare",
    date = "2020-04",
    note = "Notices and leaflets of 2020-04 onwards; municipal FAQ pages restate them.",
  },
  minwage_summary = {
    title = { ja = "地域別最低賃金の全国加重平均額（年度ごとの改定）", en = "National weighted average of the regional minimum wages (yearly revisions)" },
    kind = "secondary",
    publisher = "社会保険労務士事務所・報道の要約 / summaries by labour consultants and the press",
    note = "The primary source is the MHLW's yearly announcement of the regional minimum wages.",
  },
}
