## 命令列：說明文字及錯誤訊息。錯誤訊息只有一行，並指出問題所在。

cli-about = 離線評估香港人才入境計劃及管理客戶檔案。不加指令執行即會開啟視窗。
cli-usage-heading = 用法
cli-commands-heading = 指令
cli-options-heading = 選項
cli-command-placeholder = 指令
cli-opt-lang = 所有輸出的語言：en、zh-Hant 或 zh-Hans（預設為系統語言）
cli-opt-data-dir = 存放客戶檔案及設定的資料夾（預設：{ $default }；亦可用 TALENTNAV_DATA_DIR 設定）
cli-opt-help = 顯示本說明
cli-opt-version = 顯示版本
cli-opt-json = 以 JSON 而非文字輸出
cli-cmd-about = 顯示版本、資料夾及規則資料包
cli-no-window = 此版本的{ app-name }沒有視窗。請執行「talentnav --help」查看可用指令。

error-line = 錯誤：{ $message }
error-unknown-argument = 此處沒有 { $arg } 選項。請執行「talentnav --help」查看可用選項。
error-unknown-command = 沒有 { $command } 這個指令。請執行「talentnav --help」查看可用指令。
error-missing-value = { $arg } 須附上數值。
error-invalid-value = 「{ $value }」不是 { $arg } 的有效數值。
error-bad-command-line = 無法讀取命令列。請執行「talentnav --help」查看用法。
error-unsupported-language = { app-name }不支援「{ $value }」；請使用 en、zh-Hant 或 zh-Hans。
error-io = { $path }：{ $reason }
error-internal = { app-name }內部出錯：{ $detail }
error-no-display = 找不到顯示器（未設定 DISPLAY），因此無法開啟視窗。「talentnav --help」列出的指令毋須顯示器亦可使用。
error-window = 無法開啟視窗：{ $detail }

io-not-found = 找不到
io-permission-denied = 沒有權限
io-already-exists = 已經存在
io-not-a-directory = 不是資料夾
io-storage-full = 磁碟已滿
io-read-only = 磁碟只可讀取
io-invalid-data = 檔案已損壞或格式不符
io-other = 無法讀取或寫入（{ $detail }）
label-value = { $label }：{ $value }

cli-cmd-assess = 按指定日期，評估個人資料檔是否符合全部八項計劃
cli-cmd-schema = 輸出個人資料檔格式的 JSON Schema
cli-opt-profile = 要評估的個人資料檔（talentnav.profile/1 JSON）
cli-opt-batch = 逐行評估 JSON Lines 檔案，每行輸出一個結果
cli-opt-as-of = 以此日期而非個人資料檔的 submission_date 評估規則
error-assess-needs-input = 請以 --profile 檔案提供個人資料檔，或以 --batch 檔案提供多份個人資料。
error-profile = { $message }
error-batch-lines = 有 { $count } 行未能評估；請參閱上面的訊息。
assess-title = 評估日期：{ DATE($date) } · 規則資料包 { $pack }
assess-col-scheme = 計劃
assess-col-verdict = 結果
assess-general = 所有申請類別的共同要求：
assess-dependants = 受養人
assess-missing = 尚需資料（按重要性排列）：
assess-review = 需要覆核的原因：
assess-what-if = 可改變結果的因素：
assess-notes = 備註：
assess-comparison = 逗留期限、處理時間及費用：
