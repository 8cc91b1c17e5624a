## Documents: the name of each document a scheme asks for, and notes on when it applies.

doc-photo = Recent photograph
doc-travel-document = Valid travel document
doc-hkid = Hong Kong identity card
doc-consent-letter = Letter of consent from your present working unit or the relevant Mainland authorities
doc-macao-documents = Visit Permit for Macao residents and Macao identity card
doc-taiwan-documents = Taiwan household registration transcript and Taiwan identity card
doc-overseas-residence = Proof of overseas residence
doc-degree-certificate = Bachelor's degree certificate and transcript
doc-degree-verification = Verification proof of the bachelor's degree
doc-work-experience = Proof of work experience
doc-income-proof = Proof of annual income of HK$2.5 million or more
doc-qmas-checklist = Documents on the checklist in Guidance Notes ID(E) 982
doc-qmas-criterion-evidence = Evidence for each criterion claimed
doc-signed-declaration = Signed online declaration that the information is true
doc-qmas-dependant-documents = Dependant documents (four upload items)
doc-academic-and-work-proof = Proof of academic qualifications and work experience
doc-employment-contract = Employment contract or letter of appointment
doc-br-certificate = Business Registration Certificate
doc-financial-standing = Proof of the company's financial standing
doc-company-background = Company background
doc-business-plan = Detailed business plan
doc-talent-list-declaration = Declaration that the post is a Talent List profession
doc-techtas-academic-proof = Proof of qualifications, experience or technical abilities
doc-techtas-quota-letter = ITC quota allotment letter
doc-iang-qualification = Transcript, graduation certificate or institution's letter
doc-assg-relationship = Evidence of relationship with your Hong Kong permanent-resident parent
doc-parent-hkpic = Parent's Hong Kong Permanent Identity Card
doc-parent-marriage-certificate = Parents' marriage certificate
doc-assg-financial-standing = Proof of financial standing
doc-cies-net-assets = InvestHK Certifying Proof: net asset requirement
doc-cies-investment = InvestHK Certifying Proof: investment requirements
doc-macao-id = Macao identity card
doc-foreign-pr = Proof of permanent residence in a foreign country
doc-no-criminal-conviction = Certificate of No Criminal Conviction
doc-relationship-evidence = Evidence of relationship
doc-dependant-other-ids = Macao or Taiwan identity documents, or proof of overseas residence
doc-sponsor-documents = Sponsor's travel document, identity card and proof of financial standing

doc-note-waiver-facilitation = Not needed if the applicant or employer meets a GEP/ASMTP facilitation measure.
doc-party-applicant = Applicant
doc-party-employer = Employer

## Issue 15: who needs what, and when. A document still to collect is "Required" only when the
## household's facts say so; an open condition is said in words with the fact that would settle it.

doc-need-may-be-needed = May be needed
doc-need-if-any = If you have one
doc-party-spouse = Spouse
doc-party-civil-partner = Civil partner
doc-party-de-facto-partner = De facto partner
doc-party-child = Child
doc-party-child-born = Child, born { DATE($born) }
doc-party-parent = Parent
doc-party-family-member = Family member { $n }
doc-when-offer = Only if you have a confirmed job offer.
doc-when-mainland-resident = Only if you are a Chinese resident of the Mainland.
doc-when-macao-resident = Only if you are a Macao resident.
doc-when-taiwan-resident = Only if you are a Taiwan resident.
doc-when-overseas-cn-passport = Only if you hold a Chinese passport and live overseas.
doc-when-cn-with-foreign-pr = Only if you are a Chinese national with permanent residence in a foreign country.
doc-when-talent-list-post = Only if the employer relies on the Talent List instead of showing that the post cannot be filled locally.
doc-when-ttps-experience = Only under Category B, or under Category C when work experience is claimed.
doc-when-employer-new = Only if the company was set up within the 12 months before the submission.
doc-when-not-listed-employer = Not needed if the company is listed on the HKEX Main Board or GEM, or obtained an employment or training visa for non-local staff in the 24 months before the submission.
doc-when-not-child = Only for a spouse or partner, not for a dependent child.
doc-when-dependant-macao-resident = Only if this person lives in Macao.
doc-when-dependant-taiwan-resident = Only if this person lives in Taiwan.
doc-when-dependant-overseas-cn = Only if this person holds a Chinese passport and lives outside the Mainland, Hong Kong, Macao and Taiwan.
doc-not-known-yet = Not known yet: { $fact }.
doc-fact-has-job-offer = whether you have a confirmed job offer in Hong Kong
doc-fact-route = which category you apply under
doc-fact-applicant-nationality = your nationality
doc-fact-applicant-mainland-resident = whether you are a Chinese resident of the Mainland
doc-fact-applicant-macao-resident = whether you are a Macao resident
doc-fact-applicant-taiwan-resident = whether you are a Taiwan resident
doc-fact-applicant-overseas-permanent-resident = whether you hold permanent residence in a foreign country
doc-fact-applicant-employment = whether you claim work experience
doc-fact-job-offer-talent-list-profession = whether the post is a Talent List profession
doc-fact-job-offer-employer-established-on = when the company was set up
doc-fact-job-offer-employer-listed-in-hk = whether the company is listed on the HKEX Main Board or GEM
doc-fact-job-offer-employer-visa-sponsored-within-24-months = whether the company obtained an employment or training visa for non-local staff in the 24 months before the submission
doc-fact-dependants-relationship = this person's relationship to you
doc-fact-dependants-resident-of = where this person lives
doc-fact-dependants-nationality = this person's nationality
doc-excluded = No documents: this person cannot come as a dependant. { $reason }

# review fixes
doc-when-dependant-admitted = Only if this person can come as a dependant, which is not yet settled.
doc-fact-dependants-date-of-birth = this person's date of birth
doc-fact-dependants-married = whether this child is married
doc-fact-dependants-macao-former-mainland-resident = whether this person was a Mainland resident before living in Macao
doc-fact-dependants-macao-macao-id-since = since when this person has held a Macao identity card
doc-fact-dependants-macao-one-way-permit = whether this person went to Macao on a One-way Permit

# Issue 8 review: an open point said once on a printed checklist, named briefly under each item.
doc-note-unconfirmed = Not confirmed: { $text }. See “To confirm with the Immigration Department” below.
