## The PDF document checklist a consultant hands to a client, and `talentnav checklist`.

checklist-title = Document checklist
checklist-applicant = Applicant
checklist-route = Category
checklist-route-any = Not chosen yet: documents of every category are listed
checklist-reference = Reference
checklist-reference-none = Self-assessment (no client file)
checklist-planned = Planned submission
checklist-planned-none = Not set
checklist-generated = Prepared on
checklist-rule-pack = Rule pack
checklist-name-none = Name not given
checklist-attention = Points to act on
checklist-expires = Expires on { DATE($date) }
checklist-expires-before-submission = Expires on { DATE($date) }, before the submission on { DATE($submit) }: renew it first.
checklist-note = Note: { $note }
checklist-na = N/A: { $reason }
checklist-obsolete = No longer required after the household or the rules changed.
checklist-fees = Fees
checklist-fees-unknown = The rule pack has no fee for this scheme; check the Immigration Department's page.
checklist-processing = Processing time
checklist-processing-unknown = The Immigration Department does not state a processing time for this scheme.
checklist-submit = How to submit
checklist-submit-online = Online only: through the Immigration Department's mobile app, its website or GovHK. Applications in person, by post or through drop-in boxes are not accepted.
checklist-submit-guide = Guidebook: { $guide }.
checklist-submit-guide-unconfirmed = The guidebook's number is not confirmed; use the guidebook linked from the Immigration Department's page.
checklist-sources = Sources
checklist-source = { $id } { $title }, revised on { DATE($revised) }
checklist-disclaimer = Approval is at the discretion of the Director of Immigration. A complete checklist means the application can be made; it does not mean a visa or entry permit will be granted. The Immigration Department may ask for further documents.
checklist-page = Page { $page } of { $pages }

cli-cmd-checklist = Write the pre-filled document checklist of an application as a PDF
cli-opt-checklist-output = The PDF file to write; an existing file is replaced only when the new one is complete
checklist-written = Checklist written to { $path }: { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}, { $items ->
    [one] 1 document
   *[other] { $items } documents
}.
error-checklist-needs-input = Say which checklist to write: --application ID, or --profile FILE with --scheme.
error-checklist-route-without-scheme = --route needs --profile and --scheme; an application already has its route.
error-checklist-unprintable = { $field } contains characters a PDF checklist cannot show: { $chars }. Remove them or write them another way; nothing was written.
checklist-field-applicant-name = The applicant's name
checklist-field-dependant-name = Dependant { $n }'s name
checklist-field-note = The note on “{ $document }” ({ $party })
checklist-field-na-reason = The reason “{ $document }” ({ $party }) does not apply

## Issue 15: the legend says what each mark and status means.
checklist-legend-boxes = An empty box: still to collect. A ticked box: received, verified or submitted. A dash: not applicable, with the reason.
checklist-legend-required = Required: the household's facts say this document is needed.
checklist-legend-may-be-needed = May be needed: it depends on a fact not known yet, named under the document; once that is known, the document is either required or no longer listed.
checklist-legend-if-any = If you have one: give it only if the person holds one.
checklist-household = Family members
checklist-field-employer-name = The employer's name

## Issue 13: guidebooks that are not ImmD's, by name in each language (ImmD's own are ID(E)/ID(C) numbers).
guide-techtas = ITC Application Guide – TechTAS 01/02
guide-new-cies = Rules for the New Capital Investment Entrant Scheme (InvestHK)

# Issue 8 review: an open point said once on a printed checklist, named briefly under each item.
checklist-open-points = To confirm with the Immigration Department
