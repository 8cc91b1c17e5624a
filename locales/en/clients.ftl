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

## The client-file screens.
start-clients = Client files
start-clients-text = Your clients, their applications and document checklists, and what needs doing.
cf-nav = Client files
cf-clients-title = Clients
cf-dashboard = What needs doing
cf-import = Import an archive
cf-imported = Imported { $name } from { $file }, with { $applications ->
    [0] no applications
    [one] 1 application
   *[other] { $applications } applications
}.
cf-search = Search by name (Latin or Chinese)
cf-filter-scheme = Scheme
cf-filter-status = Application status
cf-filter-missing = Documents still missing
cf-filter-expiring = Expiring within (days)
cf-any = Any
cf-sort = Sort by
cf-sort-name = Name
cf-sort-deadline = Next deadline
cf-sort-updated = Last change
cf-no-clients = No client matches.
cf-count = { $more ->
    [1] First { $n } clients
   *[0] { $n ->
        [one] 1 client
       *[other] { $n } clients
    }
}
cf-applications = { $n ->
    [0] No application
    [one] 1 application
   *[other] { $n } applications
}
cf-next-deadline = next submission { $date }
cf-choose-client = Choose a client in the list to see the file.
cf-back = Back to the client
cf-household = Household
cf-member-add = Add a family member
cf-member-edit = Change { $name }
cf-member-remove = Remove { $name }
cf-member-remove-confirm = Remove { $name } from the household? The checklists change only when you regenerate them.
cf-member-relationship = Relationship
cf-member-spouse = Spouse
cf-member-child = Child
cf-member-family = Family name
cf-member-given = Given names
cf-member-born = Date of birth
cf-edit = Change
cf-remove = Remove
cf-save = Save
cf-cancel = Cancel
cf-open = Open
cf-profile = Profile
cf-profile-edit = Change the profile
cf-profile-saved = Profile saved.
cf-pending = The { $scheme } checklist would change: { $added } to add, { $obsolete } no longer needed{ $restored ->
    [0] {""}
   *[other] , { $restored } needed again
}.
cf-regenerate = Regenerate the checklist
cf-regenerated = { $scheme } checklist regenerated: { $added } added, { $obsolete } no longer needed{ $restored ->
    [0] {""}
   *[other] , { $restored } needed again
}.
cf-added = Added:
cf-made-obsolete = No longer needed:
cf-restored = Needed again:
cf-applications-title = Applications
cf-no-applications = No application yet.
cf-planned = planned submission { $date }
cf-new-scheme = Scheme
cf-new-planned = Planned submission date
cf-new-application = Open an application
cf-history = History
cf-export = Export to an archive
cf-exported = Exported to { $name }.
cf-delete-client = Delete the client file
cf-delete-confirm = Delete the file of { $name } with its applications and documents? This cannot be undone; export it first if you may need it.
cf-discard-confirm = Discard your changes to the profile of { $name }? They have not been saved.
cf-discard = Discard the changes
cf-client-deleted = The file of { $name } was deleted.
cf-application-title = { $scheme } application — { $name }
cf-application-status = Application status
cf-make-pdf = Generate PDF
cf-pdf-saved = Checklist saved as { $name }.
cf-item-status = Status
cf-item-expiry = Expiry date
cf-item-note = Note
cf-na-reason = Why it does not apply
cf-na-because = Not applicable: { $reason }
cf-status-changed = Status of { $name } changed.
cf-undo = Undo
cf-undone = Change to { $name } undone.
cf-attach = Attach a file
cf-attach-to = Attach a file to { $name }
cf-attached = { $name } attached.
cf-detached = { $name } removed.
cf-files-of = Files for { $name }
cf-file-open = Open { $name }
cf-file-remove = Remove { $name }
cf-file-remove-confirm = Remove { $name } from this document? The file is deleted from the client file.
cf-obsolete = No longer required
cf-size-bytes = { $n } bytes
cf-size-kb = { $n } KB
cf-size-mb = { $n } MB
cf-as-of = As of
cf-nothing-to-do = Nothing needs doing for this day.
cf-kind-document-expires = Documents expiring before submission
cf-kind-travel-document-expires = Travel documents expiring
cf-kind-income-not-covered = Income evidence not covering the year before
cf-kind-child-turns-18 = Children turning 18 before submission
cf-new-client = New client
cf-chinese-name = Name in Chinese
cf-create-client = Create the client file

# issue 10: notes and missing items
history-note-application = Note on the { $scheme } application: { $text }
history-note-client = Note: { $text }
cf-notes = Notes on the { $scheme } application
cf-note-label = New note on the { $scheme } application
cf-note-add = Add a note
cf-note-added = Note added to the { $scheme } application.
cf-kind-missing-items = Documents still missing
warn-missing-separator = {", "}
warn-missing-items = { $scheme }: { $count ->
        [one] 1 document still missing
       *[other] { $count } documents still missing
    }: { $names }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }{ $when ->
        [past] {" "}(the planned submission on { DATE($submit) } has passed)
        [none] {""}
       *[planned] {" "}(submission planned on { DATE($submit) })
    }
