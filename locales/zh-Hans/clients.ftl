# Issue 10: client files in the window.
history-client-create = 已创建客户档案
history-client-update = 已修改个人资料
history-client-import = 已从压缩包导入
history-client-delete = 已删除客户档案
history-application-create = 已新建{ $scheme }申请
history-application-status = { $scheme }申请：{ $status }
history-application-regenerate = 已重新生成{ $scheme }材料清单
history-item-update = { $document }：{ $status }
history-attachment-attach = 已添加附件：{ $name }
history-attachment-detach = 已删除附件：{ $name }
dialog-attach = 添加附件
dialog-export-client = 导出客户档案
dialog-import-archive = 导入客户压缩包
error-bad-sort = “{ $value }”不是有效的排序方式（请使用 { $allowed }）。
error-bad-days = { $value } 天不是有效的期限：请输入 0 到 3650 天。

## The client-file screens.
start-clients = 客户档案
start-clients-text = 你的客户、他们的申请和材料清单，以及待办事项。
cf-nav = 客户档案
cf-clients-title = 客户
cf-dashboard = 待办事项
cf-import = 导入压缩包
cf-imported = 已从 { $file } 导入 { $name }，{ $applications ->
    [0] 没有申请
   *[other] 共 { $applications } 项申请
}。
cf-search = 按姓名搜索（英文/拼音或中文）
cf-filter-scheme = 计划
cf-filter-status = 申请状态
cf-filter-missing = 仍缺材料
cf-filter-expiring = 多少天内到期
cf-any = 全部
cf-sort = 排序方式
cf-sort-name = 姓名
cf-sort-deadline = 下次递交日期
cf-sort-updated = 最近修改
cf-no-clients = 没有匹配的客户。
cf-count = { $more ->
    [1] 前 { $n } 位客户
   *[0] 共 { $n } 位客户
}
cf-applications = { $n ->
    [0] 没有申请
   *[other] { $n } 项申请
}
cf-next-deadline = 下次递交：{ $date }
cf-choose-client = 在列表中选择客户，查看其档案。
cf-back = 返回客户档案
cf-household = 家庭成员
cf-member-add = 添加家庭成员
cf-member-edit = 修改{ $name }
cf-member-remove = 删除{ $name }
cf-member-remove-confirm = 要从家庭成员中删除{ $name }吗？材料清单要在重新生成后才会变化。
cf-member-relationship = 关系
cf-member-spouse = 配偶
cf-member-child = 子女
cf-member-family = 姓
cf-member-given = 名
cf-member-born = 出生日期
cf-edit = 修改
cf-remove = 删除
cf-save = 保存
cf-cancel = 取消
cf-open = 打开
cf-profile = 个人资料
cf-profile-edit = 修改个人资料
cf-profile-saved = 个人资料已保存。
cf-pending = { $scheme }材料清单会有变化：新增 { $added } 项，{ $obsolete } 项不再需要{ $restored ->
    [0] {""}
   *[other] ，{ $restored } 项再次需要
}。
cf-regenerate = 重新生成材料清单
cf-regenerated = 已重新生成{ $scheme }材料清单：新增 { $added } 项，{ $obsolete } 项不再需要{ $restored ->
    [0] {""}
   *[other] ，{ $restored } 项再次需要
}。
cf-added = 新增：
cf-made-obsolete = 不再需要：
cf-restored = 再次需要：
cf-applications-title = 申请
cf-no-applications = 还没有申请。
cf-planned = 预计递交日期：{ $date }
cf-new-scheme = 计划
cf-new-planned = 预计递交日期
cf-new-application = 新建申请
cf-history = 操作记录
cf-export = 导出为压缩包
cf-exported = 已导出到 { $name }。
cf-delete-client = 删除客户档案
cf-delete-confirm = 要删除{ $name }的档案及其全部申请和材料吗？删除后无法恢复；如以后可能用到，请先导出。
cf-discard-confirm = 要放弃对{ $name }个人资料所做的修改吗？这些修改尚未保存。
cf-discard = 放弃修改
cf-client-deleted = 已删除{ $name }的档案。
cf-application-title = { $scheme }申请 — { $name }
cf-application-status = 申请状态
cf-make-pdf = 生成 PDF
cf-pdf-saved = 材料清单已保存为 { $name }。
cf-item-status = 状态
cf-item-expiry = 有效期至
cf-item-note = 备注
cf-na-reason = 不适用的原因
cf-na-because = 不适用：{ $reason }
cf-status-changed = 已更改“{ $name }”的状态。
cf-undo = 撤销
cf-undone = 已撤销对“{ $name }”的更改。
cf-attach = 添加附件
cf-attach-to = 为“{ $name }”添加附件
cf-attached = 已添加 { $name }。
cf-detached = 已删除 { $name }。
cf-files-of = “{ $name }”的附件
cf-file-open = 打开 { $name }
cf-file-remove = 删除 { $name }
cf-file-remove-confirm = 要从这份材料中删除 { $name } 吗？文件会从客户档案中删除。
cf-obsolete = 不再需要
cf-size-bytes = { $n } 字节
cf-size-kb = { $n } KB
cf-size-mb = { $n } MB
cf-as-of = 截至
cf-nothing-to-do = 这一天没有待办事项。
cf-kind-document-expires = 递交前到期的材料
cf-kind-travel-document-expires = 即将到期的旅行证件
cf-kind-income-not-covered = 收入证明未覆盖前一年
cf-kind-child-turns-18 = 递交前年满 18 周岁的子女
cf-new-client = 新客户
cf-chinese-name = 中文姓名
cf-create-client = 创建客户档案

# issue 10: notes and missing items
history-note-application = { $scheme }申请的备注：{ $text }
history-note-client = 备注：{ $text }
cf-notes = { $scheme }申请的备注
cf-note-label = 为{ $scheme }申请添加备注
cf-note-add = 添加备注
cf-note-added = 已为{ $scheme }申请添加备注。
cf-kind-missing-items = 尚缺的材料
warn-missing-separator = 、
warn-missing-items = { $scheme }：尚缺 { $count } 份材料：{ $names }{ $more ->
        [0] {""}
       *[other] 以及另外 { $more } 份
    }{ $when ->
        [past] （预计递交日期{ DATE($submit) }已过）
        [none] {""}
       *[planned] （预计于{ DATE($submit) }递交）
    }
