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
io-other = could not be read or written ({ $detail })
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
store-error-database = The client files could not be read or written: { $detail }
store-error-io = A file in the data folder could not be read or written: { $detail }
store-error-no-application = There is no application { $id }.
store-error-no-item = There is no document item { $id }.
store-error-unknown-scheme = “{ $scheme }” is not a scheme; use ttps, qmas, gep, asmtp, techtas, iang, assg or new_cies.
store-error-unknown-route = “{ $route }” is not a route of this scheme; use one of: { $routes }.
store-error-bad-date = “{ $value }” is not a date (write YYYY-MM-DD).
store-error-bad-status = “{ $value }” is not a status; use one of: { $allowed }.
store-error-na-needs-reason = A document marked not applicable needs a reason (--reason).
