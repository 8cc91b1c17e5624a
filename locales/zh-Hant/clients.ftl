# Issue 10: client files in the window.
history-client-create = 已建立客戶檔案
history-client-update = 已修改個人資料
history-client-import = 已從封存檔匯入
history-client-delete = 已刪除客戶檔案
history-application-create = 已開立{ $scheme }申請
history-application-status = { $scheme }申請：{ $status }
history-application-regenerate = 已重新產生{ $scheme }文件清單
history-item-update = { $document }：{ $status }
history-attachment-attach = 已附加檔案：{ $name }
history-attachment-detach = 已移除檔案：{ $name }
dialog-attach = 附加檔案
dialog-export-client = 匯出客戶檔案
dialog-import-archive = 匯入客戶封存檔
error-bad-sort = 「{ $value }」不是有效的排序方式（請使用 { $allowed }）。
error-bad-days = { $value } 日不是有效的期間：請輸入 0 至 3650 日。
