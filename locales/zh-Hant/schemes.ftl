## 入境事務處採用的計劃名稱，以及每項計劃的適用對象。

scheme-ttps = 高端人才通行證計劃
scheme-ttps-short = 高才通
scheme-ttps-summary = 高收入人士及全球頂尖大學畢業生；毋須已獲聘用。
scheme-qmas = 優秀人才入境計劃
scheme-qmas-short = 優才計劃
scheme-qmas-summary = 具備優秀技能或才能的人士，擇優甄選；毋須已獲聘用。
scheme-gep = 一般就業政策（專業人士）
scheme-gep-short = 一般就業政策
scheme-gep-summary = 已獲香港僱主確實聘用的專業人士。
scheme-asmtp = 輸入內地人才計劃
scheme-asmtp-short = 輸入內地人才計劃
scheme-asmtp-summary = 已獲香港僱主確實聘用的內地中國居民。
scheme-techtas = 科技人才入境計劃
scheme-techtas-short = 科技人才入境計劃
scheme-techtas-summary = 獲配額公司聘用的科技人才。
scheme-iang = 非本地畢業生留港/回港就業安排
scheme-iang-short = 非本地畢業生安排
scheme-iang-summary = 修讀香港學位課程的非本地畢業生，留港或回港工作。
scheme-assg = 輸入中國籍香港永久性居民第二代計劃
scheme-assg-short = 第二代計劃
scheme-assg-summary = 移居海外的中國籍香港永久性居民在海外出生的子女。
scheme-new-cies = 新資本投資者入境計劃
scheme-new-cies-short = 新資本投資者入境計劃
scheme-new-cies-summary = 在香港投資於獲許投資資產的投資者。
