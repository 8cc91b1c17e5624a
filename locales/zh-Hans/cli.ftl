## 命令行：帮助文字和错误信息。错误信息只有一行，并指出问题所在。

cli-about = 离线评估香港人才入境计划并管理客户档案。不带命令运行即打开窗口。
cli-usage-heading = 用法
cli-commands-heading = 命令
cli-options-heading = 选项
cli-command-placeholder = 命令
cli-opt-lang = 所有输出的语言：en、zh-Hant 或 zh-Hans（默认为系统语言）
cli-opt-data-dir = 存放客户档案和设置的数据文件夹（默认：{ $default }；也可用 TALENTNAV_DATA_DIR 设置）
cli-opt-help = 显示本帮助
cli-opt-version = 显示版本
cli-opt-json = 以 JSON 而非文本格式输出
cli-cmd-about = 显示版本、数据文件夹和规则数据包
cli-no-window = 此版本的{ app-name }没有窗口。请运行“talentnav --help”查看可用命令。
cli-window-missing = 在 { $path } 找不到窗口程序。请用“cargo build --release --features custom-protocol”构建，或重新安装{ app-name }。

error-line = 错误：{ $message }
error-unknown-argument = 此处没有 { $arg } 选项。请运行“talentnav --help”查看可用选项。
error-unknown-command = 没有 { $command } 这个命令。请运行“talentnav --help”查看可用命令。
error-missing-value = { $arg } 需要一个值。
error-invalid-value = “{ $value }”不是 { $arg } 的有效值。
error-bad-command-line = 无法读取命令行。请运行“talentnav --help”查看用法。
error-unsupported-language = { app-name }不支持“{ $value }”；请使用 en、zh-Hant 或 zh-Hans。
error-io = { $path }：{ $reason }
error-internal = { app-name }内部出错：{ $detail }
error-no-display = 找不到显示器（未设置 DISPLAY），因此无法打开窗口。“talentnav --help”列出的命令无需显示器也能使用。
error-window = 无法打开窗口：{ $detail }

io-not-found = 找不到
io-permission-denied = 没有权限
io-already-exists = 已经存在
io-not-a-directory = 不是文件夹
io-storage-full = 磁盘已满
io-read-only = 磁盘只读
io-invalid-data = 文件已损坏或格式不符
io-other = 无法读取或写入
label-value = { $label }：{ $value }

cli-cmd-assess = 按指定日期，评估个人资料文件是否符合全部八项计划
cli-cmd-schema = 输出个人资料文件格式的 JSON Schema
cli-opt-profile = 要评估的个人资料文件（talentnav.profile/1 JSON）
cli-opt-batch = 逐行评估 JSON Lines 文件，每行输出一个结果
cli-opt-as-of = 以此日期而非个人资料文件的 submission_date 评估规则
error-assess-needs-input = 请用 --profile 文件提供个人资料文件，或用 --batch 文件提供多份个人资料。
error-profile = { $message }
error-batch-lines = 有 { $count } 行未能评估；请查看上面的信息。
assess-title = 评估日期：{ DATE($date) } · 规则数据包 { $pack }
assess-col-scheme = 计划
assess-col-verdict = 结果
assess-general = 所有申请类别的共同要求：
assess-dependants = 受养人
assess-missing = 尚需信息（按重要性排列）：
assess-review = 有待核实的原因：
assess-what-if = 可改变结果的因素：
assess-notes = 备注：
assess-comparison = 逗留期限、办理时间及费用：

cli-cmd-client = 管理客户档案：新增、列出、查看、更新或删除客户
cli-cmd-client-add = 用个人资料文件新增客户
cli-cmd-client-list = 列出客户，可搜索和筛选
cli-cmd-client-show = 查看一位客户
cli-cmd-client-update = 用个人资料文件替换客户的资料
cli-cmd-client-delete = 删除客户及其所有申请和材料
cli-cmd-verify-audit = 检查审计记录是否被改动
cli-arg-client-id = 客户编号（见“talentnav client list”）
cli-opt-name = 姓名的一部分，英文或中文均可
cli-opt-scheme = 只列出有此计划申请的客户（ttps、qmas、gep、asmtp、techtas、iang、assg、new_cies）
cli-opt-status = 只列出有此状态申请的客户（draft、preparing、submitted、approved、refused、withdrawn）
cli-opt-missing-docs = 只列出仍缺材料的客户
cli-opt-expiring = 只列出有材料在指定天数内到期的客户
client-added = 已新增客户 { $id }。
client-updated = 已更新客户 { $id }。
client-deleted = 已删除客户 { $id }。
client-list-empty = 没有匹配的客户。
client-heading = 客户 { $id }：{ $name }
client-col-id = 编号
client-col-name = 姓名
client-col-chinese = 中文姓名
client-col-applications = 申请数量
client-col-nationality = 国籍
client-col-updated = 最后更改
audit-ok = 审计记录完整（共 { $entries } 项）。
audit-broken = 审计记录已被改动：第 { $seq } 项（共 { $entries } 项）与记录链不符。
store-error-no-client = 没有客户 { $id }。
store-error-client-changed = 你开始修改后，该客户已在别处（另一个窗口或命令行）被更改，所以这次没有保存。页面现在显示较新的版本，你输入的内容仍然保留：再保存一次，就会用你的版本替换较新的版本。
store-error-database = 无法读取或写入客户档案（{ $path }）：{ $reason }
store-error-no-application = 没有申请 { $id }。
store-error-no-item = 没有材料项目 { $id }。
store-error-unknown-scheme = “{ $scheme }”不是计划；请使用 ttps、qmas、gep、asmtp、techtas、iang、assg 或 new_cies。
store-error-unknown-route = “{ $route }”不是此计划的申请类别；请使用以下任何一项：{ $routes }。
store-error-bad-date = “{ $value }”不是日期（请写成 YYYY-MM-DD）。
store-error-bad-status = “{ $value }”不是状态；请使用以下任何一项：{ $allowed }。
store-error-na-needs-reason = 标记为不适用的材料须注明原因（--reason）。

cli-cmd-app = 申请：为客户建立申请（含材料清单）、列出、查看、设置状态、重新生成清单
cli-cmd-app-create = 建立申请及其材料清单
cli-cmd-app-list = 列出申请
cli-cmd-app-show = 查看申请及其材料
cli-cmd-app-status = 设置申请状态
cli-cmd-app-regenerate = 按当前的资料和规则重新生成清单，保留所有状态
cli-cmd-doc = 申请的材料：列出、设置状态、到期日或备注
cli-cmd-doc-list = 列出申请的材料
cli-cmd-doc-set = 设置材料的状态或到期日
cli-cmd-doc-note = 为材料添加备注
cli-arg-app-id = 申请编号（见“talentnav app list”）
cli-arg-item-id = 材料编号（见“talentnav doc list”）
cli-opt-app-scheme = 计划：ttps、qmas、gep、asmtp、techtas、iang、assg 或 new_cies
cli-opt-route = 计划内的申请类别，例如 ttps.b
cli-opt-planned = 拟递交申请的日期
cli-opt-app-status = draft、preparing、submitted、approved、refused 或 withdrawn
cli-opt-doc-status = required、requested、received、verified、submitted 或 not_applicable
cli-opt-reason = 材料不适用的原因
cli-opt-expiry = 材料的到期日（留空即清除）
cli-opt-note = 备注内容
app-created = 已建立申请 { $id } 及其材料清单。
app-heading = 申请 { $id }：{ $scheme }（{ $status }）
app-status-set = 申请 { $id } 的状态现为{ $status }。
app-regenerated = 清单已重新生成：新增 { $added } 项，{ $obsolete } 项不再需要（已保留），恢复 { $restored } 项，{ $kept } 项不变。
app-col-id = 编号
app-col-client = 客户
app-col-scheme = 计划
app-col-status = 状态
app-col-planned = 拟递交日期
doc-col-id = 编号
doc-col-party = 提交人
doc-col-document = 材料
doc-col-status = 状态
doc-col-expiry = 到期日
doc-updated = 材料 { $id } 的状态现为{ $status }。
doc-noted = 已为材料 { $id } 添加备注。
doc-obsolete = { $name }（不再需要）
doc-status-required = 须提交
doc-status-requested = 已要求提供
doc-status-received = 已收到
doc-status-verified = 已核实
doc-status-submitted = 已递交
doc-status-not-applicable = 不适用
cli-cmd-doc-attach = 为材料附加文件（复制到数据文件夹）
cli-arg-file = 要附加的文件
cli-opt-max-mib = 可接受的最大文件（MiB，默认 50）
doc-attached = 已将“{ $name }”附加到材料 { $id }。
store-error-attachment-too-large = 文件大小为 { $size }；附件上限为 { $limit }。

warn-travel-document-before = 旅行证件于{ DATE($expires) }到期，早于{ DATE($submit) }递交申请。
warn-travel-document-during-stay = 旅行证件于{ DATE($expires) }到期，在 { $months } 个月的首次逗留期内。
warn-income-not-covered = 没有收入证明涵盖递交申请前一年（{ DATE($from) }至{ DATE($submit) }）。
warn-child-turns-18 = { DATE($born) }出生的子女将于{ DATE($date) }年满 18 岁，早于{ DATE($submit) }递交申请：届时不再是受养子女。
warn-document-expires = { $document }（编号 { $item }）于{ DATE($expires) }到期，早于{ DATE($submit) }递交申请。
cli-cmd-warnings = 进行中申请的提醒：即将到期的材料、收入证明、将满 18 岁的子女
warnings-none = 没有提醒。
warnings-heading = 客户 { $client }，申请 { $app }：

cli-cmd-export = 将客户的完整档案（资料、申请、材料、备注、审计记录、附件）导出为一个压缩包
cli-cmd-import = 导入客户压缩包；压缩包只要有一项检查未通过，就不会写入任何数据
cli-opt-output = 要写入的文件
cli-arg-archives = 由“talentnav export”制作的客户压缩包
export-done = 已将客户 { $id } 导出至 { $path }。
import-done = { $path }：已导入为客户 { $id }。
import-failed = { $path }：{ $message }
import-some-failed = 有 { $count } 个压缩包未能导入；请查看上面的信息。
store-error-archive-corrupt = 压缩包已损坏或不是客户压缩包。
store-error-archive-bad-path = 压缩包含有客户压缩包不应有的条目“{ $path }”，已拒绝导入。
store-error-archive-too-large = 压缩包声明 { $path } 大小为 { $size }；客户压缩包中此条目的上限为 { $limit }。
store-error-archive-schema = 压缩包格式为“{ $value }”；此版本读取“{ $expected }”。
store-error-archive-hash = { $path } 与压缩包清单中的校验值不符。
store-error-archive-unlisted = { $path } 在压缩包内，却不在其清单上。
store-error-archive-missing = 压缩包缺少 { $path }。
store-error-archive-profile = 压缩包 client.json 中的个人资料无效：{ $reason }
store-error-archive-exists = 此客户（uid { $uid }）已在客户档案中。

# issue 14: archives and attachments against hostile input
io-is-a-directory = 是文件夹，不是文件
io-too-large = 文件太大
io-out-of-memory = 内存不足
io-os-error = 无法读取或写入（系统错误代码 { $number }）
io-not-regular = 不是普通文件，而是{ $kind ->
    [symlink] 符号链接；请提供链接指向的文件
    [fifo] 命名管道
    [device] 设备
    [socket] 套接字
    [directory] 文件夹
   *[other] 其他类型
}
db-busy = 另一个程序长时间占用数据库，请稍后重试
db-corrupt = 数据库文件已损坏
db-cannot-open = 无法打开数据库文件
db-conflict = 有记录与已保存的记录冲突
db-code = 数据库拒绝了操作（SQLite 结果代码 { $number }）
db-newer = 数据库由较新版本的{ app-name }写入
store-error-data-io = 数据文件夹中的 { $path }：{ $reason }
store-error-source-io = 无法读取文件 { $path }：{ $reason }
store-error-archive-io = 无法读取压缩包 { $path }：{ $reason }
store-error-output-io = 无法写入 { $path }：{ $reason }
store-error-text-too-long = { $field ->
    [note] 备注
    [reason] 原因
    [file-name] 文件名
   *[other] { $field }
}有 { $length } 个字符，最多 { $limit } 个。
store-error-text-control = { $field ->
    [note] 备注
    [reason] 原因
    [file-name] 文件名
   *[other] { $field }
}含有控制字符（{ $char }），请删除。
store-error-archive-entry-corrupt = 压缩包中的 { $entry } 已损坏。
store-error-archive-field = 压缩包中的 { $entry } 在 { $path } 处无效（“{ $value }”）：{ $expected ->
    [hash] 必须是由 64 个小写十六进制数字组成的 SHA-256 校验值
    [date] 必须是日期（YYYY-MM-DD）
    [time] 必须是日期和时间（RFC 3339）
    [scheme] 不是此规则数据包中的计划
    [route] 不是此计划的申请类别
    [party] 不是此家庭的提供方（申请人 applicant、雇主 employer 或受养人 dependant:N）
    [document] 不是此规则数据包中的材料
    [status] 不是状态
    [key] 必须是材料和提供方（材料@提供方）
    [duplicate] 出现了两次
    [size] 大小与附件不符
    [uid] 必须是 1 到 64 个字母、数字或连字符
    [id] 必须是 1 到 64 个字母、数字或连字符
    [reason] 标记为不适用的材料须注明原因
    [application] 压缩包中没有此编号的申请
   *[other] 不接受此值
}。
store-error-archive-json = 压缩包中的 { $entry } 在 { $path } 处不符合客户压缩包格式（第 { $line } 行第 { $column } 列）。
store-error-archive-not-json = 压缩包中的 { $entry } 不是有效的 JSON（第 { $line } 行第 { $column } 列）。
store-error-archive-directory = 压缩包的条目列表超出客户压缩包的上限（最多 { $limit }，65,535 个条目）。
store-error-archive-duplicate-entries = 压缩包含有两个同名条目，已拒绝导入。
store-error-archive-unused = 压缩包含有 { $path }，但没有任何材料使用它，已拒绝导入。
store-error-archive-too-large-total = 压缩包内容合计 { $size }；客户压缩包的上限为 { $limit }。
store-error-bad-attachment-row = 客户档案中有一个附件的校验值无效（“{ $value }”），未能导出。

## 第 13 项：申请状态的名称。
app-status-draft = 草稿
app-status-preparing = 准备中
app-status-submitted = 已递交
app-status-approved = 已获批准
app-status-refused = 已被拒绝
app-status-withdrawn = 已撤回
cli-date-time = { DATE($date) } { $time }（协调世界时）

# review fixes (issue 14)
error-output-in-data-folder = { $path } 位于数据文件夹内，可能会覆盖客户档案；请选择数据文件夹以外的位置。未写入任何文件。
store-error-attachment-damaged = 附件“{ $name }”（{ $path }）与记录的大小和校验值不符，已经损坏，因此未写入压缩包。
store-error-text-invisible = { $field ->
    [note] 备注
    [reason] 原因
    [file-name] 文件名
   *[other] { $field }
}含有不可见的格式字符（{ $char }），请删除。

# issue 8: the application core
store-error-no-attachment = 没有附件 { $id }。

# issue 10: notes and missing items
cli-cmd-app-note = 为申请添加备注
app-noted = 已为申请 { $id } 添加备注。
app-notes-heading = 备注（最新的在前）：
store-error-empty-note = 备注不能为空。
