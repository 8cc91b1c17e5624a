## 入境事务处采用的计划名称，以及每项计划的适用对象。

scheme-ttps = 高端人才通行证计划
scheme-ttps-short = 高才通
scheme-ttps-summary = 高收入人士和全球顶尖大学毕业生；无需事先获得聘用。
scheme-qmas = 优秀人才入境计划
scheme-qmas-short = 优才计划
scheme-qmas-summary = 具备优秀技能或才能的人士，择优甄选；无需事先获得聘用。
scheme-gep = 一般就业政策（专业人士）
scheme-gep-short = 一般就业政策
scheme-gep-summary = 已获香港雇主确定聘用的专业人士。
scheme-asmtp = 输入内地人才计划
scheme-asmtp-short = 输入内地人才计划
scheme-asmtp-summary = 已获香港雇主确定聘用的内地中国居民。
scheme-techtas = 科技人才入境计划
scheme-techtas-short = 科技人才入境计划
scheme-techtas-summary = 受聘于获配额公司的科技人才。
scheme-iang = 非本地毕业生留港/回港就业安排
scheme-iang-short = 非本地毕业生安排
scheme-iang-summary = 在香港修读学位课程的非本地毕业生，留港或回港工作。
scheme-assg = 输入中国籍香港永久性居民第二代计划
scheme-assg-short = 第二代计划
scheme-assg-summary = 移居海外的中国籍香港永久性居民在海外出生的子女。
scheme-new-cies = 新资本投资者入境计划
scheme-new-cies-short = 新资本投资者入境计划
scheme-new-cies-summary = 在香港投资于获许投资资产的投资者。
