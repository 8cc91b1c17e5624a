# Issue 10: client files in the window.
history-client-create = 已创建客户档案
history-client-update = 已修改个人资料
history-client-import = 已从归档文件导入
history-client-delete = 已删除客户档案
history-application-create = 已新建{ $scheme }申请
history-application-status = { $scheme }申请：{ $status }
history-application-regenerate = 已重新生成{ $scheme }材料清单
history-item-update = { $document }：{ $status }
history-attachment-attach = 已添加附件：{ $name }
history-attachment-detach = 已删除附件：{ $name }
dialog-attach = 添加附件
dialog-export-client = 导出客户档案
dialog-import-archive = 导入客户归档文件
error-bad-sort = “{ $value }”不是有效的排序方式（请使用 { $allowed }）。
error-bad-days = { $value } 天不是有效的期限：请输入 0 到 3650 天。
