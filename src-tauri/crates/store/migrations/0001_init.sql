-- Client files. Dates are ISO text (YYYY-MM-DD), times are RFC 3339 UTC text.

CREATE TABLE clients (
    id            INTEGER PRIMARY KEY,
    uid           TEXT    NOT NULL UNIQUE,            -- stable identity across export/import
    family_name   TEXT,
    given_name    TEXT,
    chinese_name  TEXT,
    nationality   TEXT,
    search_text   TEXT    NOT NULL,                   -- lower-case names, for search
    profile_json  TEXT    NOT NULL,                   -- talentnav.profile/1
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);
CREATE INDEX clients_search ON clients (search_text);

-- The household, as the profile's dependants (kept in step with profile_json by the store).
CREATE TABLE household_members (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    relationship   TEXT,
    name           TEXT,
    date_of_birth  TEXT,
    nationality    TEXT,
    UNIQUE (client_id, position)
);

CREATE TABLE applications (
    id                       INTEGER PRIMARY KEY,
    client_id                INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    scheme                   TEXT    NOT NULL,
    route                    TEXT,
    planned_submission_date  TEXT,
    status                   TEXT    NOT NULL CHECK (status IN ('draft', 'preparing', 'submitted', 'approved', 'refused', 'withdrawn')),
    created_at               TEXT    NOT NULL,
    updated_at               TEXT    NOT NULL
);
CREATE INDEX applications_client ON applications (client_id);
CREATE INDEX applications_status ON applications (scheme, status);

CREATE TABLE document_items (
    id               INTEGER PRIMARY KEY,
    application_id   INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    item_key         TEXT    NOT NULL,                -- requirement id + party, stable across regeneration
    requirement_id   TEXT    NOT NULL,
    party            TEXT    NOT NULL,                -- applicant | employer | dependant:N
    status           TEXT    NOT NULL CHECK (status IN ('required', 'requested', 'received', 'verified', 'submitted', 'not_applicable')),
    na_reason        TEXT,
    expiry_date      TEXT,
    note             TEXT,
    obsolete         INTEGER NOT NULL DEFAULT 0,     -- no longer applies after a regeneration; kept, never dropped
    status_changed_at TEXT   NOT NULL,
    created_at       TEXT    NOT NULL,
    UNIQUE (application_id, item_key)
);
CREATE INDEX document_items_expiry ON document_items (expiry_date) WHERE expiry_date IS NOT NULL;
CREATE INDEX document_items_status ON document_items (application_id, status);

-- Each status a document item has had, with its date.
CREATE TABLE document_status_history (
    id        INTEGER PRIMARY KEY,
    item_id   INTEGER NOT NULL REFERENCES document_items (id) ON DELETE CASCADE,
    status    TEXT    NOT NULL,
    at        TEXT    NOT NULL
);

-- Files, stored once by content (data folder: attachments/<sha256>).
CREATE TABLE attachments (
    sha256      TEXT    PRIMARY KEY,
    size        INTEGER NOT NULL,
    created_at  TEXT    NOT NULL
);

CREATE TABLE item_attachments (
    id             INTEGER PRIMARY KEY,
    item_id        INTEGER NOT NULL REFERENCES document_items (id) ON DELETE CASCADE,
    sha256         TEXT    NOT NULL REFERENCES attachments (sha256),
    original_name  TEXT    NOT NULL,
    added_at       TEXT    NOT NULL
);

CREATE TABLE notes (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    application_id  INTEGER REFERENCES applications (id) ON DELETE CASCADE,
    body            TEXT    NOT NULL,
    created_at      TEXT    NOT NULL
);

-- Append-only, hash-chained: hash = SHA-256(prev_hash | seq | at | entity | entity_id | action | before | after).
CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY,
    at           TEXT    NOT NULL,
    entity       TEXT    NOT NULL,
    entity_id    TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    before_json  TEXT,
    after_json   TEXT,
    prev_hash    TEXT    NOT NULL,
    hash         TEXT    NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
