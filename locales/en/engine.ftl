## Eligibility engine: verdicts, route names, criterion labels (as ImmD words them), explanations,
## review reasons, what-if hints, notes and comparison lines. Dates come as YYYY-MM-DD and go through
## DATE(); amounts in HK$ go through MONEY().

verdict-eligible = Eligible to apply
verdict-not-eligible = Not eligible
verdict-needs-info = More information needed
verdict-needs-review = Needs review

outcome-met = Met
outcome-not-met = Not met
outcome-unknown = Not known yet
outcome-review = Needs review

r-ttps-a = Category A (annual income)
r-ttps-b = Category B (degree and 3 years' work)
r-ttps-c = Category C (recent degree)
r-qmas-gpt = General Points Test
r-qmas-abpt = Achievement-based Points Test
r-gep-professional = Employment as a professional
r-asmtp-professional = Employment as a professional
r-techtas-rnd = Research and development post
r-iang-recent = Recent graduate (within 6 months)
r-iang-non-recent = Non-recent graduate (with an offer)
r-assg-second-generation = Second generation
r-new-cies-investment = Capital investment

## Criterion labels

c-ttps-in-operation = The scheme accepts applications
c-qmas-in-operation = The scheme accepts applications
c-techtas-in-operation = The scheme accepts applications
c-iang-in-operation = The arrangements accept applications
c-assg-in-operation = The scheme accepts applications
c-new-cies-in-operation = The scheme accepts applications
c-ttps-nationality = Nationality not excluded (Afghanistan, Cuba, Korea (DPRK))
c-ttps-overseas-chinese = Chinese passport holders living overseas: overseas permanent residence, or at least { $years } { $years ->
        [one] year
       *[other] years
    } overseas and applying from overseas
c-ttps-character = No criminal record and no security concern
c-ttps-travel-document = A valid travel document
c-ttps-age = Aged { $years } or over (no age rule is stated by ImmD)
c-ttps-a-income = Annual income of { MONEY($hkd) } or more in the year immediately preceding the application
c-ttps-b-degree = A bachelor's degree from an eligible university on the aggregate list
c-ttps-b-experience = At least { $work_years } { $work_years ->
        [one] year
       *[other] years
    } of work experience in the past { $years } years immediately preceding the application
c-ttps-c-degree = A bachelor's degree from an eligible university on the aggregate list
c-ttps-c-graduated = Graduated in the past { $years } years immediately preceding the application (counted by year of graduation)
c-ttps-c-experience = Less than { $work_years } { $work_years ->
        [one] year
       *[other] years
    } of work experience
c-ttps-c-not-iang = Not a non-local student who obtained the degree from a full-time locally-accredited programme in Hong Kong
c-qmas-nationality = Nationality not excluded (Afghanistan, Cuba, Korea (DPRK))
c-qmas-overseas-chinese = Chinese passport holders living overseas: overseas permanent residence, or at least { $years } { $years ->
        [one] year
       *[other] years
    } overseas and applying from overseas
c-qmas-age = Aged { $years } or above at the time of application
c-qmas-financial = Able to support and accommodate yourself and your dependants without public assistance
c-qmas-character = No criminal record or adverse immigration record
c-qmas-education = A first degree from a recognised university or tertiary institution (or, exceptionally, good technical qualifications or proven abilities)
c-qmas-language = Good written and spoken Chinese (Putonghua or Cantonese) or English
c-qmas-travel-document = A valid travel document
c-qmas-gpt-1 = (1) Aged { $years } or below
c-qmas-gpt-2 = (2) A master's or doctoral degree from an eligible university
c-qmas-gpt-3 = (3) That master's or doctoral degree is in a STEM subject
c-qmas-gpt-4 = (4) Good written and spoken proficiency in { $count } languages
c-qmas-gpt-5 = (5) Good written and spoken English
c-qmas-gpt-6 = (6) At least { $years } { $years ->
        [one] year
       *[other] years
    } of graduate- or specialist-level work experience
c-qmas-gpt-7 = (7) At least { $years } { $years ->
        [one] year
       *[other] years
    } of graduate- or specialist-level experience in multinational companies or renowned enterprises
c-qmas-gpt-8 = (8) At least { $years } { $years ->
        [one] year
       *[other] years
    } of graduate- or specialist-level experience in innovation and technology, finance or international trade
c-qmas-gpt-9 = (9) At least { $years } { $years ->
        [one] year
       *[other] years
    } of graduate- or specialist-level international work experience
c-qmas-gpt-10 = (10) Annual income of { MONEY($hkd) } or more in the year immediately preceding the application
c-qmas-gpt-11 = (11) Owns a business whose annual profit in the preceding year was { MONEY($hkd) } or more
c-qmas-gpt-12 = (12) Owns a company listed on a stock exchange
c-qmas-gpt-threshold = Meets at least { $required } of the { $total } criteria
c-qmas-gpt-legacy = General Points Test (applications up to { DATE($until) }): at least { $points } points
c-qmas-abpt-achievement = An award of exceptional achievement, or work acknowledged by peers as a significant contribution to the field
c-gep-nationality = Nationality not excluded (Afghanistan, Cuba, Korea (DPRK))
c-gep-not-mainland = Not a Chinese resident of the Mainland (who apply under ASMTP)
c-gep-overseas-chinese = Chinese passport holders living overseas: overseas permanent residence, or at least { $years } { $years ->
        [one] year
       *[other] years
    } overseas and applying from overseas
c-gep-character = No security objection and no known record of serious crime
c-gep-travel-document = A valid travel document
c-gep-education = A good education background, normally a first degree in the relevant field
c-gep-offer = A confirmed offer of employment in Hong Kong
c-gep-genuine-vacancy = A genuine job vacancy
c-gep-relevant = The job is relevant to your academic qualifications or work experience
c-gep-local-recruitment = The job cannot be readily taken up by the local workforce (not needed for a Talent List profession or a package of { MONEY($hkd) } or more)
c-gep-market-pay = A remuneration package broadly commensurate with the prevailing market level for professionals in Hong Kong
c-asmtp-mainland = A Chinese resident of the Mainland
c-asmtp-character = No security objection and no known record of serious crime
c-asmtp-travel-document = A valid travel document
c-asmtp-education = A good education background, normally a first degree in the relevant field
c-asmtp-offer = A confirmed offer of employment in Hong Kong
c-asmtp-genuine-vacancy = A genuine job vacancy
c-asmtp-relevant = The job is relevant to your academic qualifications or work experience
c-asmtp-local-recruitment = The job cannot be readily taken up by the local workforce (not needed for a Talent List profession or a package of { MONEY($hkd) } or more)
c-asmtp-market-pay = A remuneration package broadly commensurate with the prevailing market level for professionals in Hong Kong
c-techtas-nationality = Nationality not excluded (Afghanistan, Cuba, Korea (DPRK))
c-techtas-overseas-chinese = Chinese passport holders living overseas: overseas permanent residence, or at least { $years } { $years ->
        [one] year
       *[other] years
    } overseas and applying from overseas
c-techtas-character = No security objection and no known record of serious crime
c-techtas-travel-document = A valid travel document
c-techtas-offer = An offer of employment from a company in Hong Kong
c-techtas-quota = The employer holds a valid TechTAS quota from the Innovation and Technology Commission
c-techtas-full-time = Employed full-time by that company
c-techtas-rnd-work = Engaged principally in research and development
c-techtas-degree = A STEM degree from a university ranked in the top 100 for STEM subjects (bachelor's degree holders: at least { $work_years } { $work_years ->
        [one] year
       *[other] years
    } of relevant work experience)
c-techtas-market-pay = Remuneration not lower than the prevailing market level
c-iang-nationality = Nationality not excluded (Afghanistan, Cuba, Korea (DPRK); Laos, Nepal, Vietnam only from UGC-funded programmes or GBA campuses)
c-iang-character = No security objection and no known record of serious crime
c-iang-travel-document = A valid travel document
c-iang-qualification = An undergraduate or higher qualification from a full-time locally-accredited programme in Hong Kong, studied as a non-local student, or from a full-time programme of a GBA campus jointly run by Mainland and Hong Kong universities
c-iang-recent-within-6-months = Applying within { $months } months after the date of graduation
c-iang-non-recent-after-6-months = Applying more than { $months } months after the date of graduation
c-iang-non-recent-offer = An offer of employment in Hong Kong
c-iang-non-recent-degree-level = The job is at a level commonly taken up by degree holders
c-iang-non-recent-market-pay = The remuneration package is at market level
c-assg-nationality = Nationality not excluded (Afghanistan, Cuba, Korea (DPRK))
c-assg-character = No criminal record and no security concern
c-assg-travel-document = A valid travel document
c-assg-age = Aged between { $min } and { $max } at the time of application
c-assg-born-overseas = Born overseas (not in the Mainland, Hong Kong, Macao or Taiwan)
c-assg-parent = At least one parent is a Chinese Hong Kong permanent resident who had settled overseas at the time of your birth
c-assg-education = A good education background, normally a first degree
c-assg-language = Good written and spoken Chinese (Putonghua or Cantonese) or English
c-assg-financial = Sufficient financial means to support yourself and your dependants without recourse to public funds
c-new-cies-scope = Within the scheme's scope (foreign nationals; Chinese nationals with permanent residence abroad; Macao and Taiwan residents)
c-new-cies-age = Aged { $years } or above
c-new-cies-character = No adverse immigration record and no security concern
c-new-cies-financial = Able to support yourself and your dependants without relying on the investment's returns, employment or public assistance
c-new-cies-travel-document = A valid travel document
c-new-cies-net-assets = Net assets of { MONEY($hkd) } or more throughout the period before applying
c-new-cies-investment-requirement = An investment of { MONEY($hkd) } or more in permissible investment assets

## Explanations

d-unknown = Not known yet: { $fact }.
d-internal-aggregate = Worked out from the other criteria.
d-not-in-operation = The scheme was not yet open: it started on { DATE($date) }.
d-operation-start-uncertain = The scheme started around { DATE($date) }; the exact day is not stated, so an application this early needs checking.
d-nationality-ok = Your nationality ({ $nationality }) is not excluded.
d-nationality-excluded = Your nationality ({ $nationality }) is excluded from this scheme.
d-nationality-excluded-until = Your nationality ({ $nationality }) was excluded before { DATE($date) }.
d-overseas-not-applicable = The rule for Chinese passport holders living overseas does not apply.
d-overseas-mainland = As a Chinese resident of the Mainland you apply with a letter of consent from your present working unit or the relevant Mainland authorities.
d-overseas-permanent = You hold permanent residence overseas.
d-overseas-year = You have lived overseas since { DATE($since) } and are applying from overseas.
d-overseas-short = Without overseas permanent residence you need at least { $years } year(s) of residence overseas immediately before applying, and to apply from overseas.
d-overseas-unknown = Whether you hold overseas permanent residence, or how long you have lived overseas, is not known yet.
d-mainland-yes = You are a Chinese resident of the Mainland.
d-mainland-no = You are not a Chinese resident of the Mainland.
d-mainland-required = This scheme is only for Chinese residents of the Mainland.
d-mainland-use-asmtp = Chinese residents of the Mainland apply under the Admission Scheme for Mainland Talents and Professionals instead.
d-character-clear = You have declared a clear criminal record.
d-character-not-clear = A criminal record or security concern is a ground for refusal.
d-financial-yes = You have stated that you can support yourself and your dependants.
d-financial-no = You have stated that you cannot support yourself and your dependants without assistance.
d-travel-document-valid = Your travel document is valid until { DATE($date) }.
d-travel-document-expired = Your travel document expired on { DATE($date) }, before the application date.
d-age-at-least = You are { $age }, at least { $years }.
d-age-below = You are { $age }, under { $years }.
d-age-below-unstated = You are { $age }; ImmD states no minimum age for this scheme, so whether a minor may apply needs checking.
d-age-at-most = You are { $age }, { $years } or below.
d-age-above = You are { $age }, over { $years }.
d-age-leap-day = You were born on 29 February; whether you turn { $years } on 28 February or 1 March this year decides this.
d-age-range-in = You are { $age }, between { $min } and { $max }.
d-age-range-below = You are { $age }, under { $min }.
d-age-range-above = You are { $age }, over { $max }.
d-age-range-upper = You are { $max }; whether "between { $min } and { $max }" includes age { $max } is not stated.
d-age-range-leap-day = You were born on 29 February and are at the edge of the age range; the exact birthday rule decides this.
d-income-met = Income { MONEY($income) } in the year ending { DATE($period_end) } is at least { MONEY($threshold) }.
d-income-met-converted = Income of about { MONEY($income) } (converted) in the year ending { DATE($period_end) } is at least { MONEY($threshold) }.
d-income-below = Income { MONEY($income) } in the year ending { DATE($period_end) } is less than { MONEY($threshold) }.
d-income-below-converted = Income of about { MONEY($income) } (converted) in the year ending { DATE($period_end) } is less than { MONEY($threshold) }.
d-income-close-converted = Income of about { MONEY($income) } converted at { $currency } 1 = HK${ $rate } ({ DATE($rate_date) }) is within 5% of { MONEY($threshold) }; the rate ImmD will use decides this.
d-income-no-rate = The income for the year ending { DATE($period_end) } is in { $currency }, for which the rule pack has no reference rate for that period.
d-income-mixed-years = Your income comes from periods ending on different dates (the latest ending { DATE($period_end) }); which tax year counts is not settled.
d-income-none = You have stated no income, so { MONEY($threshold) } is not reached.
d-income-unknown = Income for the 12 months before the application date is not known yet.
d-degree-listed = { $institution } is on the aggregate list in force on { DATE($date) }.
d-degree-listed-details-unknown = { $institution } is on the aggregate list; whether the degree was full-time, honorary or from a continuing-education arm is not known yet.
d-degree-listed-part-time = { $institution } is on the aggregate list, but the degree was not full-time; the list is described as covering full-time bachelor's programmes.
d-degree-honorary = An honorary degree from { $institution } is not accepted.
d-degree-cpe-arm = Awards of continuing and professional education arms, branch, extension or subsidiary schools of { $institution } are not accepted.
d-degree-list-uncertain = { $institution } is on the list rebuilt for late 2023, but which 8 universities were added in November 2023 is not known.
d-degree-predecessor = { $institution } is a predecessor of { $successor }; whether its degrees count is not addressed by the list.
d-degree-not-listed-on = { $institution } is not on the aggregate list in force on { DATE($date) }.
d-degree-not-listed = { $institution } is not on the aggregate list in force on { DATE($date) }.
d-degree-not-listed-suggest = “{ $institution }” is not on the aggregate list. Did you mean { $suggestion }?
d-degree-no-bachelor = No bachelor's degree is recorded.
d-degree-postgraduate-only = Your master's or doctoral degree is from a listed university but your bachelor's degree is not. The scheme's wording requires a bachelor's degree from a listed university, so this is treated as not met.
d-work-within-met = { $months } months of full-time work or self-employment after graduation in the past { $years } years: at least { $needed }.
d-work-within-short = { $months } months of full-time work or self-employment after graduation in the past { $years } years: fewer than { $needed }.
d-work-within-unknown = At least { $months } months of qualifying work in the past { $years } years; the rest depends on facts not known yet.
d-work-below-met = { $months } months of work experience: less than { $limit }.
d-work-below-exceeded = { $months } months of work experience: { $limit } or more.
d-work-below-unknown = At least { $months } months of work experience; whether it is below { $limit } depends on facts not known yet.
d-graduated-within = Graduated in { $year }, within the past { $years } years counted by year of graduation ({ $first_year } or later).
d-graduated-boundary = Graduated in { $year }, exactly { $years } years back by year of graduation; whether that year counts is not stated.
d-graduated-too-long-ago = Graduated in { $year }, more than { $years } years back by year of graduation.
d-graduated-future = The degree is dated { DATE($date) }, after the application date.
d-local-non-local-ug = You obtained your bachelor's degree as a non-local student from a full-time locally-accredited programme in Hong Kong: the Immigration Arrangements for Non-local Graduates apply instead.
d-local-non-local-ug-no = Your bachelor's degree was not obtained as a non-local student in a Hong Kong programme.
d-local-non-local-ug-unknown = Whether your bachelor's degree was a Hong Kong programme taken as a non-local student is not known yet.
d-degree-held = You hold a degree.
d-degree-held-unknown = Whether you hold a degree (and it is not honorary) is not known yet.
d-degree-none-exception = No degree is recorded; good technical qualifications, proven professional abilities or documented experience may be considered instead, at the Director's discretion.
d-language-good = Good written and spoken { $language }.
d-language-not-good = Not good in both writing and speaking: { $languages }.
d-language-unknown = Proficiency in { $languages } is not known yet.
d-languages-count-met = Good in { $count } languages ({ $languages }).
d-languages-count-other = Good in { $count } languages ({ $languages }), neither of them Chinese or English; whether any two languages count is not confirmed.
d-languages-count-short = Good in { $count } language(s); { $needed } needed.
d-languages-count-unknown = Good in { $count } language(s) so far; other levels are not known yet.
d-postgraduate-stem = The master's or doctoral degree in { $subject } is a STEM subject.
d-postgraduate-not-stem = The degree in { $subject } is not a STEM subject.
d-postgraduate-none = No master's or doctoral degree from a listed university is recorded.
d-postgraduate-business-school = { $institution } is not on the aggregate list; degrees from some top business schools were reported to count, which is not confirmed.
d-work-years-met = { $years } years of qualifying work: at least { $needed }.
d-work-years-short = { $years } years of qualifying work: fewer than { $needed }.
d-work-years-unknown = At least { $years } years of qualifying work; the rest depends on facts not known yet.
d-international-review = { $years } years of graduate-level work outside your country of nationality; ImmD's definition of international work experience is not available.
d-international-short = { $years } years of graduate-level work outside your country of nationality: fewer than { $needed }.
d-business-profit-met = Your business made a profit of { MONEY($profit) }, at least { MONEY($threshold) }; what counts as owning a business is not confirmed.
d-business-profit-below = Your business made a profit of { MONEY($profit) }, less than { MONEY($threshold) }.
d-business-none = You own no business with a profit of { MONEY($threshold) } or more.
d-listed-company-yes = You own a listed company; the holding needed to count as owner is not confirmed.
d-listed-company-no = You do not own a listed company.
d-gpt-met = { $count } of the 12 criteria are met; { $required } needed.
d-gpt-short = { $count } of the 12 criteria are met and the others cannot be; { $required } needed.
d-gpt-unknown = { $count } criteria met so far; { $unknown } depend on facts not known yet, so { $required } can still be reached.
d-gpt-review = { $count } criteria met for certain; reaching { $required } depends on { $review } criteria that need review.
d-legacy-pass = { $total } points for certain, at least the pass mark of { $pass_mark } (maximum { $maximum }).
d-legacy-fail = At most { $possible } points, below the pass mark of { $pass_mark }.
d-legacy-unknown = { $total } points for certain, up to { $possible } once missing facts are known; pass mark { $pass_mark }.
d-legacy-review = { $total } points for certain; the pass mark of { $pass_mark } is reached only with points that need review (up to { $possible }).
d-legacy-no-table = The rule pack has no points table for applications made on { DATE($date) }.
d-achievement-claimed = You have stated an exceptional award or a significant contribution recognised by peers; this is assessed case by case.
d-achievement-none = No exceptional award or peer-recognised contribution.
d-achievement-unknown = Awards and peer recognition are not known yet.
d-offer-none = You have no confirmed offer of employment in Hong Kong.
d-offer-held = You have a confirmed offer of employment ({ $employer }).
d-offer-full-time = The post is full-time.
d-offer-not-full-time = The post is not full-time.
d-offer-genuine = The vacancy is genuine.
d-offer-not-genuine = The vacancy is not a genuine one.
d-offer-relevant = The job is relevant to your qualifications or experience.
d-offer-not-relevant = The job is not relevant to your qualifications or experience.
d-offer-market-pay = The pay is at the market level.
d-offer-below-market = The pay is below the market level.
d-offer-degree-level = The job is at degree-holder level.
d-offer-not-degree-level = The job is not at a level commonly taken up by degree holders.
d-offer-quota = The employer holds a TechTAS quota.
d-offer-no-quota = The employer holds no TechTAS quota.
d-offer-rnd = The post is principally research and development.
d-offer-not-rnd = The post is not principally research and development.
d-local-shown = The employer has shown that the post cannot readily be filled locally.
d-local-package = The package of { MONEY($package) } is at least { MONEY($threshold) }, so no local-recruitment test is needed.
d-local-not-shown = The employer has not shown local recruitment difficulty, and neither the Talent List nor a package of { MONEY($threshold) } or more applies.
d-local-not-shown-before = The employer has not shown that the post cannot readily be filled locally (required before 28 December 2022 in every case).
d-local-unknown = Whether the employer can show local recruitment difficulty, or the package or Talent List exemption applies, is not known yet.
d-techtas-postgraduate = A master's or doctoral STEM degree from a top-100 university: no work experience is needed.
d-techtas-bachelor-experience = A bachelor's STEM degree from a top-100 university with at least { $months } months of relevant work.
d-techtas-bachelor-short = A bachelor's STEM degree from a top-100 university, but less than { $months } months of relevant work.
d-techtas-unknown = Whether your degree is in STEM from a top-100 university is not known yet.
d-techtas-exception = No STEM degree from a top-100 university; good technical skills or proven abilities may be considered case by case.
d-iang-local = A full-time locally-accredited qualification from { $institution }, studied as a non-local student.
d-iang-gba = A full-time qualification from { $institution }, a GBA campus jointly run by Mainland and Hong Kong universities.
d-iang-gba-before = GBA-campus graduates were admitted only from { DATE($date) }.
d-iang-gba-pilot = The GBA-campus route was a pilot extended in October 2024 by two years; whether it continues is not confirmed.
d-iang-part-time = The qualification was not from a full-time programme.
d-iang-not-qualifying = No qualification from a Hong Kong programme studied as a non-local student, or from a GBA joint campus.
d-iang-no-degree = No undergraduate or higher qualification that qualifies for these arrangements.
d-iang-unknown = Whether your qualification comes from a Hong Kong or GBA-campus programme is not known yet.
d-iang-lnv-ugc = With your nationality ({ $nationality }) you qualify only with a UGC-funded programme or a GBA-campus degree, which you have.
d-iang-lnv-not-ugc = With your nationality ({ $nationality }) you qualify only with a UGC-funded programme (not self-financing) or a GBA-campus degree.
d-iang-lnv-unknown = With your nationality ({ $nationality }) you qualify only with a UGC-funded programme or a GBA-campus degree; which you have is not known yet.
d-iang-recent-in = Graduated on { DATE($awarded) }: you can apply until { DATE($limit) } without a job offer.
d-iang-still-recent = Graduated on { DATE($awarded) }: until { DATE($limit) } you apply as a recent graduate instead.
d-iang-recent-over = Graduated on { DATE($awarded) }: the { $months }-month window ended on { DATE($limit) }.
d-iang-non-recent-in = Graduated on { DATE($awarded) }, more than { $months } months ago.
d-iang-boundary = You apply exactly { $months } months after graduating ({ DATE($limit) }); whether that day is within the window is not stated.
d-iang-not-yet-awarded = The qualification is dated { DATE($awarded) }, after the application date.
d-born-overseas = Place of birth: { $country }, overseas.
d-born-not-overseas = Place of birth: { $country }, which is not overseas for this scheme.
d-assg-parent = A parent is a Chinese Hong Kong permanent resident who had settled overseas when you were born.
d-assg-no-parent = Neither parent is a Chinese Hong Kong permanent resident who had settled overseas when you were born.
d-assg-parent-unknown = Your parents' residence and nationality are not fully known yet.
d-cies-foreign = As a foreign national ({ $nationality }) you are within the scheme's scope.
d-cies-macao-taiwan = As a Macao or Taiwan resident you are within the scheme's scope.
d-cies-foreign-pr = As a Chinese national with permanent residence abroad you are within the scheme's scope.
d-cies-chinese-no-pr = A Chinese national without permanent residence in a foreign country is outside the scheme's scope.
d-cies-unknown = Whether you hold permanent residence in a foreign country is not known yet.
d-net-assets-6m-met = Net assets never below { MONEY($amount) } over the 6 months before applying: at least { MONEY($threshold) }.
d-net-assets-6m-below = Net assets fell to { MONEY($amount) } in the 6 months before applying: less than { MONEY($threshold) }.
d-net-assets-2y-met = Net assets never below { MONEY($amount) } over the 2 years before applying: at least { MONEY($threshold) }.
d-net-assets-2y-below = Net assets fell to { MONEY($amount) } in the 2 years before applying: less than { MONEY($threshold) }.
d-investment-met = Planned investment { MONEY($amount) }: at least { MONEY($threshold) }.
d-investment-below = Planned investment { MONEY($amount) }: less than { MONEY($threshold) }.
d-dependant-partner = A spouse or legally recognised partner may come as a dependant.
d-dependant-de-facto = De facto partners, cohabitants and fiancé(e)s are not admitted as dependants.
d-dependant-parent = Parents are not admitted as dependants under these schemes.
d-dependant-other = Only a spouse or recognised partner and unmarried children under 18 may be dependants.
d-dependant-child = An unmarried child aged { $age }, under 18.
d-dependant-child-adult = The child is { $age }; children must be under 18 (turned 18 on { DATE($date) }).
d-dependant-child-married = A married child is not admitted as a dependant.
d-dependant-nationality = Dependants of this nationality ({ $nationality }) are not admitted.

## Review reasons

review-unconfirmed = The official text leaves this open: { $register }.
review-leap-day = For a 29 February birthday, the day a new age is reached in a common year is not defined by ImmD. Ask the Immigration Department which day it takes.
review-rate-close = ImmD publishes no exchange rate; a converted amount within 5% of the threshold could fall either side. Ask the Immigration Department which rate and date it will use.
review-no-rate = The rule pack has no reference rate for { $currency } for that period.
review-list-before-2023-11 = The aggregate list before November 2023 cannot be rebuilt exactly. Ask the Immigration Department whether the institution was on the list on that date.
review-part-time-degree = Whether part-time bachelor's degrees are accepted is not stated by ImmD. Ask the Immigration Department whether it accepts this degree.
review-no-degree = Without a degree, admission depends on the Director's assessment of other qualifications.
review-abpt = The Achievement-based Points Test is assessed case by case.
review-techtas-exception = Applicants without a qualifying degree may be considered case by case with full justification.
review-six-month-boundary = Whether "within six months after graduation" includes the day exactly six months later is not stated. Ask the Immigration Department whether an application made on that day counts as within six months.
review-operation-start = The exact start day of the scheme is not stated.
review-legacy-no-table = The points table in force on that date is not in the rule pack.
review-legacy-points = Some points depend on ImmD's assessment.
review-legacy-renowned-institution = The legacy bonus for a renowned institution used ranking tables that are not the same as the TTPS aggregate list.

## What would change the answer

h-nationality-admitted-from = With your nationality ({ $nationality }) you can apply from { DATE($date) }.
h-overseas-year-reached = You reach one year of residence overseas on { DATE($date) }.
h-renew-travel-document = Renew your travel document before applying.
h-age-reaches = You turn { $years } on { DATE($date) }.
h-age-passes = You turn { $years } on { DATE($date) }; from then this criterion is no longer met.
h-age-closes = You turn { $years } on { DATE($date) }: the scheme closes to you from then.
h-age-upper-open = You turn { $years } on { DATE($date) }; applications from then need checking (is age { $years } included?).
h-income-short = { MONEY($short) } short of { MONEY($threshold) }.
h-amount-short = { MONEY($short) } short of { MONEY($threshold) }.
h-local-package = A package { MONEY($short) } higher would reach { MONEY($threshold) }, which removes the local-recruitment test.
h-work-within-reached = { $needed } months are reached on { DATE($date) } if your current job continues.
h-work-below-closes = Your work experience reaches { $limit } months on { DATE($date) } if your current job continues: Category C closes to you then.
h-work-years-reached = { $needed } years are reached on { DATE($date) } if your current job continues.
h-graduated-window-closes = Category C by year of graduation: certain until the end of { $last_sure }; applications in { $year } need checking; it closes after { $year }.
h-iang-recent-closes = The recent-graduate window closes on { DATE($date) }; after that you need a job offer.
h-gpt-more = { $more ->
    [one] One more criterion needed.
   *[other] { $more } more criteria needed.
}
h-dependant-turns-18 = Turns 18 on { DATE($date) }: apply before then to include this child.

## Notes

n-discretion = Meeting the criteria means you may apply; approval is at the discretion of the Director of Immigration.
n-consent-letter = As a Mainland resident you need a letter of consent from your present working unit or the relevant Mainland authorities, and an Exit-entry Permit with the relevant exit endorsement after approval.
n-ttps-c-quota = Category C is subject to an annual quota, first come first served; the 2026 quota figure is not confirmed.
n-qmas-talent-list = A Talent List profession still earns "immigration facilitation" under QMAS, but how it is weighed in the current test is not confirmed; it is not one of the 12 criteria.
n-cies-two-stage = Two stages: InvestHK certifies the net assets (age is counted on that application), then after approval-in-principle you have 180 days as a visitor to invest.
n-gep-iang = Non-local graduates of Hong Kong full-time programmes are directed to the Immigration Arrangements for Non-local Graduates.
n-income-rate-used = Income in { $currency } was converted at HK${ $rate } per unit (Talent Navigator's reference rate of { DATE($rate_date) }; ImmD publishes none).
n-income-investment-ignored = Investment income was not counted: it never counts towards the income threshold.

## Comparison

cmp-stay = { $routes }: initial stay of { $months } months
cmp-stay-up-to = { $routes }: initial stay of up to { $months } months
cmp-processing = { $routes }: normally { $weeks } weeks once all documents are in
cmp-fees = Visa fees: { MONEY($fee) } per person
cmp-fees-household = Visa fees: { MONEY($fee) } per person, { MONEY($total) } for { $people } people

## Issue 8: the Talent List profession is the applicant's statement (profile-v1).
d-local-talent-list-stated = You state that the post is a Talent List profession ({ $profession }) whose specifications you meet, so the employer need not show that the post cannot readily be filled locally.
n-talent-list-stated = You state that you meet the specifications of a Talent List profession: the Immigration Department checks them against your documents and may consult the professional bodies concerned.

## Issue 8: every register code the pack uses is worded (pack validation refuses one that is not).

## Issue 12: rules audit against the dossier
c-ttps-first-grant = Not granted a TTPS initial stay before (it is granted once only)
d-ttps-first-grant = You have not been granted an initial stay under TTPS before.
d-ttps-granted-before = The TTPS initial stay is granted only once, and you have had it.
d-degree-honorary-open = The degree from { $institution } is honorary; whether it counts as a degree awarded by an eligible university is not stated.
d-degree-cpe-arm-open = The award from { $institution } came from a continuing-education arm; whether it counts as awarded by the university is not stated.
d-techtas-bachelor-short-exception = Your STEM bachelor's degree needs { $months } months of work in the technology area, which you do not have yet; without it you may still be considered case by case.
d-quota-applied = The employer has applied for a TechTAS quota; since { DATE($date) } the visa may be applied for at the same time.
d-quota-applied-before = The employer has only applied for a TechTAS quota; before { DATE($date) } the quota had to be granted first.
review-quota-pending = The quota letter from the Innovation and Technology Commission must reach ImmD before it finishes assessing the application.
h-quota-concurrent-from = From { DATE($date) } the visa may be applied for while the quota application is pending.
d-iang-local-ugc = A full-time locally-accredited qualification from a UGC-funded programme at { $institution }, studied as a non-local student.
d-iang-lnv-self-financed = Nationals of { $country } qualify only with a UGC-funded programme (not self-financing) or a GBA-campus degree; this degree is from a self-financing programme.
d-cies-stateless = As a stateless person with permanent residence abroad and a right to re-enter, you are within the scheme's scope.
d-cies-stateless-no-pr = Stateless persons are within the scope only with permanent residence abroad and a right to re-enter that country.
d-cies-stateless-unknown = Stateless persons need permanent residence abroad and a right to re-enter; whether you have both is not known yet.
d-cies-classes-unknown = A planned investment of { MONEY($amount) } is known, but not how it is split between the asset classes, each of which has its own cap.
d-cies-portfolio-below = { MONEY($amount) } in the CIES Investment Portfolio: at least { MONEY($minimum) } is required.
d-cies-investment-met = { MONEY($amount) } counts towards the investment, including at least { MONEY($minimum) } in the CIES Investment Portfolio: at least { MONEY($threshold) }.
d-cies-investment-below = { MONEY($amount) } counts towards the investment after each asset class's cap: less than { MONEY($threshold) }.
d-cies-investment-unknown = { MONEY($amount) } surely counts towards the investment of { MONEY($threshold) }; the rest depends on amounts not known yet.
d-cies-real-estate-cap-open = { MONEY($amount) } counts if real estate as a whole is capped at { MONEY($cap) }; whether that total cap applies is not confirmed, and it decides whether { MONEY($threshold) } is reached.
n-cies-cd-cap = Certificates of deposit count up to { MONEY($cap) }.
n-cies-funds-cap = Private funds and limited partnership funds count up to { MONEY($cap) } together.
n-cies-residential-cap = Residential property counts up to { MONEY($cap) }.
n-cies-non-residential-cap = Non-residential property counts up to { MONEY($cap) }.
n-cies-real-estate-cap = Real estate as a whole counts up to { MONEY($cap) }.
n-cies-before-launch = A property bought before { DATE($date) }, when the scheme opened, does not count.
n-cies-residential-not-yet = Residential property counts only from { DATE($date) }.
n-cies-residential-price = A residential property of { MONEY($price) } does not count: on { DATE($date) } a single property must cost at least { MONEY($minimum) }.
d-dependant-macao-recent = Former Mainland residents who have held a Macao identity card for less than seven years (since { DATE($since) }) are not admitted as dependants unless they went to Macao on a One-way Permit; seven years are reached on { DATE($date) }.
n-online-only-since = Applications are made online only (the ImmD app, the ImmD website or GovHK) since { DATE($date) }; paper forms are no longer accepted.
n-paper-until = Before { DATE($date) } applications could also be made on paper forms ID 990A/990B, in person, by post or by drop-in box; from that day they are online only.
cmp-stay-at-launch = { $routes }: initial stay of { $months } months at the scheme's launch on { DATE($date) } (when this changed is not known)
cmp-stay-as-stated = { $routes }: initial stay of { $months } months, as ImmD's page of { DATE($date) } states it
cmp-stay-approved-from = { $routes }: initial stay of { $months } months for applications approved from { DATE($date) }
cmp-stay-approved-to = { $routes }: initial stay of { $months } months for applications approved up to { DATE($date) }
cmp-fees-by-hour = Visa fees: { MONEY($before) } per person if submitted before { $time } on { DATE($date) }, { MONEY($after) } per person from { $time }
n-assg-macao-wording = ImmD's ASSG page words the rule for Macao dependants the other way round (excluded unless they gained residence in Macao other than by a One-way Permit); for this scheme, whether a recent Macao identity card holder is admitted is for review.

## Issue 13: what each item of the UNCONFIRMED register leaves open, in words (never "U12"). The ids keep
## the register's numbers so the application-core issue can move these texts into the rule pack.
review-open = The official text leaves this open.
unconfirmed-other = a point the official text does not settle
d-offer-held-unnamed = You have a confirmed offer of employment.

# review fixes
d-dependant-macao-assg = This family member is a former Mainland resident who has held a Macao identity card for less than seven years; for ASSG, whether such a dependant is admitted depends on the One-way Permit in a way ImmD's pages state differently.
review-assg-macao = ImmD's ASSG page says such dependants are excluded unless they gained residence in Macao other than by a One-way Permit, while its other pages say the opposite; which wording applies is not confirmed. Ask the Immigration Department whether this family member may come as a dependant.
d-cies-residential-threshold-open = { MONEY($amount) } surely counts towards the investment of { MONEY($threshold) }; the rest depends on a residential property bought when the price threshold was higher than it is now.
review-cies-residential-threshold-date = The minimum price of a residential property fell from HK$50 million to HK$30 million on 17 September 2025; whether the price in force on the transaction date or on the application date applies is not stated. Ask InvestHK or the Immigration Department which date applies.
cmp-fees-household-open = Visa fees: { MONEY($fee) } per person, { MONEY($total) } for { $people ->
    [one] you alone
   *[other] the { $people } people known to come
}; { MONEY($total_all) } for { $all } people if { $open ->
    [one] the family member whose admission is not yet settled also comes
   *[other] the { $open } family members whose admission is not yet settled also come
}

## Issue 8 (rules): the register items no criterion used yet, each saying what is open and what to ask.

# Issue 8 review: an UNCONFIRMED register item's words come from the pack (register.toml), one per locale.
register-text = { $text }
