## 命令列：說明文字及錯誤訊息。錯誤訊息只有一行，並指出問題所在。

cli-about = 離線評估香港人才入境計劃及管理客戶檔案。不加指令執行即會開啟視窗。
cli-usage-heading = 用法
cli-commands-heading = 指令
cli-options-heading = 選項
cli-command-placeholder = 指令
cli-opt-lang = 所有輸出的語言：en、zh-Hant 或 zh-Hans（預設為系統語言）
cli-opt-data-dir = 存放客戶檔案及設定的數據資料夾（預設：{ $default }；亦可用 TALENTNAV_DATA_DIR 設定）
cli-opt-help = 顯示本說明
cli-opt-version = 顯示版本
cli-opt-json = 以 JSON 而非文字輸出
cli-cmd-about = 顯示版本、數據資料夾及規則資料包
cli-no-window = 此版本的{ app-name }沒有視窗。請執行「talentnav --help」查看可用指令。
cli-window-missing = 在 { $path } 找不到視窗程式。請以「cargo build --release --features custom-protocol」建置，或重新安裝{ app-name }。

error-line = 錯誤：{ $message }
error-unknown-argument = 此處沒有 { $arg } 選項。請執行「talentnav --help」查看可用選項。
error-unknown-command = 沒有 { $command } 這個指令。請執行「talentnav --help」查看可用指令。
error-missing-value = { $arg } 須提供值。
error-invalid-value = 「{ $value }」不是 { $arg } 的有效值。
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
io-other = 無法讀取或寫入
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
assess-review = 有待核實的原因：
assess-what-if = 可改變結果的因素：
assess-notes = 備註：
assess-comparison = 逗留期限、處理時間及費用：

cli-cmd-client = 管理客戶檔案：新增、列出、查看、更新或刪除客戶
cli-cmd-client-add = 以個人資料檔新增客戶
cli-cmd-client-list = 列出客戶，可搜尋及篩選
cli-cmd-client-show = 查看一位客戶
cli-cmd-client-update = 以個人資料檔取代客戶的資料
cli-cmd-client-delete = 刪除客戶及其所有申請和文件
cli-cmd-verify-audit = 檢查審計記錄有否被改動
cli-arg-client-id = 客戶編號（見「talentnav client list」）
cli-opt-name = 姓名的一部分，英文或中文均可
cli-opt-scheme = 只列出有此計劃申請的客戶（ttps、qmas、gep、asmtp、techtas、iang、assg、new_cies）
cli-opt-status = 只列出有此狀態申請的客戶（draft、preparing、submitted、approved、refused、withdrawn）
cli-opt-missing-docs = 只列出仍欠文件的客戶
cli-opt-expiring = 只列出有文件在指定日數內到期的客戶
client-added = 已新增客戶 { $id }。
client-updated = 已更新客戶 { $id }。
client-deleted = 已刪除客戶 { $id }。
client-list-empty = 沒有符合的客戶。
client-heading = 客戶 { $id }：{ $name }
client-col-id = 編號
client-col-name = 姓名
client-col-chinese = 中文姓名
client-col-applications = 申請數目
client-col-nationality = 國籍
client-col-updated = 最後更改
audit-ok = 審計記錄完整（共 { $entries } 項）。
audit-broken = 審計記錄已被改動：第 { $seq } 項（共 { $entries } 項）與記錄鏈不符。
store-error-no-client = 沒有客戶 { $id }。
store-error-client-changed = 你開始修改後，此客戶已在別處（另一個視窗或命令列）被更改，所以這次沒有儲存。頁面現在顯示較新的版本，你輸入的內容仍然保留：再儲存一次，便會以你的版本取代較新的版本。
store-error-database = 無法讀取或寫入客戶檔案（{ $path }）：{ $reason }
store-error-no-application = 沒有申請 { $id }。
store-error-no-item = 沒有文件項目 { $id }。
store-error-unknown-scheme = 「{ $scheme }」不是計劃；請使用 ttps、qmas、gep、asmtp、techtas、iang、assg 或 new_cies。
store-error-unknown-route = 「{ $route }」不是此計劃的申請類別；請使用以下其中一項：{ $routes }。
store-error-bad-date = 「{ $value }」不是日期（請寫成 YYYY-MM-DD）。
store-error-bad-status = 「{ $value }」不是狀態；請使用以下其中一項：{ $allowed }。
store-error-na-needs-reason = 標示為不適用的文件須註明原因（--reason）。

cli-cmd-app = 申請：為客戶建立申請（連文件清單）、列出、查看、設定狀態、重新產生清單
cli-cmd-app-create = 建立申請及其文件清單
cli-cmd-app-list = 列出申請
cli-cmd-app-show = 查看申請及其文件
cli-cmd-app-status = 設定申請狀態
cli-cmd-app-regenerate = 按現時的資料及規則重新產生清單，保留所有狀態
cli-cmd-doc = 申請的文件：列出、設定狀態、到期日或備註
cli-cmd-doc-list = 列出申請的文件
cli-cmd-doc-set = 設定文件的狀態或到期日
cli-cmd-doc-note = 為文件加上備註
cli-arg-app-id = 申請編號（見「talentnav app list」）
cli-arg-item-id = 文件編號（見「talentnav doc list」）
cli-opt-app-scheme = 計劃：ttps、qmas、gep、asmtp、techtas、iang、assg 或 new_cies
cli-opt-route = 計劃內的申請類別，例如 ttps.b
cli-opt-planned = 擬遞交申請的日期
cli-opt-app-status = draft、preparing、submitted、approved、refused 或 withdrawn
cli-opt-doc-status = required、requested、received、verified、submitted 或 not_applicable
cli-opt-reason = 文件不適用的原因
cli-opt-expiry = 文件的到期日（留空即清除）
cli-opt-note = 備註內容
app-created = 已建立申請 { $id } 及其文件清單。
app-heading = 申請 { $id }：{ $scheme }（{ $status }）
app-status-set = 申請 { $id } 的狀態現為{ $status }。
app-regenerated = 清單已重新產生：新增 { $added } 項，{ $obsolete } 項不再需要（已保留），恢復 { $restored } 項，{ $kept } 項不變。
app-col-id = 編號
app-col-client = 客戶
app-col-scheme = 計劃
app-col-status = 狀態
app-col-planned = 擬遞交日期
doc-col-id = 編號
doc-col-party = 提交人
doc-col-document = 文件
doc-col-status = 狀態
doc-col-expiry = 到期日
doc-updated = 文件 { $id } 的狀態現為{ $status }。
doc-noted = 已為文件 { $id } 加上備註。
doc-obsolete = { $name }（不再需要）
doc-status-required = 須提交
doc-status-requested = 已要求提供
doc-status-received = 已收到
doc-status-verified = 已核實
doc-status-submitted = 已遞交
doc-status-not-applicable = 不適用
cli-cmd-doc-attach = 為文件附加檔案（複製到數據資料夾）
cli-arg-file = 要附加的檔案
cli-opt-max-mib = 可接受的最大檔案（MiB，預設 50）
doc-attached = 已把「{ $name }」附加到文件 { $id }。
store-error-attachment-too-large = 檔案大小為 { $size }；附件上限為 { $limit }。

warn-travel-document-before = 旅行證件於{ DATE($expires) }到期，早於{ DATE($submit) }遞交申請。
warn-travel-document-during-stay = 旅行證件於{ DATE($expires) }到期，在 { $months } 個月的首次逗留期內。
warn-income-not-covered = 沒有收入證明涵蓋遞交申請前一年（{ DATE($from) }至{ DATE($submit) }）。
warn-child-turns-18 = { DATE($born) }出生的子女將於{ DATE($date) }年滿 18 歲，早於{ DATE($submit) }遞交申請：屆時不再是受養子女。
warn-document-expires = { $document }（編號 { $item }）於{ DATE($expires) }到期，早於{ DATE($submit) }遞交申請。
cli-cmd-warnings = 進行中申請的提示：快將到期的文件、收入證明、將滿 18 歲的子女
warnings-none = 沒有提示。
warnings-heading = 客戶 { $client }，申請 { $app }：

cli-cmd-export = 把客戶的完整檔案（資料、申請、文件、備註、審計記錄、附件）匯出為一個壓縮檔
cli-cmd-import = 匯入客戶壓縮檔；壓縮檔如有任何一項檢查未通過，便不會寫入任何資料
cli-opt-output = 要寫入的檔案
cli-arg-archives = 由「talentnav export」製作的客戶壓縮檔
export-done = 已把客戶 { $id } 匯出至 { $path }。
import-done = { $path }：已匯入為客戶 { $id }。
import-failed = { $path }：{ $message }
import-some-failed = 有 { $count } 個壓縮檔未能匯入；請參閱上面的訊息。
store-error-archive-corrupt = 壓縮檔已損壞或並非客戶壓縮檔。
store-error-archive-bad-path = 壓縮檔含有客戶壓縮檔不應有的項目「{ $path }」，已拒絕匯入。
store-error-archive-too-large = 壓縮檔聲明 { $path } 大小為 { $size }；客戶壓縮檔中此項目的上限為 { $limit }。
store-error-archive-schema = 壓縮檔格式為「{ $value }」；此版本讀取「{ $expected }」。
store-error-archive-hash = { $path } 與壓縮檔清單中的核對碼不符。
store-error-archive-unlisted = { $path } 在壓縮檔內，卻不在其清單上。
store-error-archive-missing = 壓縮檔欠缺 { $path }。
store-error-archive-profile = 壓縮檔 client.json 中的個人資料無效：{ $reason }
store-error-archive-exists = 此客戶（uid { $uid }）已在客戶檔案中。

# issue 14: archives and attachments against hostile input
io-is-a-directory = 是資料夾，不是檔案
io-too-large = 檔案太大
io-out-of-memory = 記憶體不足
io-os-error = 無法讀取或寫入（系統錯誤代碼 { $number }）
io-not-regular = 不是一般檔案，而是{ $kind ->
    [symlink] 符號連結；請提供連結所指的檔案
    [fifo] 具名管道
    [device] 裝置
    [socket] 通訊端
    [directory] 資料夾
   *[other] 其他類型
}
db-busy = 另一個程式長時間佔用數據庫，請稍後再試
db-corrupt = 數據庫檔案已損壞
db-cannot-open = 無法開啟數據庫檔案
db-conflict = 有記錄與已儲存的記錄衝突
db-code = 數據庫拒絕了操作（SQLite 結果代碼 { $number }）
db-newer = 數據庫由較新版本的{ app-name }寫入
store-error-data-io = 數據資料夾中的 { $path }：{ $reason }
store-error-source-io = 無法讀取檔案 { $path }：{ $reason }
store-error-archive-io = 無法讀取壓縮檔 { $path }：{ $reason }
store-error-output-io = 無法寫入 { $path }：{ $reason }
store-error-text-too-long = { $field ->
    [note] 備註
    [reason] 原因
    [file-name] 檔案名稱
   *[other] { $field }
}有 { $length } 個字元，上限為 { $limit } 個。
store-error-text-control = { $field ->
    [note] 備註
    [reason] 原因
    [file-name] 檔案名稱
   *[other] { $field }
}含有控制字元（{ $char }），請把它刪除。
store-error-archive-entry-corrupt = 壓縮檔中的 { $entry } 已損壞。
store-error-archive-field = 壓縮檔中的 { $entry } 在 { $path } 無效（「{ $value }」）：{ $expected ->
    [hash] 必須是由 64 個小寫十六進制數字組成的 SHA-256 核對碼
    [date] 必須是日期（YYYY-MM-DD）
    [time] 必須是日期及時間（RFC 3339）
    [scheme] 不是此規則資料包中的計劃
    [route] 不是此計劃的申請類別
    [party] 不是此家庭的提供者（申請人 applicant、僱主 employer 或受養人 dependant:N）
    [document] 不是此規則資料包中的文件
    [status] 不是狀態
    [key] 必須是文件及提供者（文件@提供者）
    [duplicate] 出現了兩次
    [size] 大小與附件不符
    [uid] 必須是 1 至 64 個字母、數字或連字號
    [id] 必須是 1 至 64 個字母、數字或連字號
    [reason] 標示為不適用的文件須註明原因
    [application] 壓縮檔中沒有此編號的申請
   *[other] 不接受此值
}。
store-error-archive-json = 壓縮檔中的 { $entry } 在 { $path } 不符合客戶壓縮檔格式（第 { $line } 行第 { $column } 欄）。
store-error-archive-not-json = 壓縮檔中的 { $entry } 不是有效的 JSON（第 { $line } 行第 { $column } 欄）。
store-error-archive-directory = 壓縮檔的項目清單超出客戶壓縮檔的上限（最多 { $limit }，65,535 個項目）。
store-error-archive-duplicate-entries = 壓縮檔含有兩個同名項目，已拒絕匯入。
store-error-archive-unused = 壓縮檔含有 { $path }，但沒有任何文件使用，已拒絕匯入。
store-error-archive-too-large-total = 壓縮檔內容合共 { $size }；客戶壓縮檔的上限為 { $limit }。
store-error-bad-attachment-row = 客戶檔案中有一個附件的核對碼無效（「{ $value }」），未能匯出。

## 第 13 項：申請狀態的名稱。
app-status-draft = 草稿
app-status-preparing = 準備中
app-status-submitted = 已遞交
app-status-approved = 已獲批准
app-status-refused = 已被拒絕
app-status-withdrawn = 已撤回
cli-date-time = { DATE($date) } { $time }（協調世界時）

# review fixes (issue 14)
error-output-in-data-folder = { $path } 位於數據資料夾內，可能會覆蓋客戶檔案；請選擇數據資料夾以外的位置。未有寫入任何檔案。
store-error-attachment-damaged = 附件「{ $name }」（{ $path }）與記錄的大小及核對碼不符，已經損壞，因此未有寫入壓縮檔。
store-error-text-invisible = { $field ->
    [note] 備註
    [reason] 原因
    [file-name] 檔案名稱
   *[other] { $field }
}含有看不見的格式字元（{ $char }），請把它刪除。

# issue 8: the application core
store-error-no-attachment = 沒有附件 { $id }。

# issue 10: notes and missing items
cli-cmd-app-note = 為申請加上備註
app-noted = 已為申請 { $id } 加上備註。
app-notes-heading = 備註（最新的在前）：
store-error-empty-note = 備註不可留空。
