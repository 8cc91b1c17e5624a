## The window: first screen, language switcher, About panel.

app-name = Talent Navigator
app-tagline = Hong Kong talent-admission schemes, checked offline
app-intro = See which of Hong Kong's talent-admission schemes you can apply for, why, and what is still missing. Everything stays on this computer.
home-schemes-heading = Schemes covered
home-discretion-note = Every scheme is at the discretion of the Director of Immigration: meeting the criteria means you may apply, not that a visa will be granted.

language-switcher-label = Language
language-en = English
language-zh-Hant = 繁體中文
language-zh-Hans = 简体中文

about-open = About
about-title = About { app-name }
about-version = Version { $version }
about-data-dir = Data folder
about-rule-pack = Rule pack
about-rule-pack-value = { $id } { $version }
about-rule-pack-checksum = SHA-256
about-format-example = Money and dates appear as { MONEY($amount) } on { DATE($date) }.
about-close = Close
loading = Loading…
