## 交给客户的 PDF 材料清单，以及 `talentnav checklist`。

checklist-title = 申请材料清单
checklist-applicant = 申请人
checklist-route = 申请类别
checklist-route-any = 尚未选定：列出所有申请类别所需的材料
checklist-reference = 参考编号
checklist-reference-none = 自我评估（未建立客户档案）
checklist-planned = 预计递交日期
checklist-planned-none = 未定
checklist-generated = 制表日期
checklist-rule-pack = 规则数据包
checklist-name-none = 未提供姓名
checklist-attention = 需要注意的事项
checklist-expires = 有效期至{ DATE($date) }
checklist-expires-before-submission = 于{ DATE($date) }到期，早于{ DATE($submit) }递交申请：请先办理续期。
checklist-note = 备注：{ $note }
checklist-na = 不适用：{ $reason }
checklist-obsolete = 因家庭成员信息或规则变化，已不再需要。
checklist-fees = 费用
checklist-fees-unknown = 规则数据包中没有该计划的费用，请查阅入境处网页。
checklist-processing = 办理时间
checklist-processing-unknown = 入境处没有公布该计划的办理时间。
checklist-submit = 递交方式
checklist-submit-online = 仅接受网上申请：通过入境处手机应用程序、入境处网站或香港政府一站通递交。入境处不接受亲自前往、邮寄或通过投递箱递交的申请。
checklist-submit-guide = 申请指南：{ $guide }。
checklist-submit-guide-unconfirmed = 申请指南的编号尚未确定；请使用入境处网页链接的申请指南。
checklist-sources = 资料来源
checklist-source = { $id } { $title }，修订日期：{ DATE($revised) }
checklist-disclaimer = 是否批准申请由入境事务处处长酌情决定。材料齐全只表示可以递交申请，并不表示会获发签证或进入许可。入境处可要求申请人补交其他材料。
checklist-page = 第 { $page } 页，共 { $pages } 页

cli-cmd-checklist = 将申请的材料清单（已预先填写）导出为 PDF
cli-opt-checklist-output = 要写入的 PDF 文件；新文件完整写好后才会替换现有文件
checklist-written = 材料清单已写入 { $path }：共 { $pages } 页，{ $items } 项材料。
error-checklist-needs-input = 请指明要导出哪份清单：--application 申请编号，或 --profile 文件加 --scheme 计划。
error-checklist-route-without-scheme = --route 须与 --profile 和 --scheme 一起使用；申请本身已选定申请类别。
error-checklist-unprintable = { $field }含有 PDF 材料清单无法显示的字符：{ $chars }。请删除或改用其他写法；未写入任何文件。
checklist-field-applicant-name = 申请人的姓名
checklist-field-dependant-name = 受养人 { $n } 的姓名
checklist-field-note = “{ $document }”（{ $party }）的备注
checklist-field-na-reason = “{ $document }”（{ $party }）不适用的原因

## 第 15 项：图例说明每个标记及状态的含义。
checklist-legend-boxes = 空白方框：尚待收集；已勾选：已收到、已核实或已递交；横线：不适用，并注明原因。
checklist-legend-required = 须提交：根据家庭成员的信息，必须提交此材料。
checklist-legend-may-be-needed = 可能需要：取决于一项暂无信息的情况（列于材料下方）；确定后，此材料会改为须提交或不再列出。
checklist-legend-if-any = 如有：仅在当事人持有此材料时提交。
checklist-household = 家庭成员
checklist-field-employer-name = 雇主名称

## 第 13 项：并非入境处发出的申请指南名称（入境处的指南以 ID(E)／ID(C) 编号列出）。
guide-techtas = 创新科技署“科技人才入境计划”申请指引（TechTAS 01/02）
guide-new-cies = 投资推广署“新资本投资者入境计划”规则

# 第 8 号议题复查：打印清单上每个待确认事项只详述一次，各项目下简要提及。
checklist-open-points = 须向入境处确认的事项
