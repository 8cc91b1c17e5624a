## Issue 11: signed rule-pack updates (`talentnav rules keygen | pack | verify | status | check | update | rollback`).

update-cli-cmd-keygen = Make a new signing key for rule packs (for the maintainers)
update-cli-cmd-pack = Sign a folder of rule-pack files into one pack file (for the maintainers)
update-cli-cmd-verify = Check a rule-pack file: its signature and every file in it
update-cli-cmd-status = Show the rules in use, the packs kept on this computer, and whether the rules may be out of date
update-cli-cmd-check = Ask the update address whether a newer rule pack is out (nothing is installed)
update-cli-cmd-update = Download, verify and install the newest rule pack
update-cli-cmd-rollback = Go back to the previous rule pack kept on this computer
update-cli-opt-key = The secret key file made by talentnav rules keygen
update-cli-arg-dir = The folder with the pack files and release.toml
update-cli-opt-keygen-output = Where to write the new secret key (an existing file is never replaced)
update-cli-opt-pack-output = Where to write the signed rule pack
update-cli-arg-pack-file = The rule-pack file (.tnpack)

update-keygen-done = Secret key written to { $path }. Keep it private and never commit it. Its public key (for a key slot in the app): { $key }
update-pack-done = Signed { $id } { $version } ({ $count } files) into { $path }.
update-verify-ok = The signature and all { $count } files are verified.
update-label-pack = Rule pack
update-pack-value = { $id } { $version }
update-date = { DATE($date) }
update-label-published = Published
update-label-min-app = Needs { app-name }
update-label-signer = Signed with key
update-label-changelog = Changes
update-label-origin = Source
update-origin-built-in = built into the app
update-origin-installed = installed update
update-label-as-of = Rules as of
update-label-kept = Kept on this computer
update-kept-none = none
update-label-address = Update address
update-address-none = not set (in the settings, or TALENTNAV_RULES_URL)
update-check-newer = A newer rule pack is out: { $latest } (in use: { $current }). Install it with talentnav rules update.
update-check-current = The rules in use ({ $current }) are the newest available.
update-up-to-date = Nothing to install: the rules in use ({ $version }) are the newest available.
update-installed = Rule pack { $to } installed (replacing { $from }). The previous pack is kept: talentnav rules rollback returns to it.
update-rolled-back = Back to rule pack { $to } (replacing { $from }).

update-notice-fallback = The installed rule pack { $version } cannot be used ({ $reason }), so the rules built into the app ({ $builtin }) are used instead.
update-notice-fallback-unnamed = The installed rule pack cannot be used ({ $reason }), so the rules built into the app ({ $builtin }) are used instead.
update-notice-stale-age = These rules are as of { DATE($revised) }, more than six months ago, so they may be out of date. Check for an update: talentnav rules check.
update-notice-stale-due = These rules are as of { DATE($revised) } and a change was due on { DATE($due) }, so they may be out of date. Check for an update: talentnav rules check.
update-reason-active-damaged = the record of which pack is in use is damaged

update-error-not-a-pack = This is not a complete { app-name } rule pack: it is damaged or cut short. Nothing was installed.
update-error-unknown-key = The rule pack is signed with a key this app does not trust ({ $key }). Nothing was installed.
update-error-bad-signature = The rule pack's signature does not match its contents: it was changed after it was signed. Nothing was installed.
update-error-unexpected-file = The rule pack contains { $file }, which its signed list of files does not name. Nothing was installed.
update-error-missing-file = The rule pack lacks { $file }, which its signed list of files names. Nothing was installed.
update-error-tampered-file = { $file } in the rule pack is not what was signed (its size or SHA-256 differs). Nothing was installed.
update-error-invalid-pack = The rules in the pack cannot be loaded; the problem is at { $place }.
update-error-identity = The rule pack's signed list names { $manifest }, but its files are { $files }. Nothing was installed.
update-error-bad-field = The rule pack's signed list has an invalid { $field }: “{ $value }”.
update-error-needs-newer-app = Rule pack { $version } needs { app-name } { $needed } or newer, and this is { $app }. Update the app first; nothing was installed.
update-error-too-many-files = The folder has { $count } pack files; a rule pack holds at most 256.
update-error-release-file = { $file } cannot be read (at { $place }).
update-error-too-large = The download is larger than the limit of { $limit } bytes, so it was stopped. Nothing was installed.
update-error-timeout = { $url } did not answer in time. Nothing was installed.
update-error-connect = Could not connect to { $url }: check the address and the network.
update-error-network = Could not download { $url }.
update-error-http = { $url } answered with HTTP status { $status }. Nothing was installed.
update-error-truncated = The download from { $url } stopped before the end. Nothing was installed.
update-error-bad-index = { $url } is not a rule-pack index.
update-error-older = The rule pack offered ({ $offered }) is not newer than the one in use ({ $current }), so it was not installed. To go back to an earlier pack, use talentnav rules rollback.
update-error-other-pack = The update address offers the rule pack “{ $offered }”, not “{ $current }”.
update-error-no-address = No update address is set: set one in the settings or in { $env }.
update-error-bad-address = “{ $url }” is not an http:// or https:// address.
update-error-nothing-to-roll-back = No earlier rule pack is kept on this computer to go back to.
update-error-bad-key-file = { $path } is not a signing key made by talentnav rules keygen.

update-cli-cmd-impact = Whose answers change between two rule packs, across every client file
update-cli-opt-from = The rule pack before (its version: the built-in one or one kept on this computer)
update-cli-opt-to = The rule pack after (default: the one in use)
update-impact-hint = To see whose answers change, run: talentnav rules impact --from { $from }
update-impact-summary = From rule pack { $from } to { $to }: the answers change for { $changed } of { $checked } clients.
update-impact-route = { $scheme } · { $route }: { $before } → { $after }
update-impact-criterion = { $label }: { $before } → { $after }. { $why }
update-impact-absent = not in this pack
update-error-no-such-pack = There is no rule pack { $version } on this computer (see talentnav rules status).
update-impact-items-added = Application { $application }: the checklist would gain { $items }
update-impact-items-obsolete = Application { $application }: no longer needed: { $items }

# Issue 11: the window's Settings → Rules page, and the out-of-date notice in the results.
rules-ui-notice-stale-age = These rules are as of { DATE($revised) }, more than six months ago, so they may be out of date. Check for an update in Settings → Rules.
rules-ui-notice-stale-due = These rules are as of { DATE($revised) } and a change was due on { DATE($due) }, so they may be out of date. Check for an update in Settings → Rules.
rules-ui-check-newer = A newer rule pack is out: { $latest } (in use: { $current }).
rules-ui-installed = Rule pack { $to } installed (replacing { $from }). The previous rule pack is kept on this computer, so you can go back to it.
rules-ui-open = Settings
rules-ui-settings-title = Settings
rules-ui-title = Rules
rules-ui-network-note = Nothing goes over the network unless you click “Check now”.
rules-ui-check = Check now
rules-ui-checking = Checking…
rules-ui-install = Install rule pack { $version }
rules-ui-installing = Installing…
rules-ui-rollback = Go back to the previous rule pack
rules-ui-changelog-none = The rules built into the app have no list of changes.
rules-ui-report-title = Whose answers change
rules-ui-report-none = No client's answers or checklists change.
rules-ui-col-client = Client
rules-ui-col-route = Scheme and category
rules-ui-col-change = Before → after
rules-ui-col-why = Criteria that changed, and why
rules-ui-items-added = Would be added to application { $application } ({ $scheme }): { $items }
rules-ui-items-obsolete = No longer needed in application { $application } ({ $scheme }): { $items }
rules-ui-regenerate = Regenerate the affected checklists
rules-ui-regenerate-confirm = Regenerate { $count ->
    [one] the checklist of 1 application
   *[other] the checklists of { $count } applications
  } with rule pack { $version }? Statuses, notes and attached files are kept; items no longer asked for are marked “no longer needed”, not deleted.
rules-ui-regenerate-ok = Regenerate
rules-ui-regenerated = { $count ->
    [one] 1 checklist regenerated.
   *[other] { $count } checklists regenerated.
  }
rules-ui-regenerated-app = Application { $application } ({ $scheme }): { $added } added, { $obsolete } no longer needed.
rules-ui-way-forward-network = Check the internet connection and the update address, then click “Check now” again. Nothing was changed.
rules-ui-way-forward-refused = The rules in use are unchanged; let whoever publishes the update address know.
rules-ui-results-notice = The rules may be out of date
