## `talentnav rules`: the rule pack's dated parameters and sources.

cli-cmd-rules = The rule pack: a rule's values on a date, and every source
cli-cmd-rules-show = Show a rule (a criterion id such as ttps.a.income) as in force on a date
cli-cmd-rules-sources = List every source of the rule pack with its revision date
cli-arg-rule-id = The criterion id, such as ttps.a.income
rules-show-title = { $id }: { $name }
rules-show-scheme = Scheme
rules-show-in-force = In force
rules-show-values = Values in the rule pack:
rules-show-sources = Sources:
rules-period-always = on every date
rules-period-from = from { DATE($from) }
rules-period-until = until { DATE($to) } (inclusive)
rules-period-between = from { DATE($from) } until { DATE($to) } (inclusive)
rules-source = { $id } { $title }, revised on { DATE($revised) }
rules-error-unknown-rule = The rule pack has no criterion “{ $id }” (see talentnav assess --json for the criterion ids).
rules-error-not-in-force = { $id } is not in force on { DATE($date) }; it is in force { $periods }.
