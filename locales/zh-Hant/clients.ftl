# Issue 10: client files in the window.
history-client-create = 已建立客戶檔案
history-client-update = 已修改個人資料
history-client-import = 已從壓縮檔匯入
history-client-delete = 已刪除客戶檔案
history-application-create = 已開立{ $scheme }申請
history-application-status = { $scheme }申請：{ $status }
history-application-regenerate = 已重新產生{ $scheme }文件清單
history-item-update = { $document }：{ $status }
history-attachment-attach = 已附加檔案：{ $name }
history-attachment-detach = 已移除檔案：{ $name }
dialog-attach = 附加檔案
dialog-export-client = 匯出客戶檔案
dialog-import-archive = 匯入客戶壓縮檔
error-bad-sort = 「{ $value }」不是有效的排序方式（請使用 { $allowed }）。
error-bad-days = { $value } 日不是有效的期間：請輸入 0 至 3650 日。

## The client-file screens.
start-clients = 客戶檔案
start-clients-text = 你的客戶、他們的申請和文件清單，以及待辦事項。
cf-nav = 客戶檔案
cf-clients-title = 客戶
cf-dashboard = 待辦事項
cf-import = 匯入壓縮檔
cf-imported = 已從 { $file } 匯入 { $name }，{ $applications ->
    [0] 沒有申請
   *[other] 共 { $applications } 宗申請
}。
cf-search = 按姓名搜尋（英文或中文）
cf-filter-scheme = 計劃
cf-filter-status = 申請狀態
cf-filter-missing = 仍欠文件
cf-filter-expiring = 於多少日內到期
cf-any = 全部
cf-sort = 排序方式
cf-sort-name = 姓名
cf-sort-deadline = 下次遞交日期
cf-sort-updated = 最後修改
cf-no-clients = 沒有相符的客戶。
cf-count = { $more ->
    [1] 首 { $n } 位客戶
   *[0] 共 { $n } 位客戶
}
cf-applications = { $n ->
    [0] 沒有申請
   *[other] { $n } 宗申請
}
cf-next-deadline = 下次遞交：{ $date }
cf-choose-client = 在清單中選擇客戶以查看其檔案。
cf-back = 返回客戶檔案
cf-household = 家庭成員
cf-member-add = 加入家庭成員
cf-member-edit = 修改{ $name }
cf-member-remove = 移除{ $name }
cf-member-remove-confirm = 要從家庭成員中移除{ $name }嗎？文件清單要在重新產生後才會更改。
cf-member-relationship = 關係
cf-member-spouse = 配偶
cf-member-child = 子女
cf-member-family = 姓
cf-member-given = 名
cf-member-born = 出生日期
cf-edit = 修改
cf-remove = 移除
cf-save = 儲存
cf-cancel = 取消
cf-open = 開啟
cf-profile = 個人資料
cf-profile-edit = 修改個人資料
cf-profile-saved = 已儲存個人資料。
cf-pending = { $scheme }文件清單會有改動：新增 { $added } 項，{ $obsolete } 項不再需要{ $restored ->
    [0] {""}
   *[other] ，{ $restored } 項再次需要
}。
cf-regenerate = 重新產生文件清單
cf-regenerated = 已重新產生{ $scheme }文件清單：新增 { $added } 項，{ $obsolete } 項不再需要{ $restored ->
    [0] {""}
   *[other] ，{ $restored } 項再次需要
}。
cf-added = 新增：
cf-made-obsolete = 不再需要：
cf-restored = 再次需要：
cf-applications-title = 申請
cf-no-applications = 尚未有申請。
cf-planned = 預計遞交日期：{ $date }
cf-new-scheme = 計劃
cf-new-planned = 預計遞交日期
cf-new-application = 開立申請
cf-history = 記錄
cf-export = 匯出為壓縮檔
cf-exported = 已匯出至 { $name }。
cf-delete-client = 刪除客戶檔案
cf-delete-confirm = 要刪除{ $name }的檔案及其所有申請和文件嗎？刪除後無法復原；如日後可能需要，請先匯出。
cf-discard-confirm = 要放棄對{ $name }個人資料所作的修改嗎？這些修改尚未儲存。
cf-discard = 放棄修改
cf-client-deleted = 已刪除{ $name }的檔案。
cf-application-title = { $scheme }申請 — { $name }
cf-application-status = 申請狀態
cf-make-pdf = 產生 PDF
cf-pdf-saved = 文件清單已儲存為 { $name }。
cf-item-status = 狀態
cf-item-expiry = 有效期至
cf-item-note = 備註
cf-na-reason = 不適用的原因
cf-na-because = 不適用：{ $reason }
cf-status-changed = 已更改「{ $name }」的狀態。
cf-undo = 復原
cf-undone = 已復原對「{ $name }」的更改。
cf-attach = 附加檔案
cf-attach-to = 為「{ $name }」附加檔案
cf-attached = 已附加 { $name }。
cf-detached = 已移除 { $name }。
cf-files-of = 「{ $name }」的檔案
cf-file-open = 開啟 { $name }
cf-file-remove = 移除 { $name }
cf-file-remove-confirm = 要從此文件移除 { $name } 嗎？檔案會從客戶檔案中刪除。
cf-obsolete = 不再需要
cf-size-bytes = { $n } 位元組
cf-size-kb = { $n } KB
cf-size-mb = { $n } MB
cf-as-of = 截至
cf-nothing-to-do = 這一天沒有待辦事項。
cf-kind-document-expires = 遞交前到期的文件
cf-kind-travel-document-expires = 即將到期的旅行證件
cf-kind-income-not-covered = 收入證明未涵蓋前一年
cf-kind-child-turns-18 = 遞交前年滿 18 歲的子女
cf-new-client = 新客戶
cf-chinese-name = 中文姓名
cf-create-client = 建立客戶檔案

# issue 10: notes and missing items
history-note-application = { $scheme }申請的備註：{ $text }
history-note-client = 備註：{ $text }
cf-notes = { $scheme }申請的備註
cf-note-label = 為{ $scheme }申請新增備註
cf-note-add = 加上備註
cf-note-added = 已為{ $scheme }申請加上備註。
cf-kind-missing-items = 尚欠的文件
warn-missing-separator = 、
warn-missing-items = { $scheme }：尚欠 { $count } 份文件：{ $names }{ $more ->
        [0] {""}
       *[other] 及另外 { $more } 份
    }{ $when ->
        [past] （預計遞交日期{ DATE($submit) }已過）
        [none] {""}
       *[planned] （預計於{ DATE($submit) }遞交）
    }
