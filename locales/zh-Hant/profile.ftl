## 讀取個人資料檔（talentnav.profile/1）：以一行指出錯誤及其位置。

profile-error-too-large = 個人資料檔大小為 { $size } MiB，上限為 { $limit } MiB。
profile-error-not-utf8 = 個人資料檔不是 UTF-8 文字（位移 { $offset } 的位元組無效）。
profile-error-not-json = 個人資料檔不是有效的 JSON（第 { $line } 行，第 { $column } 欄）。
profile-error-too-deep = { $path }：巢狀層數超出個人資料檔任何欄位所需。
profile-error-not-an-object = 個人資料檔必須是 JSON 物件（{ "{" } … { "}" }）。
profile-error-schema-missing = schema：欠缺；個人資料檔應以 "schema": "{ $expected }" 開始。
profile-error-wrong-schema = schema：不支援「{ $value }」；此版本讀取「{ $expected }」。
profile-error-not-a-date = { $path }：{ $value } 不是日期（請寫成 YYYY-MM-DD）。
profile-error-not-a-number = { $path }：{ $value } 不是數字。
profile-error-negative-money = { $path }：{ $value } 是負數；金額必須為零或以上。
profile-error-not-a-country = { $path }：「{ $value }」不是國家或地區代碼（兩個大寫字母，例如 GB、CN 或 HK）。
profile-error-not-a-currency = { $path }：「{ $value }」不是貨幣代碼（三個大寫英文字母，例如 HKD（港幣）或 USD（美元））。
profile-error-not-a-language = { $path }：「{ $value }」不是語言代碼（例如 en、zh 或 yue）。
profile-error-unknown-value = { $path }：「{ $value }」不是以下其中一項：{ $allowed }。
profile-error-wrong-type = { $path }：應為{ $expected }，但實際為{ $found }。
profile-error-invalid = { $path }：此處的值無效。
profile-error-no-date = submission_date：欠缺；請在個人資料檔填寫擬遞交申請的日期，或使用 --as-of。
profile-error-batch-line = 第 { $line } 行：{ $message }

kind-number = 數字
kind-text = 文字
kind-boolean = true 或 false
kind-list = 清單
kind-object = 物件
kind-date = 日期（YYYY-MM-DD）
kind-null = null
kind-missing = 空白

## Issue 8: impossible profiles (both fields named).
profile-error-duplicate-key = { $path }：出現了兩次；每個欄位只可填寫一次。
profile-error-date-order = { $path }（{ DATE($value) }）早於 { $other }（{ DATE($other_value) }）；兩個日期之中有一個填錯了。
