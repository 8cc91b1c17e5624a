# Issue 10: client files in the window.
history-client-create = Client file created
history-client-update = Profile changed
history-client-import = Imported from an archive
history-client-delete = Client file deleted
history-application-create = { $scheme } application opened
history-application-status = { $scheme } application: { $status }
history-application-regenerate = { $scheme } checklist regenerated
history-item-update = { $document }: { $status }
history-attachment-attach = File attached: { $name }
history-attachment-detach = File removed: { $name }
dialog-attach = Attach a file
dialog-export-client = Export the client file
dialog-import-archive = Import a client archive
error-bad-sort = “{ $value }” is not a way to sort the list (use { $allowed }).
error-bad-days = { $value } days is not a valid window: use 0 to 3650 days.
