## `talentnav rules`：規則資料包中按日期生效的數值及資料來源。

cli-cmd-rules = 規則資料包：某項準則在指定日期的參數，以及所有資料來源
cli-cmd-rules-show = 顯示某項準則（例如 ttps.a.income）在指定日期生效的版本
cli-cmd-rules-sources = 列出規則資料包的所有資料來源及其修訂日期
cli-arg-rule-id = 準則編號，例如 ttps.a.income
rules-show-title = { $id }：{ $name }
rules-show-scheme = 計劃
rules-show-in-force = 生效期間
rules-show-values = 規則資料包內的參數：
rules-show-sources = 資料來源：
rules-period-always = 所有日期均適用
rules-period-from = 由 { DATE($from) } 起
rules-period-until = { DATE($to) }或之前
rules-period-between = { DATE($from) }或之後，及{ DATE($to) }或之前
rules-source = { $id } { $title }，修訂日期：{ DATE($revised) }
rules-error-unknown-rule = 規則資料包沒有「{ $id }」這項準則（準則編號可見於 talentnav assess --json 的輸出）。
rules-error-not-in-force = { $id } 在 { DATE($date) } 並不生效；其生效期間為{ $periods }。
