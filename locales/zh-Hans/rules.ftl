## `talentnav rules`：规则数据包中按日期生效的数值及资料来源。

cli-cmd-rules = 规则数据包：某项准则在指定日期的参数，以及全部资料来源
cli-cmd-rules-show = 显示某项准则（例如 ttps.a.income）在指定日期生效的版本
cli-cmd-rules-sources = 列出规则数据包的全部资料来源及其修订日期
cli-arg-rule-id = 准则编号，例如 ttps.a.income
rules-show-title = { $id }：{ $name }
rules-show-scheme = 计划
rules-show-in-force = 生效期间
rules-show-values = 规则数据包中的参数：
rules-show-sources = 资料来源：
rules-period-always = 所有日期均适用
rules-period-from = 自 { DATE($from) } 起
rules-period-until = { DATE($to) }或之前
rules-period-between = { DATE($from) }或之后，且{ DATE($to) }或之前
rules-source = { $id } { $title }，修订日期：{ DATE($revised) }
rules-error-unknown-rule = 规则数据包中没有“{ $id }”这项准则（准则编号见 talentnav assess --json 的输出）。
rules-error-not-in-force = { $id } 在 { DATE($date) } 不生效；其生效期间为{ $periods }。
