## 命令行：帮助文字和错误信息。错误信息只有一行，并指出问题所在。

cli-about = 离线评估香港人才入境计划并管理客户档案。不带命令运行即打开窗口。
cli-usage-heading = 用法
cli-commands-heading = 命令
cli-options-heading = 选项
cli-command-placeholder = 命令
cli-opt-lang = 所有输出的语言：en、zh-Hant 或 zh-Hans（默认为系统语言）
cli-opt-data-dir = 存放客户档案和设置的文件夹（默认：{ $default }；也可用 TALENTNAV_DATA_DIR 设置）
cli-opt-help = 显示本帮助
cli-opt-version = 显示版本
cli-opt-json = 以 JSON 而非文字输出
cli-cmd-about = 显示版本、数据文件夹和规则数据包
cli-no-window = 此版本的{ app-name }没有窗口。请运行“talentnav --help”查看可用命令。

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
io-other = 无法读取或写入（{ $detail }）
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
assess-review = 需要复核的原因：
assess-what-if = 可改变结果的因素：
assess-notes = 备注：
assess-comparison = 逗留期限、处理时间及费用：
