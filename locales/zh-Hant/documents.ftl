## 文件：各計劃要求的文件名稱，以及適用情況的說明。

doc-photo = 近照
doc-travel-document = 有效旅行證件
doc-hkid = 香港身份證
doc-consent-letter = 現職單位或內地有關當局發出的同意書
doc-macao-documents = 澳門居民往來香港特別行政區通行證及澳門身份證
doc-taiwan-documents = 台灣戶籍謄本及台灣身份證
doc-overseas-residence = 海外居留證明
doc-degree-certificate = 學士學位畢業證書及成績單
doc-degree-verification = 學士學位核實證明
doc-work-experience = 工作經驗證明
doc-income-proof = 全年收入達港幣250萬元或以上的證明
doc-qmas-checklist = 申請須知 ID(C) 982 清單所列文件
doc-qmas-criterion-evidence = 每項所申報準則的證明文件
doc-signed-declaration = 已簽署的網上聲明（確認資料真確）
doc-qmas-dependant-documents = 受養人文件（四個上載項目）
doc-academic-and-work-proof = 學歷及相關工作經驗證明
doc-employment-contract = 僱傭合約或聘書
doc-br-certificate = 商業登記證
doc-financial-standing = 公司財政狀況證明
doc-company-background = 公司背景資料
doc-business-plan = 詳細業務計劃書
doc-talent-list-declaration = 聲明職位屬人才清單專業
doc-techtas-academic-proof = 學歷、經驗或技術能力證明
doc-techtas-quota-letter = 創新科技署配額批准信
doc-iang-qualification = 成績單、畢業證書或院校證明信
doc-assg-relationship = 與香港永久性居民父或母關係的證明
doc-parent-hkpic = 父或母的香港永久性居民身份證
doc-parent-marriage-certificate = 父母的結婚證書
doc-assg-financial-standing = 經濟能力證明
doc-cies-net-assets = 投資推廣署淨資產規定證明書
doc-cies-investment = 投資推廣署投資規定證明書
doc-macao-id = 澳門身份證
doc-foreign-pr = 外國永久居留身份證明
doc-no-criminal-conviction = 無犯罪紀錄證明書
doc-relationship-evidence = 關係證明
doc-dependant-other-ids = 澳門或台灣身份文件，或海外居留證明
doc-sponsor-documents = 保證人的旅行證件、身份證及經濟能力證明

doc-note-waiver-facilitation = 如申請人或僱主符合一般就業政策／輸入內地人才計劃的便利措施，則毋須提交。
doc-party-applicant = 申請人
doc-party-employer = 僱主

## 第 15 項：誰要提交甚麼文件、在甚麼情況下提交。只有家庭成員的資料確定需要時，才標示為「須提交」；
## 條件未能確定時，寫明條件及可確定條件的資料。

doc-need-may-be-needed = 或須提交
doc-need-if-any = 如有
doc-party-spouse = 配偶
doc-party-civil-partner = 民事伴侶
doc-party-de-facto-partner = 事實伴侶
doc-party-child = 子女
doc-party-child-born = 子女，{ DATE($born) }出生
doc-party-parent = 父母
doc-party-family-member = 家庭成員 { $n }
doc-when-offer = 只在你已獲確實聘用時須提交。
doc-when-mainland-resident = 只在你是內地中國居民時須提交。
doc-when-macao-resident = 只在你是澳門居民時須提交。
doc-when-taiwan-resident = 只在你是台灣居民時須提交。
doc-when-overseas-cn-passport = 只在你持中國護照並居於海外時須提交。
doc-when-cn-with-foreign-pr = 只在你是已取得外國永久居留權的中國籍人士時須提交。
doc-when-talent-list-post = 只在僱主以人才清單代替證明職位未能在本地覓得人選時須提交。
doc-when-ttps-experience = 只在申請B類，或申請C類並申報工作經驗時須提交。
doc-when-employer-new = 只在公司於遞交申請前 12 個月內成立時須提交。
doc-when-not-listed-employer = 如公司在香港交易所主板或 GEM 上市，或在遞交申請前 24 個月內曾為非本地僱員取得就業或培訓簽證，則毋須提交。
doc-when-not-child = 只適用於配偶或伴侶，受養子女毋須提交。
doc-when-dependant-macao-resident = 只在此人居於澳門時須提交。
doc-when-dependant-taiwan-resident = 只在此人居於台灣時須提交。
doc-when-dependant-overseas-cn = 只在此人持中國護照並居於內地、香港、澳門及台灣以外地方時須提交。
doc-not-known-yet = 未有資料：{ $fact }。
doc-fact-has-job-offer = 你是否已獲香港僱主確實聘用
doc-fact-route = 你申請的類別
doc-fact-applicant-nationality = 你的國籍
doc-fact-applicant-mainland-resident = 你是否內地中國居民
doc-fact-applicant-macao-resident = 你是否澳門居民
doc-fact-applicant-taiwan-resident = 你是否台灣居民
doc-fact-applicant-overseas-permanent-resident = 你是否持有外國永久居留權
doc-fact-applicant-employment = 你是否申報工作經驗
doc-fact-job-offer-talent-list-profession = 職位是否屬人才清單專業
doc-fact-job-offer-employer-established-on = 公司的成立日期
doc-fact-job-offer-employer-listed-in-hk = 公司是否在香港交易所主板或 GEM 上市
doc-fact-job-offer-employer-visa-sponsored-within-24-months = 公司在遞交申請前 24 個月內是否曾為非本地僱員取得就業或培訓簽證
doc-fact-dependants-relationship = 此人與你的關係
doc-fact-dependants-resident-of = 此人的居住地
doc-fact-dependants-nationality = 此人的國籍
doc-excluded = 毋須提交文件：此人不能以受養人身份來港。{ $reason }

# review fixes
doc-when-dependant-admitted = 只在此人可以受養人身份來港時須提交；此點尚未確定。
doc-fact-dependants-date-of-birth = 此人的出生日期
doc-fact-dependants-married = 此名子女是否已婚
doc-fact-dependants-macao-former-mainland-resident = 此人居於澳門前是否為內地居民
doc-fact-dependants-macao-macao-id-since = 此人自何時起持有澳門居民身份證
doc-fact-dependants-macao-one-way-permit = 此人是否經單程證前往澳門

# 第 8 號議題覆檢：列印清單上每個待確認事項只詳述一次，各項目下簡要提及。
doc-note-unconfirmed = 未確定：{ $text }。詳見下文「須向入境處確認的事項」。
