## Reading a profile (talentnav.profile/1): one line naming what is wrong and where.

profile-error-too-large = The profile is { $size } MiB; a profile can be at most { $limit } MiB.
profile-error-not-utf8 = The profile is not UTF-8 text (the byte at offset { $offset } is not valid).
profile-error-not-json = The profile is not valid JSON (line { $line }, column { $column }).
profile-error-too-deep = { $path }: nested deeper than any field of a profile.
profile-error-not-an-object = The profile must be a JSON object ({ "{" } … { "}" }).
profile-error-schema-missing = schema: missing; a profile starts with "schema": "{ $expected }".
profile-error-wrong-schema = schema: “{ $value }” is not supported; this version reads “{ $expected }”.
profile-error-not-a-date = { $path }: { $value } is not a date (write YYYY-MM-DD).
profile-error-not-a-number = { $path }: { $value } is not a number.
profile-error-negative-money = { $path }: { $value } is negative; amounts of money are zero or more.
profile-error-not-a-country = { $path }: “{ $value }” is not a country code (two capital letters, such as GB, CN or HK).
profile-error-not-a-currency = { $path }: “{ $value }” is not a currency code (three capital letters, such as HKD or USD).
profile-error-not-a-language = { $path }: “{ $value }” is not a language code (such as en, zh or yue).
profile-error-unknown-value = { $path }: “{ $value }” is not one of: { $allowed }.
profile-error-wrong-type = { $path }: expected { $expected }, found { $found }.
profile-error-invalid = { $path }: this value is not valid here.
profile-error-no-date = submission_date: missing; give the date you intend to apply in the profile, or use --as-of.
profile-error-batch-line = line { $line }: { $message }

kind-number = a number
kind-text = text
kind-boolean = true or false
kind-list = a list
kind-object = an object
kind-date = a date (YYYY-MM-DD)
kind-null = null
kind-missing = nothing

## Issue 8: impossible profiles (both fields named).
profile-error-duplicate-key = { $path }: given twice; each field may appear only once.
profile-error-date-order = { $path } ({ DATE($value) }) is before { $other } ({ DATE($other_value) }); one of the two dates is wrong.
