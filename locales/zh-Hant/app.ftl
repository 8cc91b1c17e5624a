## 視窗：首頁、語言切換、關於。

app-name = 人才入境導航
app-tagline = 香港人才入境計劃，離線評估
app-intro = 看看你可申請哪些香港人才入境計劃、原因為何，以及還欠甚麼資料。所有資料只會留在這部電腦。
home-schemes-heading = 涵蓋的計劃
home-discretion-note = 所有計劃均由入境事務處處長酌情決定：符合準則代表你可以提出申請，並不代表簽證必獲批准。

language-switcher-label = 語言
language-en = English
language-zh-Hant = 繁體中文
language-zh-Hans = 简体中文

about-open = 關於
about-title = 關於{ app-name }
about-version = 版本 { $version }
about-data-dir = 數據資料夾
about-rule-pack = 規則資料包
about-rule-pack-value = { $id } { $version }
about-rule-pack-checksum = SHA-256
about-format-example = 金額及日期顯示為：{ DATE($date) }，{ MONEY($amount) }。
about-close = 關閉
loading = 載入中…
