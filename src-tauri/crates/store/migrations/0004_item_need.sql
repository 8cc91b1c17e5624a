-- How firmly the rules ask for each item (required | if_any | may_be_needed), as talentnav_rules::documents
-- decides it for the household: kept with the item when the checklist is made, regenerated, imported or
-- the profile changes, so the dashboard counts the documents still missing in one query. Items made
-- before this column count as required until then (the dashboard may show one too many, never hides one).
ALTER TABLE document_items ADD COLUMN need TEXT NOT NULL DEFAULT 'required' CHECK (need IN ('required', 'if_any', 'may_be_needed'));
-- The dashboard's documents still missing: only those items, in checklist order per application, with
-- their keys (and the columns of the condition, so SQLite never reads the table): the count and the
-- first few come from the index alone.
CREATE INDEX document_items_missing ON document_items (application_id, id, item_key, status, obsolete, need)
    WHERE obsolete = 0 AND need = 'required' AND status IN ('required', 'requested');
