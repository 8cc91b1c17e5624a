-- An item's files are looked up by item (the application page, archives): without this index each
-- lookup read every attachment row.
CREATE INDEX item_attachments_item ON item_attachments (item_id, id);
