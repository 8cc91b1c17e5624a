## 读取个人资料文件（talentnav.profile/1）：用一行指出错误及其位置。

profile-error-too-large = 个人资料文件大小为 { $size } MiB，上限为 { $limit } MiB。
profile-error-not-utf8 = 个人资料文件不是 UTF-8 文本（偏移量 { $offset } 处的字节无效）。
profile-error-not-json = 个人资料文件不是有效的 JSON（第 { $line } 行，第 { $column } 列）。
profile-error-too-deep = { $path }：嵌套层数超出个人资料文件任何字段所需。
profile-error-not-an-object = 个人资料文件必须是 JSON 对象（{ "{" } … { "}" }）。
profile-error-schema-missing = schema：缺失；个人资料文件应以 "schema": "{ $expected }" 开头。
profile-error-wrong-schema = schema：不支持“{ $value }”；此版本读取“{ $expected }”。
profile-error-not-a-date = { $path }：{ $value } 不是日期（请写成 YYYY-MM-DD）。
profile-error-not-a-number = { $path }：{ $value } 不是数字。
profile-error-negative-money = { $path }：{ $value } 是负数；金额必须为零或以上。
profile-error-not-a-country = { $path }：“{ $value }”不是国家或地区代码（两个大写字母，例如 GB、CN 或 HK）。
profile-error-not-a-currency = { $path }：“{ $value }”不是货币代码（三个大写英文字母，例如港元的代码是 HKD）。
profile-error-not-a-language = { $path }：“{ $value }”不是语言代码（例如 en、zh 或 yue）。
profile-error-unknown-value = { $path }：“{ $value }”不是以下任何一项：{ $allowed }。
profile-error-wrong-type = { $path }：应为{ $expected }，但实际是{ $found }。
profile-error-invalid = { $path }：此处的值无效。
profile-error-no-date = submission_date：缺失；请在个人资料文件中填写拟递交申请的日期，或使用 --as-of。
profile-error-batch-line = 第 { $line } 行：{ $message }

kind-number = 数字
kind-text = 文本
kind-boolean = true 或 false
kind-list = 列表
kind-object = 对象
kind-date = 日期（YYYY-MM-DD）
kind-null = null
kind-missing = 空值

## Issue 8: impossible profiles (both fields named).
profile-error-duplicate-key = { $path }：出现了两次；每个字段只能填写一次。
profile-error-date-order = { $path }（{ DATE($value) }）早于 { $other }（{ DATE($other_value) }）；这两个日期中有一个填错了。
