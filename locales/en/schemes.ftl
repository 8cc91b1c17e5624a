## Scheme names as the Immigration Department writes them, and one line on who each is for.

scheme-ttps = Top Talent Pass Scheme
scheme-ttps-short = TTPS
scheme-ttps-summary = High earners and graduates of the world's top universities; no job offer needed.
scheme-qmas = Quality Migrant Admission Scheme
scheme-qmas-short = QMAS
scheme-qmas-summary = Highly skilled or talented people, selected on merit; no job offer needed.
scheme-gep = General Employment Policy (Professionals)
scheme-gep-short = GEP
scheme-gep-summary = Professionals with a confirmed job offer in Hong Kong.
scheme-asmtp = Admission Scheme for Mainland Talents and Professionals
scheme-asmtp-short = ASMTP
scheme-asmtp-summary = Chinese residents of the Mainland with a confirmed job offer in Hong Kong.
scheme-techtas = Technology Talent Admission Scheme
scheme-techtas-short = TechTAS
scheme-techtas-summary = Technology talent employed by companies granted a TechTAS quota.
scheme-iang = Immigration Arrangements for Non-local Graduates
scheme-iang-short = IANG
scheme-iang-summary = Non-local graduates of Hong Kong degree programmes who wish to stay or return to work.
scheme-assg = Admission Scheme for the Second Generation of Chinese Hong Kong Permanent Residents
scheme-assg-short = ASSG
scheme-assg-summary = Children born overseas to Chinese Hong Kong permanent residents who emigrated.
scheme-new-cies = New Capital Investment Entrant Scheme
scheme-new-cies-short = New CIES
scheme-new-cies-summary = Investors who place capital in permissible assets in Hong Kong.
