## The command line: help text and errors. Errors are one line and name what is wrong.

cli-about = Check Hong Kong's talent-admission schemes and keep client files, offline. Run without a command to open the window.
cli-usage-heading = Usage
cli-commands-heading = Commands
cli-options-heading = Options
cli-command-placeholder = COMMAND
cli-opt-lang = Language of all output: en, zh-Hant or zh-Hans (default: the system language)
cli-opt-data-dir = Folder for client files and settings (default: { $default }; also set by TALENTNAV_DATA_DIR)
cli-opt-help = Show this help
cli-opt-version = Show the version
cli-opt-json = Print JSON instead of text
cli-cmd-about = Show the version, the data folder and the rule pack
cli-no-window = This build of { app-name } has no window. Run “talentnav --help” to see the commands.
cli-window-missing = The window program was not found at { $path }. Build it with “cargo build --release --features custom-protocol”, or reinstall { app-name }.

error-line = Error: { $message }
error-unknown-argument = { $arg } is not an option here. Run “talentnav --help” to see the options.
error-unknown-command = { $command } is not a command. Run “talentnav --help” to see the commands.
error-missing-value = { $arg } needs a value.
error-invalid-value = “{ $value }” is not a valid value for { $arg }.
error-bad-command-line = The command line could not be read. Run “talentnav --help” to see how to use it.
error-unsupported-language = “{ $value }” is not a language { app-name } speaks; use en, zh-Hant or zh-Hans.
error-io = { $path }: { $reason }
error-internal = Something went wrong inside { app-name }: { $detail }
error-no-display = No display was found (DISPLAY is not set), so the window cannot open. The commands in “talentnav --help” work without one.
error-window = The window could not be opened: { $detail }

io-not-found = not found
io-permission-denied = permission denied
io-already-exists = already exists
io-not-a-directory = not a folder
io-storage-full = the disk is full
io-read-only = the disk is read-only
io-invalid-data = the file is damaged or not in the expected format
io-other = could not be read or written
label-value = { $label }: { $value }

cli-cmd-assess = Assess a profile against all eight schemes as of a date
cli-cmd-schema = Print the JSON Schema of the profile format
cli-opt-profile = The profile to assess (talentnav.profile/1 JSON)
cli-opt-batch = Assess every line of a JSON Lines file, one result per line
cli-opt-as-of = Evaluate the rules as of this date instead of the profile's submission_date
error-assess-needs-input = Give a profile with --profile FILE, or a file of profiles with --batch FILE.
error-profile = { $message }
error-batch-lines = { $count ->
    [one] One line could not be assessed; see the messages above.
   *[other] { $count } lines could not be assessed; see the messages above.
}
assess-title = Assessment as of { DATE($date) } · rule pack { $pack }
assess-col-scheme = Scheme
assess-col-verdict = Result
assess-general = Requirements for every route:
assess-dependants = Dependants
assess-missing = Still needed (most decisive first):
assess-review = Why it needs review:
assess-what-if = What would change the answer:
assess-notes = Notes:
assess-comparison = Stay, processing and fees:

cli-cmd-client = Keep client files: add, list, show, update or delete clients
cli-cmd-client-add = Add a client from a profile file
cli-cmd-client-list = List clients, with search and filters
cli-cmd-client-show = Show one client
cli-cmd-client-update = Replace a client's profile with a profile file
cli-cmd-client-delete = Delete a client with their applications and documents
cli-cmd-verify-audit = Check that the audit log has not been altered
cli-arg-client-id = The client's number (see “talentnav client list”)
cli-opt-name = Part of a name, in Latin or Chinese script
cli-opt-scheme = Only clients with an application under this scheme (ttps, qmas, gep, asmtp, techtas, iang, assg, new_cies)
cli-opt-status = Only clients with an application in this status (draft, preparing, submitted, approved, refused, withdrawn)
cli-opt-missing-docs = Only clients with documents still to collect
cli-opt-expiring = Only clients with a document expiring within this many days
client-added = Client { $id } added.
client-updated = Client { $id } updated.
client-deleted = Client { $id } deleted.
client-list-empty = No clients match.
client-heading = Client { $id }: { $name }
client-col-id = No.
client-col-name = Name
client-col-chinese = Chinese name
client-col-applications = Applications
client-col-nationality = Nationality
client-col-updated = Last changed
audit-ok = The audit log is intact ({ $entries } entries).
audit-broken = The audit log has been altered: entry { $seq } of { $entries } does not match the chain.
store-error-no-client = There is no client { $id }.
store-error-client-changed = This client was changed elsewhere (in another window or from the command line) after you started, so nothing was saved. The page now shows the newer version and what you entered is still here: save again to replace the newer version with yours.
store-error-database = The client files ({ $path }) could not be read or written: { $reason }
store-error-no-application = There is no application { $id }.
store-error-no-item = There is no document item { $id }.
store-error-unknown-scheme = “{ $scheme }” is not a scheme; use ttps, qmas, gep, asmtp, techtas, iang, assg or new_cies.
store-error-unknown-route = “{ $route }” is not a route of this scheme; use one of: { $routes }.
store-error-bad-date = “{ $value }” is not a date (write YYYY-MM-DD).
store-error-bad-status = “{ $value }” is not a status; use one of: { $allowed }.
store-error-na-needs-reason = A document marked not applicable needs a reason (--reason).

cli-cmd-app = Applications: create one for a client (with its document checklist), list, show, set status, regenerate
cli-cmd-app-create = Create an application and its document checklist
cli-cmd-app-list = List applications
cli-cmd-app-show = Show an application with its documents
cli-cmd-app-status = Set an application's status
cli-cmd-app-regenerate = Rebuild the checklist from the current profile and rules, keeping every status
cli-cmd-doc = Documents of an application: list, set a status, expiry or note
cli-cmd-doc-list = List the documents of an application
cli-cmd-doc-set = Set a document's status or expiry date
cli-cmd-doc-note = Add a note to a document
cli-arg-app-id = The application's number (see “talentnav app list”)
cli-arg-item-id = The document's number (see “talentnav doc list”)
cli-opt-app-scheme = The scheme: ttps, qmas, gep, asmtp, techtas, iang, assg or new_cies
cli-opt-route = The route within the scheme, such as ttps.b
cli-opt-planned = The planned submission date
cli-opt-app-status = draft, preparing, submitted, approved, refused or withdrawn
cli-opt-doc-status = required, requested, received, verified, submitted or not_applicable
cli-opt-reason = Why the document is not applicable
cli-opt-expiry = The document's expiry date (an empty value clears it)
cli-opt-note = The note
app-created = Application { $id } created with its document checklist.
app-heading = Application { $id }: { $scheme } ({ $status })
app-status-set = Application { $id } is now { $status }.
app-regenerated = Checklist rebuilt: { $added } added, { $obsolete } no longer needed (kept), { $restored } back, { $kept } unchanged.
app-col-id = No.
app-col-client = Client
app-col-scheme = Scheme
app-col-status = Status
app-col-planned = Planned submission
doc-col-id = No.
doc-col-party = From
doc-col-document = Document
doc-col-status = Status
doc-col-expiry = Expires
doc-updated = Document { $id } is now { $status }.
doc-noted = Note added to document { $id }.
doc-obsolete = { $name } (no longer needed)
doc-status-required = Required
doc-status-requested = Requested
doc-status-received = Received
doc-status-verified = Verified
doc-status-submitted = Submitted
doc-status-not-applicable = Not applicable
cli-cmd-doc-attach = Attach a file to a document (copied into the data folder)
cli-arg-file = The file to attach
cli-opt-max-mib = Largest file accepted, in MiB (default 50)
doc-attached = Attached “{ $name }” to document { $id }.
store-error-attachment-too-large = The file is { $size }; attachments can be at most { $limit }.

warn-travel-document-before = The travel document expires on { DATE($expires) }, before the submission on { DATE($submit) }.
warn-travel-document-during-stay = The travel document expires on { DATE($expires) }, within the initial stay of { $months } months.
warn-income-not-covered = No income evidence covers the year before submission ({ DATE($from) } to { DATE($submit) }).
warn-child-turns-18 = The child born on { DATE($born) } turns 18 on { DATE($date) }, before the submission on { DATE($submit) }: no longer a dependent child.
warn-document-expires = { $document } (No. { $item }) expires on { DATE($expires) }, before the submission on { DATE($submit) }.
cli-cmd-warnings = Warnings for applications in progress: expiring documents, income evidence, children turning 18
warnings-none = No warnings.
warnings-heading = Client { $client }, application { $app }:

cli-cmd-export = Export a client's whole file (profile, applications, documents, notes, audit, attachments) as one archive
cli-cmd-import = Import client archives; an archive that fails any check writes nothing at all
cli-opt-output = The file to write
cli-arg-archives = Client archives made by “talentnav export”
export-done = Client { $id } exported to { $path }.
import-done = { $path }: imported as client { $id }.
import-failed = { $path }: { $message }
import-some-failed = { $count ->
    [one] One archive was not imported; see the messages above.
   *[other] { $count } archives were not imported; see the messages above.
}
store-error-archive-corrupt = The archive is damaged or not a client archive.
store-error-archive-bad-path = The archive holds an entry “{ $path }” that a client archive cannot have; it was refused.
store-error-archive-too-large = The archive declares { $path } of { $size }; a client archive holds at most { $limit } there.
store-error-archive-schema = The archive is “{ $value }”; this version reads “{ $expected }”.
store-error-archive-hash = { $path } does not match the checksum in the archive's manifest.
store-error-archive-unlisted = { $path } is in the archive but not in its manifest.
store-error-archive-missing = The archive lacks { $path }.
store-error-archive-profile = The profile in the archive's client.json is not valid: { $reason }
store-error-archive-exists = This client (uid { $uid }) is already in the client files.

# issue 14: archives and attachments against hostile input
io-is-a-directory = is a folder, not a file
io-too-large = the file is too large
io-out-of-memory = not enough memory
io-os-error = could not be read or written (system error { $number })
io-not-regular = is not a regular file but { $kind ->
    [symlink] a symbolic link; give the file it points to
    [fifo] a named pipe
    [device] a device
    [socket] a socket
    [directory] a folder
   *[other] something else
}
db-busy = another program kept the database busy for too long; try again
db-corrupt = the database file is damaged
db-cannot-open = the database file could not be opened
db-conflict = a record conflicts with one already stored
db-code = the database refused (SQLite result code { $number })
db-newer = the database was written by a newer version of { app-name }
store-error-data-io = In the data folder, { $path }: { $reason }
store-error-source-io = The file { $path } could not be read: { $reason }
store-error-archive-io = The archive { $path } could not be read: { $reason }
store-error-output-io = { $path } could not be written: { $reason }
store-error-text-too-long = { $field ->
    [note] The note
    [reason] The reason
    [file-name] The file name
   *[other] { $field }
} has { $length } characters; at most { $limit } are allowed.
store-error-text-control = { $field ->
    [note] The note
    [reason] The reason
    [file-name] The file name
   *[other] { $field }
} contains a control character ({ $char }); remove it.
store-error-archive-entry-corrupt = The archive's { $entry } is damaged.
store-error-archive-field = The archive's { $entry } is not valid at { $path } (“{ $value }”): { $expected ->
    [hash] it must be a SHA-256 checksum of 64 lower-case hexadecimal digits
    [date] it must be a date (YYYY-MM-DD)
    [time] it must be a date and time (RFC 3339)
    [scheme] it is not a scheme of this rule pack
    [route] it is not a route of this scheme
    [party] it is not a party of this household (applicant, employer or dependant:N)
    [document] it is not a document of this rule pack
    [status] it is not a status
    [key] it must be the document and party (document@party)
    [duplicate] it appears twice
    [size] the size does not match the attachment
    [uid] it must be 1 to 64 letters, digits or hyphens
    [id] it must be 1 to 64 letters, digits or hyphens
    [reason] a document marked not applicable needs a reason
    [application] no application in the archive has this key
   *[other] this value is not accepted
}.
store-error-archive-json = The archive's { $entry } is not in the client archive format at { $path } (line { $line }, column { $column }).
store-error-archive-not-json = The archive's { $entry } is not valid JSON (line { $line }, column { $column }).
store-error-archive-directory = The archive's list of entries is larger than a client archive's can be (at most { $limit }, 65,535 entries).
store-error-archive-duplicate-entries = The archive holds two entries with the same name; it was refused.
store-error-archive-unused = The archive holds { $path }, which no document uses; it was refused.
store-error-archive-too-large-total = The archive holds { $size } in all; a client archive holds at most { $limit }.
store-error-bad-attachment-row = The client files hold an attachment whose checksum is not valid (“{ $value }”); it was not exported.

## Issue 13: application statuses in words.
app-status-draft = Draft
app-status-preparing = Preparing
app-status-submitted = Submitted
app-status-approved = Approved
app-status-refused = Refused
app-status-withdrawn = Withdrawn
cli-date-time = { DATE($date) }, { $time } UTC

# review fixes (issue 14)
error-output-in-data-folder = { $path } is inside the data folder, where it could replace the client files; choose a file outside it. Nothing was written.
store-error-attachment-damaged = The attachment “{ $name }” ({ $path }) no longer matches its recorded size and checksum; it is damaged, so the archive was not written.
store-error-text-invisible = { $field ->
    [note] The note
    [reason] The reason
    [file-name] The file name
   *[other] { $field }
} contains an invisible formatting character ({ $char }); remove it.

# issue 8: the application core
store-error-no-attachment = There is no attachment { $id }.

# issue 10: notes and missing items
cli-cmd-app-note = Add a note to an application
app-noted = Note added to application { $id }.
app-notes-heading = Notes (newest first):
store-error-empty-note = A note needs some text.
