## 窗口：首页、语言切换、关于。

app-name = 人才入境导航
app-tagline = 香港人才入境计划，离线评估
app-intro = 了解你可以申请哪些香港人才入境计划、原因是什么，以及还缺少哪些信息。所有数据只保存在这台电脑上。
home-schemes-heading = 涵盖的计划
home-discretion-note = 所有计划均由入境事务处处长酌情决定：符合准则意味着你可以提出申请，并不代表签证一定获批。

language-switcher-label = 语言
language-en = English
language-zh-Hant = 繁體中文
language-zh-Hans = 简体中文

about-open = 关于
about-title = 关于{ app-name }
about-version = 版本 { $version }
about-data-dir = 数据文件夹
about-rule-pack = 规则数据包
about-rule-pack-value = { $id } { $version }
about-rule-pack-checksum = SHA-256
about-format-example = 金额和日期显示为：{ DATE($date) }，{ MONEY($amount) }。
about-close = 关闭
loading = 正在加载…
