## 交給客戶的 PDF 文件清單，以及 `talentnav checklist`。

checklist-title = 申請文件清單
checklist-applicant = 申請人
checklist-route = 申請類別
checklist-route-any = 尚未選定：列出所有類別所需的文件
checklist-reference = 參考編號
checklist-reference-none = 自我評估（未建立客戶檔案）
checklist-planned = 預計遞交日期
checklist-planned-none = 未定
checklist-generated = 編製日期
checklist-rule-pack = 規則資料包
checklist-name-none = 未提供姓名
checklist-attention = 須留意事項
checklist-expires = 有效期至{ DATE($date) }
checklist-expires-before-submission = 於{ DATE($date) }到期，早於{ DATE($submit) }遞交申請：請先續期。
checklist-note = 備註：{ $note }
checklist-na = 不適用：{ $reason }
checklist-obsolete = 因家庭成員資料或規則有變，已不再需要。
checklist-fees = 費用
checklist-fees-unknown = 規則資料包沒有此計劃的費用，請查閱入境處網頁。
checklist-processing = 處理時間
checklist-processing-unknown = 入境處沒有公布此計劃的處理時間。
checklist-submit = 遞交方法
checklist-submit-online = 只接受網上申請：經入境處流動應用程式、入境處網站或香港政府一站通遞交。入境處不接受親身、郵寄或投遞箱遞交的申請。
checklist-submit-guide = 申請指南：{ $guide }。
checklist-submit-guide-unconfirmed = 申請指南的編號尚未確定；請使用入境處網頁所連結的申請指南。
checklist-sources = 資料來源
checklist-source = { $id } { $title }，修訂日期：{ DATE($revised) }
checklist-disclaimer = 是否批准申請由入境事務處處長酌情決定。文件齊備只代表可以遞交申請，並不代表會獲發簽證或進入許可。入境處可要求申請人提交其他文件。
checklist-page = 第 { $page } 頁，共 { $pages } 頁

cli-cmd-checklist = 把申請的文件清單（已預先填寫）輸出為 PDF
cli-opt-checklist-output = 要寫入的 PDF 檔案；新檔案完整寫好後才會取代現有檔案
checklist-written = 文件清單已寫入 { $path }：共 { $pages } 頁，{ $items } 份文件。
error-checklist-needs-input = 請指明要輸出哪份清單：--application 申請編號，或 --profile 檔案加 --scheme 計劃。
error-checklist-route-without-scheme = --route 須與 --profile 及 --scheme 一併使用；申請本身已選定申請類別。
error-checklist-unprintable = { $field }含有 PDF 文件清單無法顯示的字元：{ $chars }。請刪除或改用其他寫法；未有寫入任何檔案。
checklist-field-applicant-name = 申請人的姓名
checklist-field-dependant-name = 受養人 { $n } 的姓名
checklist-field-note = 「{ $document }」（{ $party }）的備註
checklist-field-na-reason = 「{ $document }」（{ $party }）不適用的原因

## 第 15 項：圖例說明每個標記及狀態的意思。
checklist-legend-boxes = 空白方格：尚待收集；已剔選：已收到、已核實或已遞交；橫線：不適用，並註明原因。
checklist-legend-required = 須提交：按家庭成員的資料，必須提交此文件。
checklist-legend-may-be-needed = 或須提交：視乎一項未有資料的事實（列於文件下方）；確定後，此文件會改為須提交或不再列出。
checklist-legend-if-any = 如有：只在當事人持有此文件時提交。
checklist-household = 家庭成員
checklist-field-employer-name = 僱主名稱

## 第 13 項：並非入境處發出的申請指南名稱（入境處的指南以 ID(E)／ID(C) 編號列出）。
guide-techtas = 創新科技署「科技人才入境計劃」申請指引（TechTAS 01/02）
guide-new-cies = 投資推廣署「新資本投資者入境計劃」規則

# 第 8 號議題覆檢：列印清單上每個待確認事項只詳述一次，各項目下簡要提及。
checklist-open-points = 須向入境處確認的事項
