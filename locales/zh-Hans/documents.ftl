## 材料：各计划要求的材料名称，以及适用情况的说明。

doc-photo = 近期照片
doc-travel-document = 有效旅行证件
doc-hkid = 香港身份证
doc-consent-letter = 工作单位或内地有关部门出具的同意书
doc-macao-documents = 澳门居民往来香港特别行政区通行证及澳门身份证
doc-taiwan-documents = 台湾户籍誊本及台湾身份证
doc-overseas-residence = 海外居留证明
doc-degree-certificate = 学士学位毕业证书及成绩单
doc-degree-verification = 学士学位核实证明
doc-work-experience = 工作经验证明
doc-income-proof = 年收入达到250万港元或以上的证明
doc-qmas-checklist = 申请须知 ID(C) 982 清单所列材料
doc-qmas-criterion-evidence = 每项所申报准则的证明材料
doc-signed-declaration = 已签署的网上声明（确认信息真实）
doc-qmas-dependant-documents = 受养人材料（四个上传项目）
doc-academic-and-work-proof = 学历及相关工作经验证明
doc-employment-contract = 雇佣合同或聘书
doc-br-certificate = 商业登记证
doc-financial-standing = 公司财务状况证明
doc-company-background = 公司背景资料
doc-business-plan = 详细业务计划书
doc-talent-list-declaration = 声明职位属人才清单专业
doc-techtas-academic-proof = 学历、经验或技术能力证明
doc-techtas-quota-letter = 创新科技署配额批准信
doc-iang-qualification = 成绩单、毕业证书或院校证明信
doc-assg-relationship = 与香港永久性居民父或母关系的证明
doc-parent-hkpic = 父或母的香港永久性居民身份证
doc-parent-marriage-certificate = 父母的结婚证书
doc-assg-financial-standing = 经济能力证明
doc-cies-net-assets = 投资推广署净资产规定证明书
doc-cies-investment = 投资推广署投资规定证明书
doc-macao-id = 澳门身份证
doc-foreign-pr = 外国永久居留身份证明
doc-no-criminal-conviction = 无犯罪记录证明
doc-relationship-evidence = 关系证明
doc-dependant-other-ids = 澳门或台湾身份证明，或海外居留证明
doc-sponsor-documents = 担保人的旅行证件、身份证及经济能力证明

doc-note-waiver-facilitation = 如申请人或雇主符合一般就业政策／输入内地人才计划的便利措施，则无需提交。
doc-party-applicant = 申请人
doc-party-employer = 雇主

## 第 15 项：谁要提交哪些材料、在什么情况下提交。只有家庭成员的信息确定需要时，才标为“须提交”；
## 条件尚未确定时，写明条件及可确定条件的信息。

doc-need-may-be-needed = 可能需要
doc-need-if-any = 如有
doc-party-spouse = 配偶
doc-party-civil-partner = 民事伴侣
doc-party-de-facto-partner = 事实伴侣
doc-party-child = 子女
doc-party-child-born = 子女，{ DATE($born) }出生
doc-party-parent = 父母
doc-party-family-member = 家庭成员 { $n }
doc-when-offer = 仅在你已获确定聘用时需要提交。
doc-when-mainland-resident = 仅在你是内地中国居民时需要提交。
doc-when-macao-resident = 仅在你是澳门居民时需要提交。
doc-when-taiwan-resident = 仅在你是台湾居民时需要提交。
doc-when-overseas-cn-passport = 仅在你持中国护照并在海外居住时需要提交。
doc-when-cn-with-foreign-pr = 仅在你是已取得外国永久居留权的中国籍人士时需要提交。
doc-when-talent-list-post = 仅在雇主以人才清单代替证明职位无法在本地招到合适人选时需要提交。
doc-when-ttps-experience = 仅在申请B类，或申请C类并申报工作经验时需要提交。
doc-when-employer-new = 仅在公司于递交申请前 12 个月内成立时需要提交。
doc-when-not-listed-employer = 如公司在香港交易所主板或 GEM 上市，或在递交申请前 24 个月内曾为非本地员工取得就业或培训签证，则无需提交。
doc-when-not-child = 仅适用于配偶或伴侣，受养子女无需提交。
doc-when-dependant-macao-resident = 仅在此人居住在澳门时需要提交。
doc-when-dependant-taiwan-resident = 仅在此人居住在台湾时需要提交。
doc-when-dependant-overseas-cn = 仅在此人持中国护照并在内地、香港、澳门和台湾以外的地方居住时需要提交。
doc-not-known-yet = 暂无信息：{ $fact }。
doc-fact-has-job-offer = 你是否已获香港雇主确定聘用
doc-fact-route = 你申请的类别
doc-fact-applicant-nationality = 你的国籍
doc-fact-applicant-mainland-resident = 你是否内地中国居民
doc-fact-applicant-macao-resident = 你是否澳门居民
doc-fact-applicant-taiwan-resident = 你是否台湾居民
doc-fact-applicant-overseas-permanent-resident = 你是否持有外国永久居留权
doc-fact-applicant-employment = 你是否申报工作经验
doc-fact-job-offer-talent-list-profession = 职位是否属人才清单专业
doc-fact-job-offer-employer-established-on = 公司的成立日期
doc-fact-job-offer-employer-listed-in-hk = 公司是否在香港交易所主板或 GEM 上市
doc-fact-job-offer-employer-visa-sponsored-within-24-months = 公司在递交申请前 24 个月内是否曾为非本地员工取得就业或培训签证
doc-fact-dependants-relationship = 此人与你的关系
doc-fact-dependants-resident-of = 此人的居住地
doc-fact-dependants-nationality = 此人的国籍
doc-excluded = 无需提交材料：此人不能以受养人身份来港。{ $reason }

# review fixes
doc-when-dependant-admitted = 仅在此人可以受养人身份来港时需要提交；这一点尚未确定。
doc-fact-dependants-date-of-birth = 此人的出生日期
doc-fact-dependants-married = 这名子女是否已婚
doc-fact-dependants-macao-former-mainland-resident = 此人在澳门居住前是否是内地居民
doc-fact-dependants-macao-macao-id-since = 此人自何时起持有澳门居民身份证
doc-fact-dependants-macao-one-way-permit = 此人是否经单程证前往澳门

# 第 8 号议题复查：打印清单上每个待确认事项只详述一次，各项目下简要提及。
doc-note-unconfirmed = 尚未确定：{ $text }。详见下文“须向入境处确认的事项”。
